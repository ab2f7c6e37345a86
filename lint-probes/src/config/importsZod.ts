// Wrong: src validates with valibot; zod, even its mini API, would come back on every page (issue 14).
import * as z from 'zod/mini'; // ✗ no-restricted-imports

export const probe = [z];
