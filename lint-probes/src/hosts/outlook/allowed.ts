// Right: office.js (a global), the domain and the host-neutral HostContext.
import { DomainError } from '../../domain/errors';
import { parseHostTheme } from '../hostContext';
import { officeCall } from './appointment';

export const probe = [Office.context, DomainError, parseHostTheme, officeCall];
