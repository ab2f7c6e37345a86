// Wrong: screens are shipped too, so they use zod/mini, never zod's classic API (issue 14).
import * as z from 'zod'; // ✗ no-restricted-imports

export const probe = [z];
