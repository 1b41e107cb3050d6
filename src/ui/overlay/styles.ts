/**
 * The overlay's CSS, injected into its closed shadow root (the page's styles cannot reach it and
 * ours cannot leak out). It is drawn in the ticket's own theme (`data-theme`, from the ticket's
 * background), with colours chosen for WCAG AA contrast in both (checked by axe-core in e2e).
 */
export const overlayCss = `
:host { display: block; margin: 6px 0 0; }
.lg { --bg: #ffffff; --fg: #1f2329; --muted: #4b5563; --line: #d5d9de;
  --safe: #0b7a43; --caution: #8a5300; --danger: #c5221f; --blocked: #8e1a12; --unknown: #4b5563;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-left: 3px solid var(--sev); border-radius: 4px; padding: 4px 8px;
  box-sizing: border-box; font-variant-numeric: tabular-nums; }
.lg[data-theme="dark"] { --bg: #1e2329; --fg: #eaecef; --muted: #aeb4bc; --line: #3a4049;
  --safe: #4cd98b; --caution: #ffb74d; --danger: #ff8a80; --blocked: #ff6e6e; --unknown: #aeb4bc; }
.lg[data-severity="safe"] { --sev: var(--safe); }
.lg[data-severity="caution"] { --sev: var(--caution); }
.lg[data-severity="danger"] { --sev: var(--danger); }
.lg[data-severity="blocked"] { --sev: var(--blocked); }
.lg[data-severity="unknown"] { --sev: var(--unknown); }
.head { display: flex; align-items: center; gap: 6px; }
.brand { font-weight: 600; color: var(--muted); font-size: 11px; }
.status { margin-left: auto; color: var(--sev); border: 1px solid var(--sev); border-radius: 9px; padding: 0 6px; font-size: 11px; font-weight: 700; }
.line { margin: 1px 0 0; display: flex; flex-wrap: wrap; gap: 0 8px; align-items: baseline; }
.side-name { font-weight: 600; color: var(--muted); min-width: 34px; }
.liq { color: var(--muted); }
.grid { display: grid; grid-template-columns: auto 1fr; gap: 1px 10px; margin: 2px 0; }
.grid dt { color: var(--muted); } .grid dd { margin: 0; text-align: right; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.side-head { font-weight: 600; }
.subhead { margin: 4px 0 0; font-size: 11px; color: var(--muted); font-weight: 600; }
ul { margin: 2px 0 0; padding: 0 0 0 14px; }
li[data-severity="danger"], li[data-severity="blocked"] { color: var(--danger); font-weight: 600; }
li[data-severity="caution"] { color: var(--caution); }
li[data-severity="unknown"] { color: var(--muted); }
li.note { color: var(--muted); font-style: italic; }
details { margin-top: 2px; color: var(--muted); } summary { cursor: pointer; font-size: 11px; }
details[open] { color: var(--fg); }
.missing { color: var(--muted); font-style: italic; }
button { font: inherit; border-radius: 4px; border: 1px solid var(--muted); background: var(--bg); color: var(--fg); padding: 2px 8px; cursor: pointer; }
button:disabled { opacity: .6; cursor: not-allowed; }
button.danger { background: var(--danger); border-color: var(--danger); color: var(--bg); }
.sizing { margin: 2px 0 0; display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.sizing.muted, .notice { color: var(--muted); }
.notice { margin: 2px 0 0; font-style: italic; }
.muted { color: var(--muted); } p.muted { margin: 2px 0 0; font-size: 11px; }
.change { flex-basis: 100%; }
.grid dd.wrap { white-space: normal; }
.page-changed { margin: 2px 0 4px; padding: 4px 6px; border-radius: 4px; border: 1px solid var(--caution); color: var(--fg); }
.confirm { border: 1px solid var(--sev); border-radius: 4px; padding: 6px 8px; margin: 2px 0 6px; }
.confirm p { margin: 2px 0; }
.confirm-title { font-weight: 700; color: var(--danger); }
.confirm-order { font-weight: 600; }
.ack { display: flex; gap: 6px; align-items: center; margin: 4px 0; }
.confirm-actions { display: flex; gap: 8px; justify-content: flex-end; }
button:focus-visible, summary:focus-visible, input:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
`;

/**
 * The notice shown when a ticket page's ticket cannot be found. Fixed in a corner (on the panel, not
 * the host, which is reset to `all: initial !important`), so the page's layout never moves.
 */
export const ticketLostCss = `
.lost { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; font: 12px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #5c3400; background: #fff4e5;
  border: 1px solid #c77700; border-left: 4px solid #c77700; border-radius: 6px; padding: 8px 10px; max-width: 320px;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.lost p { margin: 0 0 6px; }
button { font: inherit; border-radius: 4px; border: 1px solid #9aa1ab; background: #fff; color: #1f2329; padding: 2px 8px; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
`;
