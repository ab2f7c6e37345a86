import type { Meeting } from '../../domain/model';
import type { MeetingRepository, ReadMeeting, UnreadableRow } from '../../domain/ports';

/**
 * The stage follows the referent by polling, because the app has no backend to push from and
 * Graph change notifications need a public webhook endpoint.
 *
 * Cost: one HTTP request per second per stage viewer while the stage is visible. With the
 * SharePoint repository that request is one $batch holding two list queries (the meeting row and
 * its item rows, a few kB for a 10-item agenda); the version it returns (row eTags) tells the
 * poller whether anything changed, so an unchanged meeting is not re-rendered. With the
 * repository's `getMeetingIfChanged` (used when present; it gets the meeting shown) an idle second
 * costs one $batch that reads only row ids and eTags (`$select=id,eTag`), and a change re-reads
 * only the rows whose eTag changed (a second $batch, by row id). In a
 * meeting of 30 people over 90 minutes that is ~160,000 requests, well under SharePoint's
 * per-tenant limits, and zero while the window is hidden: polling stops on `visibilitychange`.
 * Referent save (300 ms after a pause, at least every second while typing; see MeetingSession)
 * plus one poll interval keeps the stage within 2 s.
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
  private snapshot: PollerSnapshot = { failing: false };
  private version: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private stopped = false;
  private readonly listeners = new Set<() => void>();
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
      this.snapshot = { meeting: initial.value, ...(initial.unreadable ? { unreadable: initial.unreadable } : {}), failing: false };
      if (!visibility.isHidden()) this.timer = setTimeout(() => void this.poll(), intervalMs);
    } else void this.poll();
  }

  getSnapshot = (): PollerSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.stopVisibility();
    this.listeners.clear();
  }

  private async poll(): Promise<void> {
    if (this.stopped || this.inFlight) return;
    this.clearTimer();
    this.inFlight = true;
    try {
      const result =
        this.version !== undefined && this.reader.getMeetingIfChanged
          ? await this.reader.getMeetingIfChanged(this.meetingId, this.version, this.snapshot.meeting)
          : await this.reader.getMeeting(this.meetingId);
      if (result !== 'unchanged' && result !== undefined && result.version !== this.version) {
        this.version = result.version;
        this.publish({ meeting: result.value, ...(result.unreadable ? { unreadable: result.unreadable } : {}), failing: false });
      } else if (this.snapshot.failing) {
        this.publish({ ...this.snapshot, failing: false, lastError: undefined });
      }
    } catch (error) {
      this.publish({ ...this.snapshot, failing: true, lastError: error });
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

  private publish(snapshot: PollerSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
