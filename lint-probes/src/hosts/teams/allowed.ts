// Right: teams-js, the domain and the host-neutral HostContext.
import { app } from '@microsoft/teams-js';
import { DomainError } from '../../domain/errors';
import { parseHostTheme } from '../hostContext';
import { surfaceForFrameContext } from './routing';

export const probe = [app, DomainError, parseHostTheme, surfaceForFrameContext];
