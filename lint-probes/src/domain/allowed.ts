// Right: the domain imports zod (its mini API) and itself.
import * as z from 'zod/mini';
import { DomainError } from './errors';

export const probe = [z, DomainError];
