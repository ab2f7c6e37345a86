// Right: config imports zod and itself.
import { z } from 'zod';
import { LOCAL_TENANT } from './appConfig';

export const probe = [z, LOCAL_TENANT];
