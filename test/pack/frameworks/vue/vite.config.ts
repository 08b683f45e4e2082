import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // <uclg-*> are custom elements, not Vue components.
      template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('uclg-')}},
    }),
  ],
});
