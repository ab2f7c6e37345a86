// Everything that lands in our HTML goes through here: user names, file names, mail bodies' metadata.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (ch) => ENTITIES[ch] ?? ch);
}

export function page(title: string, body: string, lang = 'nb'): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; margin: 2rem; color: #1b1b1b; background: #fff; line-height: 1.5; }
  a { color: #0f548c; }
  button { font: inherit; padding: .5rem 1rem; margin: .25rem 0; border: 1px solid #616161; border-radius: 4px; background: #fff; color: #1b1b1b; cursor: pointer; text-align: left; }
  button:hover { background: #f0f0f0; }
  :focus-visible { outline: 3px solid #0f548c; outline-offset: 2px; }
  table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
  th, td { border: 1px solid #8a8a8a; padding: .25rem .5rem; text-align: left; vertical-align: top; }
  .muted { color: #424242; }
  iframe { width: 100%; min-height: 18rem; border: 1px solid #8a8a8a; }
  @media (prefers-color-scheme: dark) {
    body { background: #1f1f1f; color: #f0f0f0; } a { color: #9cc7f5; } .muted { color: #d0d0d0; }
    button { background: #2b2b2b; color: #f0f0f0; border-color: #a0a0a0; } button:hover { background: #3a3a3a; }
    :focus-visible { outline-color: #9cc7f5; } iframe { background: #fff; }
  }
  @media (forced-colors: active) { button { border: 1px solid ButtonText; } }
</style>
</head>
<body>
${body}
</body>
</html>`;
}
