// Wrong: zod's classic API would put all of zod on every page (issue 14); src uses zod/mini.
import { z } from 'zod'; // ✗ no-restricted-imports
import type { ZodType } from 'zod/v4'; // ✗ no-restricted-imports
import { ZodObject } from 'zod/v4/classic/schemas'; // ✗ no-restricted-imports
import { z as mini } from 'zod/mini'; // ✗ no-restricted-syntax

export type Probe = ZodType;
export const probe = [z, ZodObject, mini];
