import type { Meeting } from '../../domain/model';
import type { MeetingRepository, ReadMeeting, UnreadableRow } from '../../domain/ports';
import { SnapshotStore } from '../shared/snapshotStore';

/**
 * Reads a meeting on a timer. Since issue 14 the stage does not poll while it has the meeting's
 * live channel (see LiveMeetingFollower in liveFollower.ts): this poller is its fallback, every 15 s,
 * when there is no channel (a plain browser, Live Share unavailable or dropped), because a poll per
 * second per viewer spends the tenant's SharePoint budget (1,200 resource units a minute for the
 * whole app under 1,000 licences) on one meeting's audience.
 *
 * Each poll is one HTTP request. With the repository's `getMeetingIfChanged` (used when present; it
 * gets the meeting shown) an idle poll is one $batch that reads only row ids and eTags
 * (`$select=id,eTag`), and a change re-reads only the rows whose eTag changed (a second $batch, by
 * row id); without it, one $batch holding the meeting row and its item rows, whose version (row
 * eTags) tells the poller whether anything changed. Polling stops while the window is hidden
 * (`visibilitychange`).
 */

/** The repository's change check: ids and eTags only, then only the rows that changed (see MeetingRepository). */
export type ChangeAwareMeetingReader = Pick<MeetingRepository, 'getMeetingIfChanged'>;

export type MeetingReader = Pick<MeetingRepository, 'getMeeting'> & Partial<ChangeAwareMeetingReader>;

export interface PageVisibility {
  isHidden(): boolean;
  onChange(listener: () => void): () => void;
}

export const documentVisibility: PageVisibility = {
  isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
  onChange(listener) {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

export interface PollerSnapshot {
  meeting?: Meeting;
  /** Item rows of the meeting that could not be read (the rest is shown). */
  unreadable?: readonly UnreadableRow[];
  /** Set when the last poll failed; the previous meeting stays on screen. */
  failing: boolean;
  lastError?: unknown;
}

export class MeetingPoller {
  private readonly store = new SnapshotStore<PollerSnapshot>({ failing: false });
  private version: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private stopped = false;
  private readonly stopVisibility: () => void;

  constructor(
    private readonly meetingId: string,
    private readonly reader: MeetingReader,
    private readonly visibility: PageVisibility,
    private readonly intervalMs = 1_000,
    /** The meeting the surface has just read (when it found it): shown at once, and the first poll waits one interval. */
    initial?: ReadMeeting,
  ) {
    this.stopVisibility = visibility.onChange(() => {
      if (visibility.isHidden()) this.clearTimer();
      else void this.poll();
    });
    if (initial?.value.id === meetingId) {
      this.version = initial.version;
      this.store.publish({ meeting: initial.value, ...(initial.unreadable ? { unreadable: initial.unreadable } : {}), failing: false });
      if (!visibility.isHidden()) this.timer = setTimeout(() => void this.poll(), intervalMs);
    } else void this.poll();
  }

  getSnapshot = (): PollerSnapshot => this.store.getSnapshot();

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.stopVisibility();
    this.store.close();
  }

  private async poll(): Promise<void> {
    if (this.stopped || this.inFlight) return;
    this.clearTimer();
    this.inFlight = true;
    try {
      const result =
        this.version !== undefined && this.reader.getMeetingIfChanged
          ? await this.reader.getMeetingIfChanged(this.meetingId, this.version, this.getSnapshot().meeting)
          : await this.reader.getMeeting(this.meetingId);
      if (result !== 'unchanged' && result !== undefined && result.version !== this.version) {
        this.version = result.version;
        this.store.publish({ meeting: result.value, ...(result.unreadable ? { unreadable: result.unreadable } : {}), failing: false });
      } else if (this.getSnapshot().failing) {
        this.store.publish({ ...this.getSnapshot(), failing: false, lastError: undefined });
      }
    } catch (error) {
      this.store.publish({ ...this.getSnapshot(), failing: true, lastError: error });
    } finally {
      this.inFlight = false;
    }
    if (!this.stopped && !this.visibility.isHidden()) {
      this.timer = setTimeout(() => void this.poll(), this.intervalMs);
    }
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
