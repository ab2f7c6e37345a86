// Wrong: the Outlook host never imports the Teams host or teams-js, and localStorage stays banned here.
import { surfaceForFrameContext } from '../teams/routing'; // ✗ boundaries/dependencies
import { app } from '@microsoft/teams-js'; // ✗ boundaries/dependencies

export const probe = [surfaceForFrameContext, app];
localStorage.setItem('probe', 'x'); // ✗ no-restricted-globals
