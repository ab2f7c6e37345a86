// Right: the domain imports valibot and itself.
import * as v from 'valibot';
import { DomainError } from './errors';

export const probe = [v, DomainError];
