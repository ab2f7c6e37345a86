import { mayRecordMinutes } from '../../domain/committeeAccess';
import type { HostContext } from '../../hosts/hostContext';
import type { LinkedMeeting } from '../meeting/findMeeting';
import { preloadChunksNamedIn } from '../shared/browserChunks';
import { REFERENT_CHUNKS_META } from '../shared/browserChunksMeta.mjs';
import { signedInIdentity } from '../shared/signedInEarly';

// No React in here: the side panel's entry (main.tsx) uses it before its screens are evaluated.

/**
 * Whether Teams itself says the signed-in person records this meeting: the context's user (Entra
 * object id, UPN, login hint — the identity the panel falls back on when Graph cannot say) is its
 * referent or chair (`mayRecordMinutes`). Known as soon as the meeting is read, before `GET /me` has
 * answered. Only in Teams: a plain browser's user is whatever its address bar says (`?upn=`).
 */
export function hostSaysRecords(meeting: LinkedMeeting, host: Pick<HostContext, 'host' | 'user'>): boolean {
  return host.host === 'teams' && host.user !== undefined && mayRecordMinutes(meeting.meeting.value, meeting.committee, signedInIdentity(host.user, undefined));
}

/**
 * Downloads every file of the referent's chunks at once — the recorder's and the files it is split
 * into (`referentChunks` in webpack.config.js), which the build names in the page's HTML without
 * preloading them (tools/startupPreloadPlugin.mjs) — as soon as the panel knows she records, before
 * the recorder's `import()` asks for them. Nothing is evaluated before it asks. Never for a member.
 */
export function preloadReferentChunks(doc: Document = document): void {
  preloadChunksNamedIn(REFERENT_CHUNKS_META, doc);
}

/**
 * The side panel's entry, the moment the meeting's lookup has answered (before the screens render,
 * often before they are evaluated): when Teams names the signed-in person its referent or chair, the
 * recorder's files start downloading now, beside the screens' evaluation, rather than from the
 * panel's first render (issue 14: cold load). A member downloads nothing more; `useSidePanelRole`
 * still decides what the panel shows, and asks again (each file once) when Graph's answer says so.
 */
export function preloadForReferent(found: LinkedMeeting | undefined, host: Pick<HostContext, 'host' | 'user'>, doc: Document = document): void {
  if (found && hostSaysRecords(found, host)) preloadReferentChunks(doc);
}
