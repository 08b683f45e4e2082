/** Entry of dist/cdn/uclg-widgets.iife.js (classic <script>): registers every element, sets the global. */
import './global.js';
