// Right: teams-js, Live Share (the meeting's live channel), the domain and the host-neutral HostContext.
import { app } from '@microsoft/teams-js';
import { LiveState } from '@microsoft/live-share';
import { DomainError } from '../../domain/errors';
import { parseHostTheme } from '../hostContext';
import { surfaceForFrameContext } from './routing';

export const probe = [app, LiveState, DomainError, parseHostTheme, surfaceForFrameContext];
