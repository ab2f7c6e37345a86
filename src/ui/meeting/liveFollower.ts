import type { Meeting } from '../../domain/model';
import type { ReadMeeting } from '../../domain/ports';
import type { LiveChannel, OpenLiveChannel } from '../../hosts/liveChannel';
import { parseLiveStageState, sameAgenda, withLiveState, type LiveStageState } from './liveStage';
import { MeetingPoller, type MeetingReader, type PageVisibility, type PollerSnapshot } from './meetingPoller';
import { SnapshotStore } from '../shared/snapshotStore';

/**
 * How the stage (and a participant's read-only side panel) follows the meeting without a Graph
 * cost that grows with its audience.
 *
 * - SharePoint is the record: one read when the stage opens and one each time the live channel
 *   comes back after a drop. An idle stage then costs no Graph requests at all, whether 1 or 50
 *   people watch it.
 * - Live: the referent's side panel publishes the live state (`liveStage.ts`) on the meeting's live
 *   channel (Live Share in Teams) on every change; the stage lays it over what it read. A change
 *   of agenda (saker added, removed, moved) makes the stage read SharePoint again.
 * - No channel (a plain browser, Live Share not offered, joining failed, or the channel dropped):
 *   the stage polls SharePoint, no faster than every 15 s, and says so (`mode: 'polling'`).
 */
export type LiveMode = 'connecting' | 'live' | 'polling';

export interface FollowerSnapshot extends PollerSnapshot {
  mode: LiveMode;
}

export interface LiveFollowerOptions {
  /** Polling interval without a channel; never below FALLBACK_POLL_MS. */
  fallbackIntervalMs?: number;
  /** How long joining the channel may take before the stage polls instead. */
  joinTimeoutMs?: number;
  /** The meeting the surface has just read (useLinkedMeeting): shown at once, so opening reads nothing more. */
  opened?: ReadMeeting;
}

/** SharePoint throttles an app per tenant (1,200 resource units a minute under 1,000 licences): one read per viewer per 15 s at most. */
export const FALLBACK_POLL_MS = 15_000;
const JOIN_TIMEOUT_MS = 20_000;

export class LiveMeetingFollower {
  private readonly store = new SnapshotStore<FollowerSnapshot>({ failing: false, mode: 'connecting' });
  private base: ReadMeeting | undefined;
  private live: LiveStageState | undefined;
  /** Konklusjoner received live since the last read of the record, by sak. */
  private readonly conclusions = new Map<string, string[]>();
  private channel: LiveChannel | undefined;
  private poller: MeetingPoller | undefined;
  private stopPollerListener: (() => void) | undefined;
  private lastPolled: Meeting | undefined;
  private stopped = false;
  private reading: Promise<void> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly fallbackIntervalMs: number;

  constructor(
    private readonly meetingId: string,
    private readonly reader: MeetingReader,
    openChannel: OpenLiveChannel | undefined,
    private readonly visibility: PageVisibility,
    options: LiveFollowerOptions = {},
  ) {
    this.fallbackIntervalMs = Math.max(FALLBACK_POLL_MS, options.fallbackIntervalMs ?? FALLBACK_POLL_MS);
    if (options.opened) {
      this.base = options.opened;
      this.show();
    }
    // Without a channel the poller's first read is the read on open (or, given `opened`, its first eTag check).
    if (!openChannel) this.startPolling();
    else {
      if (!options.opened) void this.read();
      void this.join(openChannel, options.joinTimeoutMs ?? JOIN_TIMEOUT_MS);
    }
  }

  getSnapshot = (): FollowerSnapshot => this.store.getSnapshot();

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.stopPolling();
    this.channel?.close();
    this.channel = undefined;
    this.store.close();
  }

  private async join(openChannel: OpenLiveChannel, timeoutMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The live channel did not open within ${timeoutMs} ms`)), timeoutMs);
    });
    const opening = openChannel();
    try {
      const channel = await Promise.race([opening, timeout]);
      if (this.stopped) {
        channel.close();
        return;
      }
      this.channel = channel;
      channel.onValue((value) => this.receive(value));
      channel.onConnection((state) => {
        if (state === 'disconnected') {
          this.startPolling();
        } else {
          this.stopPolling();
          this.live = undefined;
          this.conclusions.clear();
          this.update({ mode: 'live' });
          // Back after a drop: what was missed is in SharePoint; later changes arrive live again.
          void this.read();
        }
      });
      this.update({ mode: 'live' });
      this.receive(channel.current());
    } catch {
      // A channel that opens after the timeout is closed, never left running unseen.
      void opening.then((late) => late.close(), () => undefined);
      if (!this.stopped) this.startPolling();
    } finally {
      clearTimeout(timer);
    }
  }

  private receive(value: unknown): void {
    const live = parseLiveStageState(value);
    if (!live || live.meetingId !== this.meetingId) return;
    this.live = live;
    if (live.currentItemId && live.conclusion) this.conclusions.set(live.currentItemId, live.conclusion);
    if (this.base && !sameAgenda(this.base.value, live)) void this.read();
    else this.show();
  }

  /** One read of the record (on open, on reconnect, when the agenda changed). */
  private read(): Promise<void> {
    this.reading ??= this.reader
      .getMeeting(this.meetingId)
      .then(
        (result) => {
          if (result) {
            this.base = result;
            this.conclusions.clear();
          }
          this.show({ failing: false, lastError: undefined });
        },
        (error: unknown) => {
          this.update({ failing: true, lastError: error });
          // The record could not be read (offline, throttled): try again, as slowly as polling would.
          // While polling, the poller's next read is the retry.
          if (!this.stopped && !this.poller) {
            clearTimeout(this.retryTimer);
            this.retryTimer = setTimeout(() => void this.read(), this.fallbackIntervalMs);
          }
        },
      )
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }

  private startPolling(): void {
    if (this.stopped || this.poller) return;
    // The poller starts from what is shown, so its first tick is an eTag check, not a full read.
    const poller = new MeetingPoller(this.meetingId, this.reader, this.visibility, this.fallbackIntervalMs, this.base);
    this.poller = poller;
    this.stopPollerListener = poller.subscribe(() => {
      const polled = poller.getSnapshot();
      if (polled.meeting && polled.meeting !== this.lastPolled) {
        this.lastPolled = polled.meeting;
        // The poller's read is the record; a live state older than it no longer applies.
        this.base = { value: polled.meeting, version: this.base?.version ?? '', ...(polled.unreadable ? { unreadable: polled.unreadable } : {}) };
        this.live = undefined;
        this.conclusions.clear();
      }
      this.show({ failing: polled.failing, lastError: polled.lastError });
    });
    this.update({ mode: 'polling' });
  }

  private stopPolling(): void {
    this.stopPollerListener?.();
    this.stopPollerListener = undefined;
    this.poller?.stop();
    this.poller = undefined;
  }

  private show(change: Partial<FollowerSnapshot> = {}): void {
    const live = this.live;
    const meeting: Meeting | undefined = this.base
      ? live && sameAgenda(this.base.value, live)
        ? withLiveState(this.base.value, live, this.conclusions)
        : this.base.value
      : undefined;
    const unreadable = this.base?.unreadable;
    const { meeting: _old, unreadable: _oldRows, ...rest } = this.getSnapshot();
    this.store.publish({ ...rest, ...change, ...(meeting ? { meeting } : {}), ...(unreadable ? { unreadable } : {}) });
  }

  private update(change: Partial<FollowerSnapshot>): void {
    this.store.publish({ ...this.getSnapshot(), ...change });
  }
}
