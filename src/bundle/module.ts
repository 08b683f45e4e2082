/**
 * Entry of dist/cdn/uclg-widgets.js: registers every element and sets `window.UclgWidgets`.
 * It exports nothing: a script-tag user needs only the elements, and every export would be
 * bytes that no element uses (npm users import the API from the package).
 */
import './global.js';
