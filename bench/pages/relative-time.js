// @github/relative-time-element as a script-tag user gets it bundled: its package entry, which registers <relative-time>.
import '@github/relative-time-element';
