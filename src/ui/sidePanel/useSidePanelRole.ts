import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { mayRecordMinutes } from '../../domain/committeeAccess';
import type { PersonIdentity } from '../../domain/personIdentity';
import type { LoadableView } from '../shared/loadableView';
import { useSignedInIdentity } from '../shared/signedInIdentity';
import type { LinkedMeeting, LinkedMeetingLookup } from '../meeting/findMeeting';
import { useLinkedMeeting, type Loadable } from '../meeting/useFollowMeeting';
import { recorderChunk } from './recorderChunk';

/** The recorder's chunk as this hook uses it (`recorderChunk`; a stand-in in tests). */
export type RecorderChunk = Pick<LoadableView<never>, 'preload' | 'loaded' | 'subscribe'>;

/**
 * What the side panel shows:
 * - `waiting`: the meeting or who is signed in has not answered yet;
 * - `problem`: no meeting (`linked` says why: `LinkedMeetingProblem`);
 * - `reader`: a participant who does not record: the read-only view, which needs nothing more;
 * - `recorder`: the referent or the chair: the recorder's chunk is `loading`, `here` (render
 *   `recorderChunk.View`) or `failed` (its fetch failed: `retry` asks again). `failedBefore`: an
 *   earlier fetch failed and this one is a retry (the panel keeps the failure and its «Prøv igjen»
 *   in place meanwhile, so the focus stays on the button).
 */
export type SidePanelRole =
  | { kind: 'waiting' }
  | { kind: 'problem' }
  | { kind: 'reader'; meeting: LinkedMeeting; viewer: PersonIdentity }
  | { kind: 'recorder'; meeting: LinkedMeeting; chunk: 'loading' | 'here' | 'failed'; failedBefore: boolean; retry: () => void };

export interface SidePanelState {
  linked: Loadable<LinkedMeeting>;
  role: SidePanelRole;
}

/**
 * Finds the meeting (`useLinkedMeeting`) and who is signed in (`useSignedInIdentity`, asked beside
 * it), and decides once both have answered: the referent and the chair record (`mayRecordMinutes`),
 * everyone else reads. The recorder's chunk is asked for in the render that decides — not in an
 * effect after it, nor when the recorder's first render suspends — so its download starts the moment
 * the meeting, the committee and the person are known (in the panel's first render when they came
 * before the screens; `loadableView` fetches once however often it is asked). A member never asks for
 * it, so never downloads the recorder or the editor (issue 14: start-up JavaScript).
 */
export function useSidePanelRole(lookup?: LinkedMeetingLookup, chunk: RecorderChunk = recorderChunk): SidePanelState {
  const linked = useLinkedMeeting(lookup);
  const signedIn = useSignedInIdentity();
  const decided = linked.state === 'ready' && signedIn.settled;
  const records = decided && mayRecordMinutes(linked.value.meeting.value, linked.value.committee, signedIn.identity);
  // Each fetch of the chunk is an attempt; «Prøv igjen» starts the next one.
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState<number | undefined>(undefined);
  // The chunk's arrival re-renders the panel, whichever fetch brought it (this render's, «Prøv igjen»'s
  // or the one `loadableView` starts itself when the connection comes back after a failure).
  const loaded = useSyncExternalStore(chunk.subscribe, chunk.loaded);
  const failedNow = failed === attempt;
  // Started during render (see above); never again while this attempt's failure is shown.
  if (records && !failedNow && !loaded) void chunk.preload();
  useEffect(() => {
    if (!records || chunk.loaded()) return undefined;
    let live = true;
    // The fetch the render started (the same one: `preload` fetches at most once at a time); its
    // arrival is `loaded`'s, its failure is this attempt's.
    void chunk.preload().then(() => {
      if (live && !chunk.loaded()) setFailed(attempt);
    });
    return () => {
      live = false;
    };
  }, [records, chunk, attempt]);
  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);

  if (linked.state === 'loading' || (linked.state === 'ready' && !signedIn.settled)) return { linked, role: { kind: 'waiting' } };
  if (linked.state !== 'ready') return { linked, role: { kind: 'problem' } };
  if (!records) return { linked, role: { kind: 'reader', meeting: linked.value, viewer: signedIn.identity } };
  const state = loaded ? 'here' : failedNow ? 'failed' : 'loading';
  return { linked, role: { kind: 'recorder', meeting: linked.value, chunk: state, failedBefore: failed !== undefined, retry } };
}
