import type { LiveChannel, LiveConnection } from '../../../hosts/liveChannel';

/**
 * A meeting's live channel in memory, for the engine's unit tests: every channel joined from one
 * hub sees what any of them publishes (as Live Share's LiveState does), late joiners get the latest
 * value, and a test can drop and restore a channel's connection.
 */
export interface MemoryLiveHub {
  join(): Promise<MemoryLiveChannel>;
  /** Something other than Møtebok's referent publishing (another app, an old client). */
  publishRaw(value: unknown): void;
  readonly channels: readonly MemoryLiveChannel[];
}

export interface MemoryLiveChannel extends LiveChannel {
  setConnection(state: LiveConnection): void;
  readonly closed: boolean;
}

export function memoryLiveHub(): MemoryLiveHub {
  let latest: unknown;
  const channels: (MemoryLiveChannel & { deliver(value: unknown): void })[] = [];
  const deliver = (value: unknown) => {
    latest = value;
    for (const channel of channels) if (!channel.closed) channel.deliver(value);
  };
  function create(): MemoryLiveChannel & { deliver(value: unknown): void } {
    const values = new Set<(value: unknown) => void>();
    const connections = new Set<(state: LiveConnection) => void>();
    let closed = false;
    return {
      current: () => latest,
      publish: (value) => deliver(structuredClone(value)),
      onValue(listener) {
        values.add(listener);
        return () => values.delete(listener);
      },
      onConnection(listener) {
        connections.add(listener);
        return () => connections.delete(listener);
      },
      close() {
        closed = true;
      },
      get closed() {
        return closed;
      },
      setConnection: (state) => connections.forEach((listener) => listener(state)),
      deliver: (value) => values.forEach((listener) => listener(value)),
    };
  }
  return {
    async join() {
      const channel = create();
      channels.push(channel);
      return channel;
    },
    publishRaw: deliver,
    channels,
  } as MemoryLiveHub;
}
