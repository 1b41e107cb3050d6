/**
 * The overlay's CSS, injected into its shadow root (the page's styles cannot reach it and ours
 * cannot leak out). It draws its own opaque panel so it reads the same on light and dark themes.
 */
export const overlayCss = `
:host { display: block; margin: 8px 0 0; }
.lg { font: 12px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2329; background: #f7f8fa;
  border: 1px solid #d5d9de; border-left: 4px solid var(--sev); border-radius: 6px; padding: 8px 10px; min-height: 92px;
  box-sizing: border-box; font-variant-numeric: tabular-nums; }
.lg[data-severity="safe"] { --sev: #0f9d58; }
.lg[data-severity="caution"] { --sev: #c77700; }
.lg[data-severity="danger"] { --sev: #d93025; }
.lg[data-severity="blocked"] { --sev: #8e1a12; }
.lg[data-severity="unknown"] { --sev: #6b7280; }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 4px; }
.brand { font-weight: 600; }
.status { margin-left: auto; background: var(--sev); color: #fff; border-radius: 10px; padding: 0 8px; font-size: 11px;
  font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 8px; }
.side h3 { margin: 2px 0; font-size: 11px; text-transform: uppercase; color: #4b5563; }
.grid { display: grid; grid-template-columns: auto 1fr; gap: 1px 10px; margin: 0; }
.grid dt { color: #4b5563; } .grid dd { margin: 0; text-align: right; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.liq { margin: 4px 0 0; font-weight: 600; }
ul { margin: 4px 0 0; padding: 0 0 0 16px; }
li[data-severity="danger"], li[data-severity="blocked"] { color: #b3261e; font-weight: 600; }
li[data-severity="caution"] { color: #8a5300; }
li[data-severity="unknown"] { color: #4b5563; }
details { margin-top: 4px; color: #4b5563; } summary { cursor: pointer; }
details dl { grid-template-columns: auto 1fr; }
.missing { color: #6b7280; font-style: italic; }
button { font: inherit; border-radius: 4px; border: 1px solid #9aa1ab; background: #fff; color: #1f2329; padding: 2px 8px; cursor: pointer; }
button:disabled { opacity: .5; cursor: not-allowed; }
button.danger { background: #d93025; border-color: #d93025; color: #fff; }
.sizing { margin: 4px 0 0; display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.sizing.muted, .notice { color: #4b5563; }
.notice { margin: 4px 0 0; font-style: italic; }
.page-changed { margin: 0 0 6px; padding: 6px 8px; border-radius: 4px; background: #fff4e5; border: 1px solid #c77700; color: #5c3400; }
.confirm { border: 1px solid var(--sev); background: #fff; border-radius: 6px; padding: 8px; margin: 4px 0 8px; }
.confirm-title { margin: 0 0 4px; font-weight: 700; color: #8e1a12; }
.confirm-numbers { margin: 4px 0; }
.ack { display: flex; gap: 6px; align-items: center; margin: 4px 0; }
.confirm-actions { display: flex; gap: 8px; justify-content: flex-end; }
button:focus-visible, summary:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
`;

/**
 * The notice shown when a ticket page's ticket cannot be found. Fixed in a corner (on the panel, not
 * the host, which WXT resets to `all: initial !important`), so the page's layout never moves.
 */
export const ticketLostCss = `
.lost { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; font: 12px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #5c3400; background: #fff4e5;
  border: 1px solid #c77700; border-left: 4px solid #c77700; border-radius: 6px; padding: 8px 10px; max-width: 320px;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.lost p { margin: 0 0 6px; }
button { font: inherit; border-radius: 4px; border: 1px solid #9aa1ab; background: #fff; color: #1f2329; padding: 2px 8px; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
`;
