import {addons} from 'storybook/manager-api';
import {create} from 'storybook/theming';

addons.setConfig({
  theme: create({base: 'light', brandTitle: 'UCLG widgets', brandUrl: 'https://www.uclg.org'}),
  sidebar: {showRoots: true},
});
