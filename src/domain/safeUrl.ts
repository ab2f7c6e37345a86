/**
 * The one rule for addresses Møtebok stores or renders as a link: `https:` only, plus `mailto:` for
 * e-mail links (and http on the loopback address, where the local tenant runs). `javascript:`, `data:`, `vbscript:`, `file:` and plain `http:` are refused, in the
 * schema (model.ts, richText.ts) and again where a surface renders a link (defence in depth: data
 * may come from a SharePoint row written outside Møtebok). Spaces and control characters anywhere
 * are refused rather than trimmed: browsers ignore some of them, which is how "java\tscript:"
 * slips past naive checks.
 */

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f]/;

/** Is `url` an https address (or, when `allowMailto`, a mailto address)? */
export function isSafeUrl(url: string, options: { allowMailto?: boolean } = {}): boolean {
  if (UNSAFE_CHARACTERS.test(url)) return false;
  if (/^https:\/\/[^/\\]/i.test(url)) return true;
  // The local tenant (tenant/) serves SharePoint on the loopback address over plain http; nothing
  // else on http is accepted, and a loopback address reaches no one else's server.
  if (/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i.test(url)) return true;
  return options.allowMailto === true && /^mailto:./i.test(url);
}

/** The address itself when it is safe to put behind a link (https or mailto), otherwise undefined. */
export function safeLinkUrl(url: string | undefined): string | undefined {
  return url !== undefined && isSafeUrl(url, { allowMailto: true }) ? url : undefined;
}
