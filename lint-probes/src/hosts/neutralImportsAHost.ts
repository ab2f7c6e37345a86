// Wrong: the host-neutral files of src/hosts sit above both hosts and use no host SDK.
import { app } from '@microsoft/teams-js'; // ✗ boundaries/dependencies
import { surfaceForFrameContext } from './teams/routing'; // ✗ boundaries/dependencies
import { officeCall } from './outlook/appointment'; // ✗ boundaries/dependencies

export const probe = [app, surfaceForFrameContext, officeCall];
