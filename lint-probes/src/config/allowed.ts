// Right: config imports valibot and itself.
import * as v from 'valibot';
import { LOCAL_TENANT } from './appConfig';

export const probe = [v, LOCAL_TENANT];
