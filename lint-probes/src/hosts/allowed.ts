// Right: the host-neutral files use the domain and each other.
import { DomainError } from '../domain/errors';
import { parseHostTheme } from './hostContext';

export const probe = [DomainError, parseHostTheme];
