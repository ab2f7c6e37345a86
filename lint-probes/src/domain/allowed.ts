// Right: the domain imports zod and itself.
import { z } from 'zod';
import { DomainError } from './errors';

export const probe = [z, DomainError];
