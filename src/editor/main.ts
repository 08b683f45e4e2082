/**
 * The editor page's script (dist/editor/editor.js, built by rollup.config.js as one classic
 * script so that dist/editor/index.html works from file://): every widget for the preview, and
 * the editor itself.
 */
import '../define.js';
import {defineElement} from '../internal/define.js';
import {UclgFeedEditor} from './feed-editor.js';

defineElement('uclg-feed-editor', UclgFeedEditor);
