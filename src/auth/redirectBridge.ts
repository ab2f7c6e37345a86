/**
 * MSAL 5 popups and silent iframes come back to the redirect URI (the surface's own page) with the
 * answer in the URL; that page must hand the answer to the window that asked instead of starting
 * the app a second time inside the popup or hidden iframe. Each surface's entry calls this first.
 */
export function isAuthRedirectResponse(win: Window): boolean {
  const raw = win.location.hash.length > 1 ? win.location.hash.slice(1) : win.location.search.slice(1);
  const params = new URLSearchParams(raw);
  const framedOrOpened = win.opener !== null || win.parent !== win;
  return framedOrOpened && params.has('state') && (params.has('code') || params.has('error'));
}

/** Returns true when this page load was a sign-in answer (and was passed on); the app must not start. */
export async function completeAuthRedirect(win: Window = window): Promise<boolean> {
  if (!isAuthRedirectResponse(win)) return false;
  // Only a popup or hidden iframe needs MSAL's bridge (part of msal-common): the page the user sees
  // does not load it up front (docs/performance-history.md).
  const { broadcastResponseToMainFrame } = await import(/* webpackChunkName: "msalRedirectBridge" */ '@azure/msal-browser/redirect-bridge');
  await broadcastResponseToMainFrame();
  return true;
}
