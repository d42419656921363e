/**
 * The page's stylesheet, inlined so the file opens from disk with nothing to fetch. Colours are chosen for
 * WCAG AA: body text and every badge at least 4.5:1 against what is behind it (the browser tests measure this),
 * the focus ring and the marks at least 3:1 against the page. Fonts are the system's: the page loads none.
 */
export const PAGE_STYLE = `
:root {
  color-scheme: light;
  --ink: #1a1a1a;
  --muted: #4a4f57;
  --line: #c3c8cf;
  --page: #ffffff;
  --panel: #f3f4f6;
  --accent: #1f5fa8;
  --focus: #0b3d91;
  --hit: #ffd23f;
  --hit-edge: #7a5a00;
  --linked: #cfe1fb;
  --linked-edge: #1f5fa8;
  --major: #a3001b;
  --minor: #6b4500;
  --minor-bg: #ffe6a8;
  --info: #1f3f66;
  --info-bg: #dde9f7;
}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--page); color: var(--ink); }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 0.25rem; }
h2 { font-size: 1.15rem; margin: 0.5rem 0; }
h3 { font-size: 1rem; margin: 0; }
.page-head { padding: 0.75rem 1.5rem 0.25rem; }
.lede, .how { margin: 0.25rem 0; max-width: 75rem; }
.how { color: var(--muted); font-size: 0.9rem; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 0.5rem; background: var(--page); padding: 0.25rem 0.5rem; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.none { color: var(--muted); }

.timeline-part { padding: 0 1.5rem 0.5rem; }
svg.timeline { display: block; width: 100%; max-width: 1000px; height: auto; font-size: 14px; }
svg.timeline text { fill: var(--ink); }
svg.timeline .tick { fill: var(--muted); font-size: 13px; }
svg.timeline .grid { stroke: #dde1e6; }
svg.timeline .axis, svg.timeline .lane { stroke: #7d8691; }
svg.timeline .mark circle, svg.timeline .legend circle { fill: var(--accent); stroke: var(--page); stroke-width: 2; }
svg.timeline .published rect, svg.timeline .legend rect { fill: #333a42; }
svg.timeline .count { font-size: 12px; font-weight: 700; }
.timeline-table { font-size: 0.9rem; margin: 0.25rem 0; }
.timeline-table table { border-collapse: collapse; margin: 0.25rem 0; }
.timeline-table th, .timeline-table td { border: 1px solid var(--line); padding: 0.15rem 0.5rem; text-align: left; vertical-align: top; }

.workspace {
  display: grid;
  grid-template-columns: clamp(16rem, 30vw, 24rem) minmax(0, 1fr);
  height: 100vh;
  border-top: 1px solid var(--line);
}
.panel { overflow: auto; background: var(--panel); border-right: 1px solid var(--line); padding: 0.5rem 1rem 1rem; }
.filters fieldset {
  display: flex; flex-wrap: wrap; gap: 0.15rem 0.75rem;
  margin: 0 0 0.5rem; padding: 0.2rem 0.6rem 0.4rem;
  border: 1px solid var(--line); border-radius: 4px; background: var(--page);
}
.filters legend { font-size: 0.85rem; font-weight: 600; padding: 0 0.25rem; }
.filters label { font-size: 0.9rem; white-space: nowrap; }
.n { color: var(--muted); }
.type-filter { margin: 0 0 0.5rem; font-size: 0.9rem; }
.type-filter label { font-weight: 600; }
select { font: inherit; max-width: 100%; }
.shown { font-size: 0.85rem; margin: 0.25rem 0; }
.status { font-size: 0.85rem; font-weight: 600; margin: 0.25rem 0; min-height: 1.3em; }
.keys { font-size: 0.8rem; color: var(--muted); margin: 0 0 0.5rem; }
kbd { font: 0.75rem/1.4 ui-monospace, "DejaVu Sans Mono", monospace; border: 1px solid #8d959e; border-radius: 3px; padding: 0 0.25rem; background: var(--page); color: var(--ink); }
.findings { list-style: none; margin: 0; padding: 0; }
.finding {
  margin: 0 0 0.5rem; padding: 0.45rem 0.6rem;
  background: var(--page); border: 1px solid var(--line); border-left: 5px solid #7d8691; border-radius: 4px;
  cursor: pointer;
}
.finding[hidden] { display: none; }
.finding[data-severity="major"] { border-left-color: var(--major); }
.finding[data-severity="minor"] { border-left-color: #b07800; }
.finding:hover { border-color: #7d8691; }
.finding[aria-selected="true"] { background: #eaf2fd; box-shadow: inset 0 0 0 2px var(--accent); }
.finding:focus { outline: none; }
.finding:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.finding-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.35rem; margin: 0; font-size: 0.85rem; }
.rank { color: var(--muted); font-variant-numeric: tabular-nums; }
.badge { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; padding: 0 0.35rem; border-radius: 3px; }
.sev-major { background: var(--major); color: #ffffff; }
.sev-minor { background: var(--minor-bg); color: var(--minor); }
.sev-info { background: var(--info-bg); color: var(--info); }
.kind { font-weight: 600; }
.salience { color: var(--muted); margin-left: auto; font-variant-numeric: tabular-nums; }
.summary { margin: 0.25rem 0; font-size: 0.95rem; }
.details { display: grid; grid-template-columns: auto 1fr; gap: 0 0.5rem; margin: 0.25rem 0; font-size: 0.85rem; }
.details dt { font-weight: 600; }
.details dd { margin: 0; overflow-wrap: anywhere; }
.evidence-line { margin: 0.25rem 0 0; font-size: 0.8rem; color: var(--muted); }

.reader { display: flex; flex-direction: column; min-width: 0; min-height: 0; }
.picker { display: flex; flex-wrap: wrap; gap: 0.15rem 1rem; margin: 0; padding: 0.35rem 0.75rem; border: 0; border-bottom: 1px solid var(--line); font-size: 0.9rem; }
.picker legend { float: left; font-weight: 600; margin-right: 0.5rem; padding: 0; }
.columns { flex: 1; min-height: 0; display: grid; grid-auto-flow: column; grid-auto-columns: minmax(15rem, 1fr); overflow-x: auto; }
.col { display: flex; flex-direction: column; min-width: 0; min-height: 0; border-right: 1px solid var(--line); }
.col[hidden] { display: none; }
.col-head { padding: 0.45rem 0.75rem; border-bottom: 1px solid var(--line); }
.col-title, .col-meta { margin: 0; font-size: 0.8rem; color: var(--muted); overflow-wrap: anywhere; }
.col-title { color: var(--ink); }
.text { flex: 1; min-height: 0; overflow: auto; padding: 0.75rem; line-height: 1.6; white-space: pre-wrap; overflow-wrap: break-word; }
.seg.st { text-decoration: underline dotted #5f6b7a; text-underline-offset: 3px; cursor: pointer; }
.seg.linked { background: var(--linked); text-decoration: underline solid var(--linked-edge); }
.seg.hit { background: var(--hit); box-shadow: 0 1px 0 0 var(--hit-edge), 0 -1px 0 0 var(--hit-edge); }

@media (max-width: 720px) {
  .workspace { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto minmax(0, 1fr); height: auto; }
  .panel { max-height: 45vh; border-right: 0; border-bottom: 1px solid var(--line); }
  .reader { height: 90vh; }
}

@media print {
  .skip, .how, .filters, .keys, .picker, .shown { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 11pt; }
  .workspace { display: block; height: auto; border: 0; }
  .panel { overflow: visible; background: none; border: 0; padding: 0 1.5rem; }
  .finding { break-inside: avoid; }
  .finding[hidden] { display: none; }
  .reader, .columns { display: block; height: auto; overflow: visible; }
  .col, .col[hidden] { display: block; border: 0; break-before: page; }
  .text { overflow: visible; padding: 0.5rem 1.5rem; }
  .seg.st { text-decoration: none; }
}
`
