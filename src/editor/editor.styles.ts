import {css} from 'lit';

/** The editor page: sessions on the left, the form in the middle, the preview on the right. Sizes in px and em. */
export const styles = css`
  :host {
    display: block;
    --accent: #00539b;
    --danger: #a4262c;
    --line: #c9ced6;
    --muted: #4a5361;
    --soft: #f3f5f8;
    color: #1b1f24;
    font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  * { box-sizing: border-box; }
  h1 { font-size: 1.5em; margin: 0; }
  h2 { font-size: 1.2em; margin: 0 0 0.8em; }
  .top { display: flex; gap: 1.5em; align-items: flex-end; justify-content: space-between; padding: 1em 1.5em 0.5em; flex-wrap: wrap; }
  .top p { margin: 0.2em 0 0; color: var(--muted); max-width: 48em; }
  .open { display: flex; flex-wrap: wrap; gap: 0.75em 2em; align-items: center; padding: 0.75em 1.5em; background: var(--soft); border-block: 1px solid var(--line); }
  .open-file, .open-url, .starts { display: flex; gap: 0.5em; align-items: center; flex-wrap: wrap; }
  .open-url label { white-space: nowrap; }
  .status { margin: 0.4em 1.5em; min-height: 1.45em; color: var(--muted); }
  .workspace { display: grid; grid-template-columns: 17em minmax(0, 1fr) minmax(0, 27em); gap: 1.5em; padding: 0 1.5em 2em; align-items: start; }
  @media (max-width: 1100px) {
    .workspace { grid-template-columns: 15em minmax(0, 1fr); }
    .side-preview { grid-column: 1 / -1; }
  }
  @media (max-width: 700px) {
    .workspace { grid-template-columns: minmax(0, 1fr); }
  }
  .side, .side-preview { position: sticky; top: 0.5em; max-height: calc(100vh - 1em); overflow: auto; }
  .side { display: flex; flex-direction: column; gap: 0.5em; }
  .side-heading { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0.8em 0 0.2em; }
  .sessions { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; }
  .item { display: flex; flex-direction: column; align-items: flex-start; width: 100%; text-align: start; border: 1px solid transparent; background: none; padding: 0.4em 0.6em; border-radius: 4px; font-weight: normal; }
  .item:hover { background: var(--soft); }
  .item[aria-current='true'] { background: #e3edf7; border-color: var(--accent); font-weight: 600; }
  .item-title { overflow-wrap: anywhere; }
  .badge { font-size: 0.8em; color: var(--danger); font-weight: 600; }
  .summary p, .meter p { margin: 0.2em 0; }
  .problem-links { margin: 0; padding-inline-start: 1.2em; font-size: 0.9em; }
  .meter ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.5em; }
  .meter li { display: grid; grid-template-columns: 1fr auto; gap: 0.2em 0.5em; align-items: center; }
  .meter progress, .meter button { grid-column: 1 / -1; justify-self: start; }
  .meter progress { width: 100%; height: 0.5em; accent-color: var(--accent); }
  .ok { color: #1d6b32; font-weight: 600; }
  .downloads { display: flex; flex-direction: column; gap: 0.5em; margin-top: 1em; }
  .form { min-width: 0; }
  .form-head { display: flex; flex-direction: column; gap: 0.5em; margin-bottom: 1em; }
  .form-head h2 { margin: 0; overflow-wrap: anywhere; }
  .actions { display: flex; gap: 0.4em; flex-wrap: wrap; }
  fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1em; padding: 0.6em 0.9em 0.8em; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.3em; }
  fieldset.text, fieldset.person { background: #fff; }
  fieldset.list > fieldset { margin-bottom: 0.6em; }
  .langs, .row { display: grid; grid-template-columns: repeat(auto-fit, minmax(12em, 1fr)); gap: 0.4em 0.8em; }
  .field { display: flex; flex-direction: column; gap: 0.15em; margin-bottom: 0.5em; min-width: 0; }
  .form > .field { max-width: 30em; }
  .field.check { flex-direction: row; align-items: center; gap: 0.5em; align-self: end; }
  label { font-size: 0.9em; font-weight: 600; }
  .moments label, .field.check label { font-weight: normal; }
  .note { font-size: 0.85em; color: var(--muted); }
  input, select, textarea, button, .button { font: inherit; color: inherit; }
  input[type='text'], input[type='url'], input[type='datetime-local'], select, textarea {
    width: 100%; min-height: 2.2em; padding: 0.3em 0.5em; border: 1px solid #8a94a3; border-radius: 4px; background: #fff;
  }
  textarea { resize: vertical; min-height: 4.5em; }
  [aria-invalid='true'] { border-color: var(--danger); box-shadow: inset 3px 0 0 var(--danger); }
  .problem { color: var(--danger); font-size: 0.88em; }
  .problem p { margin: 0.2em 0 0; }
  .problem-path { font-family: ui-monospace, monospace; font-size: 0.95em; }
  .fix { color: #1b1f24; }
  button, .button {
    display: inline-flex; align-items: center; min-height: 2.2em; padding: 0.3em 0.8em; border: 1px solid var(--accent); border-radius: 4px;
    background: #fff; color: var(--accent); cursor: pointer; font-weight: 600;
  }
  button:hover, .button:hover { background: #e3edf7; }
  button.primary { background: var(--accent); color: #fff; }
  button.primary:hover { background: #003f76; }
  button.danger { border-color: var(--danger); color: var(--danger); }
  button.small { min-height: 1.9em; padding: 0.15em 0.6em; font-size: 0.88em; }
  .problem-links li + li { margin-top: 2px; }
  button.link { border: 0; padding: 0; min-height: 26px; background: none; text-decoration: underline; font-weight: normal; font-family: ui-monospace, monospace; font-size: 0.95em; }
  button:disabled { opacity: 0.55; cursor: default; background: #fff; }
  :focus-visible { outline: 3px solid #e8a33d; outline-offset: 2px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .open-file input:focus-visible + .note, .open-file:focus-within .button { outline: 3px solid #e8a33d; outline-offset: 2px; }
  .preview { border: 1px solid var(--line); border-radius: 6px; padding: 0.8em; background: var(--soft); }
  .preview-controls { display: grid; grid-template-columns: 1fr 1fr; gap: 0 0.8em; }
  .moments { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 0.2em 1em; padding-block: 0.3em 0.5em; }
  .moments label { display: inline-flex; gap: 0.3em; align-items: center; min-height: 24px; }
  .widgets { display: flex; flex-direction: column; gap: 1em; margin-top: 0.5em; }
  .widgets > * { background: #fff; }
  .empty { color: var(--muted); }
  .begin { margin: 2em 1.5em; color: var(--muted); font-size: 1.05em; max-width: 40em; }
  .open-url input[type='url'] { width: 22em; max-width: 60vw; }
`;
