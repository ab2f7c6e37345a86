// What Teams keeps for Live Share on its side, per meeting: which Fluid container belongs to the
// meeting (the first client to create one wins; the rest are told to use it) and each client's
// meeting roles. The meeting simulator asks for these over /_tenant/live/… when the app calls
// teams-js' LiveShareHost (interactive.getFluidContainerId, setFluidContainerId,
// registerClientId, getClientRoles, getClientInfo). Shapes follow teams-js 2.58
// (public/liveShareHost: IFluidContainerInfo, IClientInfo, ContainerState).

export type ContainerState = 'Added' | 'AlreadyExists' | 'Conflict' | 'NotFound';

export interface FluidContainerInfo {
  containerState: ContainerState;
  containerId: string | undefined;
  shouldCreate: boolean;
  retryAfter: number;
}

export interface LiveClientInfo {
  userId: string;
  roles: string[];
  displayName?: string;
}

export class LiveShareRegistry {
  private readonly containers = new Map<string, string>();
  private readonly clients = new Map<string, LiveClientInfo>();

  /** The meeting's container, or "create one" when there is none yet. */
  containerOf(meetingKey: string): FluidContainerInfo {
    const containerId = this.containers.get(meetingKey);
    return containerId
      ? { containerState: 'AlreadyExists', containerId, shouldCreate: false, retryAfter: 0 }
      : { containerState: 'NotFound', containerId: undefined, shouldCreate: true, retryAfter: 0 };
  }

  /** Records the container a client created; a client that lost the race gets the winner's. */
  setContainer(meetingKey: string, containerId: string): FluidContainerInfo {
    const existing = this.containers.get(meetingKey);
    if (existing) return { containerState: 'AlreadyExists', containerId: existing, shouldCreate: false, retryAfter: 0 };
    this.containers.set(meetingKey, containerId);
    return { containerState: 'Added', containerId, shouldCreate: false, retryAfter: 0 };
  }

  registerClient(clientId: string, info: LiveClientInfo): string[] {
    this.clients.set(clientId, info);
    return info.roles;
  }

  clientInfo(clientId: string): LiveClientInfo | undefined {
    return this.clients.get(clientId);
  }

  /** The tenant's data is reset: so is every meeting's container. */
  clear(): void {
    this.containers.clear();
    this.clients.clear();
  }
}
