/**
 * A real-time channel shared by everyone in one meeting. Inside Teams it is Live Share (Fluid,
 * hosted by Teams: no Graph requests, no cost to the tenant's SharePoint budget); the local tenant's
 * meeting simulator answers the same Live Share host calls against a local Fluid service
 * (tinylicious). Host-neutral, so screens and the live-meeting engine never see the SDK: the values
 * are plain JSON and whoever reads them parses them (they come from other clients).
 */
export type LiveConnection = 'connected' | 'disconnected';

export interface LiveChannel {
  /** The latest value anyone in the meeting published, or undefined before the first. */
  current(): unknown;
  /** Sends `value` to everyone in the meeting (and keeps it as `current()` for late joiners). */
  publish(value: unknown): void;
  /** Called with every value another client (or this one) publishes. */
  onValue(listener: (value: unknown) => void): () => void;
  /** Called when the connection to the live service drops or comes back. */
  onConnection(listener: (state: LiveConnection) => void): () => void;
  close(): void;
}

/** Joins the meeting's live channel; loads the SDK on first use. Rejects when there is none. */
export type OpenLiveChannel = () => Promise<LiveChannel>;
