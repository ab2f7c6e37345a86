/**
 * The Møtebok link in an invitation: `workspace.html?committee=…&meeting=…`. It is both a link for
 * people and the key the Outlook read pane finds the meeting by, so «Sett inn saksliste» and the
 * workspace's send write it the same way.
 */
export function meetingLink(appUrl: string, committeeId: string, meetingId: string): string {
  const url = new URL('workspace.html', appUrl.endsWith('/') ? appUrl : `${appUrl}/`);
  url.searchParams.set('committee', committeeId);
  url.searchParams.set('meeting', meetingId);
  return url.toString();
}

/**
 * The meeting id from the Møtebok link inside a block. The href is HTML-escaped (&amp;) and, in a
 * received invite, may be wrapped by Safe Links (the whole URL percent-encoded in `?url=`).
 */
export function meetingIdFromBlock(blockHtml: string): string | undefined {
  for (const match of blockHtml.matchAll(/href="([^"]+)"/g)) {
    const href = (match[1] ?? '').replace(/&amp;/g, '&');
    for (const candidate of [href, safeDecode(href)]) {
      const at = candidate.indexOf('workspace.html?');
      if (at < 0) continue;
      const meetingId = new URLSearchParams(candidate.slice(at + 'workspace.html?'.length)).get('meeting');
      if (meetingId) return meetingId;
    }
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
