// Right: config imports zod (its mini API) and itself.
import * as z from 'zod/mini';
import { LOCAL_TENANT } from './appConfig';

export const probe = [z, LOCAL_TENANT];
