/*
 * A page that goes to another page before it starts anything (a Teams tab's address naming another
 * surface: `hostChunksFirst.ts`, `hosts/teams/routing.ts` `earlyRedirect`) says so here, and `startPage`
 * then starts nothing: no host, no services, no screens. No imports: the meeting pages carry only this.
 */
let leaving = false;

/** Goes to `url` in place of this page (no history entry), and marks the page as leaving. */
export function leaveFor(url: string, win: Window = window): void {
  leaving = true;
  win.location.replace(url);
}

export function isLeaving(): boolean {
  return leaving;
}
