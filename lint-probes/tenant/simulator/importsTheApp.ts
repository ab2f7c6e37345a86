// Wrong: a simulator uses only the host protocols; the rest of the hosts and the app stay out.
import { surfaceForFrameContext } from '../../src/hosts/teams/routing'; // ✗ boundaries/dependencies
import { createFakeMailbox } from '../../src/hosts/outlook/testing/fakeMailbox'; // ✗ boundaries/dependencies
import type { Services } from '../../src/ui/shared/services'; // ✗ boundaries/dependencies

export type Probe = Services;
export const probe = [surfaceForFrameContext, createFakeMailbox];
