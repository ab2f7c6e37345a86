/**
 * The one place user text becomes HTML. Everything the invite body prints goes through
 * `escapeHtml` (element text and attribute values alike, so quotes are escaped too), and every
 * link target through `safeHref`.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/**
 * An escaped href when the address is http(s) or mailto, otherwise undefined (javascript:, data:,
 * vbscript:, relative paths: the invite has no base to resolve against). Leading/trailing spaces and
 * control characters are refused rather than trimmed: browsers ignore some of them, which is how
 * "java\tscript:" slips past naive checks.
 */
export function safeHref(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u0020\u007f]/.test(url)) return undefined;
  if (!/^(https?:\/\/[^/]|mailto:)/i.test(url)) return undefined;
  return escapeHtml(url);
}
