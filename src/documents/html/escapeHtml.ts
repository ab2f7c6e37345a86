import { safeLinkUrl } from '../../domain/safeUrl';

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

/** An escaped href when the address passes the one safe-URL rule (https, or mailto), otherwise undefined. */
export function safeHref(url: string): string | undefined {
  const safe = safeLinkUrl(url);
  return safe === undefined ? undefined : escapeHtml(safe);
}
