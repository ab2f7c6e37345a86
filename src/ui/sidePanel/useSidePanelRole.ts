import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import { mayRecordMinutes } from '../../domain/committeeAccess';
import type { PersonIdentity } from '../../domain/personIdentity';
import type { LoadableView } from '../shared/loadableView';
import type { Services } from '../shared/services';
import { signedInIdentity, useSignedInIdentity } from '../shared/signedInIdentity';
import type { LinkedMeeting, LinkedMeetingLookup } from '../meeting/findMeeting';
import { useLinkedMeeting, type Loadable } from '../meeting/useFollowMeeting';
import { preloadRecorder, preloadReferentChunks, recorderChunk } from './recorderChunk';

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
 * Asks for the recorder's chunk (its `import()` asks for every file of it at once) outside React, as
 * soon as the meeting is read and `GET /me` (the page's one ask, `Services.signedInUser`) names her
 * referent or chair, as the hook decides (`mayRecordMinutes`; the host's identity when Graph cannot
 * say). The side panel's entry calls it once its screens' chunk is evaluated, before their first
 * render: her chunk then downloads during that render instead of after it (issue 14: cold load; it
 * was asked for about 45 ms after the meeting and `GET /me` had answered). Never a member's; the hook
 * still decides what is shown, and its own ask is the same fetch (`loadableView` fetches once). A failed lookup asks nothing: the panel reads again and decides then.
 * Settles (never rejects) once that is decided and, for her, her chunk is here — with her session opened on the
 * meeting read (`preloadRecorder`: her drafts) — or its fetch has failed: the panel's first render waits for it
 * (main.tsx), so it can be her recorder with her sak.
 */
export async function fetchRecorderEarly(
  lookup: LinkedMeetingLookup | undefined,
  services: Pick<Services, 'hostContext' | 'signedInUser' | 'repository'> | undefined,
): Promise<void> {
  const linked = await lookup?.started.catch(() => undefined);
  if (!linked || !services) return;
  const fromGraph = await services.signedInUser?.().catch(() => undefined);
  const records = mayRecordMinutes(linked.meeting.value, linked.committee, signedInIdentity(services.hostContext.user, fromGraph));
  if (records) await preloadRecorder(services.repository, linked.meeting);
}

/**
 * Finds the meeting (`useLinkedMeeting`) and who is signed in (`useSignedInIdentity`, asked beside
 * it), and decides once both have answered: the referent and the chair record (`mayRecordMinutes`),
 * everyone else reads. The recorder's chunk is asked for in the render that learns she records — not
 * in an effect after it, nor when the recorder's first render suspends — together with every file of
 * it (`preloadFiles`: `preloadReferentChunks`), side by side. It learns it from Graph's answer; the
 * page's entry has usually asked already, outside React, as soon as the meeting was read and `GET /me`
 * named her (`fetchRecorderEarly`), and this render's ask
 * is then the same fetch (the one after «Prøv igjen», or after a start the entry did not see, is its
 * own). `loadableView` fetches once however often it is asked. A member never asks for them, so
 * never runs the recorder (issue 14: start-up JavaScript); its files are in everyone's cache already,
 * downloaded at idle priority from the page's start (main.tsx), so her ask is answered from there. The rich-text editor comes after her
 * start, once the recorder is shown and the panel idle (`RecorderView`, `LazyRichTextEditor.tsx`).
 */
export function useSidePanelRole(
  lookup?: LinkedMeetingLookup,
  chunk: RecorderChunk = recorderChunk,
  preloadFiles: () => void = preloadReferentChunks,
): SidePanelState {
  const linked = useLinkedMeeting(lookup);
  const signedIn = useSignedInIdentity();
  // Graph's answer decides (or the host's identity when Graph cannot say).
  const fetches = linked.state === 'ready' && signedIn.settled && mayRecordMinutes(linked.value.meeting.value, linked.value.committee, signedIn.identity);
  // Each fetch of the chunk is an attempt; «Prøv igjen» starts the next one.
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState<number | undefined>(undefined);
  // The chunk's arrival re-renders the panel, whichever fetch brought it (this render's, «Prøv igjen»'s
  // or the one `loadableView` starts itself when the connection comes back after a failure).
  const loaded = useSyncExternalStore(chunk.subscribe, chunk.loaded);
  const failedNow = failed === attempt;
  // Started during render (see above), once per attempt, and its failure recorded from the fetch
  // itself, not from an effect: an effect re-run (the meeting re-read, Teams' word then Graph's) would
  // lose a failure between its cleanup and its next run, and start another fetch. The next fetch is
  // «Prøv igjen»'s, or `loadableView`'s own when the connection comes back.
  const askedFor = useRef<number | undefined>(undefined);
  if (fetches && !loaded && askedFor.current !== attempt) {
    const thisAttempt = attempt;
    askedFor.current = thisAttempt;
    preloadFiles();
    void chunk.preload().then(() => {
      if (!chunk.loaded()) setFailed(thisAttempt);
    });
  }
  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);

  if (linked.state === 'loading' || (linked.state === 'ready' && !signedIn.settled)) return { linked, role: { kind: 'waiting' } };
  if (linked.state !== 'ready') return { linked, role: { kind: 'problem' } };
  if (!fetches) return { linked, role: { kind: 'reader', meeting: linked.value, viewer: signedIn.identity } };
  const state = loaded ? 'here' : failedNow ? 'failed' : 'loading';
  return { linked, role: { kind: 'recorder', meeting: linked.value, chunk: state, failedBefore: failed !== undefined, retry } };
}
