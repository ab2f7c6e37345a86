import type { Meeting } from '../../domain/model';
import type { LiveChannel } from '../../hosts/liveChannel';
import { liveStageState } from './liveStage';

/**
 * The referent's side of the live channel: sends the live state (`liveStage.ts`) whenever what the
 * stage shows changes — a keystroke in the konklusjon, another current sak, an outcome. Sent at
 * most every `intervalMs` while typing (the last change always goes), so the stage follows within
 * a fraction of a second, well inside the 2 s the stage promises, at no Graph cost.
 */
export class LiveStagePublisher {
  private last: string | undefined;
  private pending: Meeting | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private readonly stopConnection: () => void;

  constructor(
    private readonly channel: LiveChannel,
    private readonly intervalMs = 150,
    private readonly now: () => number = Date.now,
  ) {
    // A channel back after a drop may have missed sends: send the latest again.
    this.stopConnection = channel.onConnection((state) => {
      if (state === 'connected' && this.last !== undefined) channel.publish(JSON.parse(this.last));
    });
  }

  update(meeting: Meeting): void {
    this.pending = meeting;
    if (this.timer) return;
    const wait = this.lastSentAt + this.intervalMs - this.now();
    if (wait <= 0) this.send();
    else this.timer = setTimeout(() => this.send(), wait);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.stopConnection();
  }

  private send(): void {
    this.timer = undefined;
    const meeting = this.pending;
    this.pending = undefined;
    if (!meeting) return;
    const state = liveStageState(meeting);
    const serialised = JSON.stringify(state);
    if (serialised === this.last) return;
    this.last = serialised;
    this.lastSentAt = this.now();
    this.channel.publish(state);
  }
}
