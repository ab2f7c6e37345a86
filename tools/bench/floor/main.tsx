/*
 * The floor page of `npm run bench -- coldLoad` (issue 14): the reference page (`../reference/main.tsx`:
 * React 19, Fluent's FluentProvider with a Button and a Textarea, teams-js and its handshake when
 * framed) plus the least any Møtebok page must do before it can show a meeting with the stack the
 * brief fixes, through the app's own modules:
 * - the configuration baked into the build (`loadAppConfig`);
 * - MSAL through `createAuth` — nested app auth when framed by a host (the meeting simulator, as
 *   Teams frames the side panel and the stage; its set-up begun once `app.initialize` has answered,
 *   beside `app.getContext`, as the pages begin it), the standard application from this tab's
 *   sessionStorage sign-in when the page is opened on its own (as the workspace is) — and one silent
 *   token for `SCOPES.storage`, asked by the Graph client's auth middleware;
 * - the Graph client from `createGraphClientFactory` and ONE request: the meeting's row by its
 *   indexed MeetingId (`meetingRow.ts` says how it relates to the stage's first request);
 * - the meeting's title on the page, and the same ready mark the app sets (`src/ui/shared/readyMark.ts`);
 *   on the way, the pages' start-up marks where the floor passes the same step (`startupMarks.ts`: entry,
 *   host, services, reads-sent), so the bench prints the floor's phases beside the page's.
 * No schema library, no catalogues, no Møtebok screens. The view is rendered at once and the title put in when it
 * comes, so the rendering overlaps the network as well as it can: what is left is what the stack
 * cannot avoid. MSAL is the `import()` createAuth makes; the bench preloads it from this page's HTML
 * as the pages preload theirs. Not part of the product: only the bench builds it.
 */
import { createRoot } from 'react-dom/client';
import { app } from '@microsoft/teams-js';
import { loadAppConfig } from '../../../src/config/appConfig';
import { createAuth, startMsal, type MsalApp } from '../../../src/auth/createAuth';
import { SCOPES } from '../../../src/auth/scopes';
import type { TokenProvider } from '../../../src/auth/tokenProvider';
import { createGraphClientFactory } from '../../../src/graph/graphClient';
import { preloadBrowserChunks } from '../../../src/ui/shared/browserChunks';
import { markOnce, STARTUP_MARKS } from '../../../src/ui/shared/startupMarks';
import { Floor } from './FloorView';
import { readMeetingTitle } from './meetingRow';

/** The meeting's title: the host's handshake when framed, a silent token, one Graph request. */
async function readMeeting(): Promise<string> {
  const config = loadAppConfig();
  const framed = window.parent !== window;
  // Opened on its own (as the workspace is): MSAL's standard application, as the pages fetch it.
  if (!framed) preloadBrowserChunks();
  let meetingId = new URL(window.location.href).searchParams.get('meeting') ?? undefined;
  let loginHint: string | undefined;
  let msal: Promise<MsalApp> | undefined;
  if (framed) {
    // As the reference (and every Teams app): say hello to the host; it names the meeting and the user.
    const host = document.referrer ? [new URL(document.referrer).origin] : undefined;
    await app.initialize(host);
    // MSAL's nested app needs only the handshake (teams-js has put its bridge on the window): begun
    // beside the context's round trip, as the pages begin it (`OnHostInitialized`, ui/shared/surfaceStart.ts).
    msal = startMsal(config, 'teams');
    msal.catch(() => undefined); // awaited by createAuth below; not if the context fails
    const context = await app.getContext();
    meetingId = context.meeting?.id ?? meetingId;
    loginHint = context.user?.userPrincipalName;
  }
  markOnce(STARTUP_MARKS.host);
  if (!meetingId) throw new Error('The floor page does not know which meeting to show (?meeting= or the meeting the host names)');
  const auth = await createAuth(config, framed ? 'teams' : 'browser', { ...(loginHint ? { loginHint } : {}), ...(msal ? { msal } : {}) });
  markOnce(STARTUP_MARKS.services);
  // The pages' marks on the floor's own steps, so the bench can set the floor's phases beside theirs:
  // `reads-sent` once the Graph client has its token (its fetch follows in the same turn).
  const tokenProvider: TokenProvider = {
    getToken: async (scopes, options) => {
      const token = await auth.getToken(scopes, options);
      markOnce(STARTUP_MARKS.readsSent);
      return token;
    },
  };
  const storage = createGraphClientFactory({ config, tokenProvider })(SCOPES.storage);
  return readMeetingTitle(storage, config.siteId, meetingId);
}

function start(): void {
  markOnce(STARTUP_MARKS.entry);
  const meeting = readMeeting();
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<Floor meeting={meeting} />);
}

start();
