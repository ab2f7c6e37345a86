import * as z from 'zod/mini';
// The English locale's own file, so no other language comes with it.
import en from 'zod/v4/locales/en.js';

/**
 * zod's English wording for issues whose schema gives no message of its own ("Invalid input:
 * expected string, received number"). zod's classic API sets it the moment it is imported; zod/mini
 * sets none, so every such issue would read "Invalid input". Set once, for the whole page, by the
 * modules whose errors show zod's wording: the model (`model.ts`) and the Graph side's parsing of
 * answers (`graph/graphCall.ts`, which `batch.ts` and `pages.ts` use, and `sharePointRest.ts`: "Uventet svar fra
 * Microsoft Graph: …").
 * Meeting files are parsed with Norwegian wording of their own (meetingFile.ts), which wins over this;
 * stored rows are described as data (unreadableRows.ts), worded by the screens.
 */
z.config(en());
