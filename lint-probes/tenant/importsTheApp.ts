// Wrong: the local tenant imitates Graph on its own; of the app it may use only the domain.
import { sendNotice } from '../src/graph'; // ✗ boundaries/dependencies
import { renderInnkallingDocx } from '../src/documents'; // ✗ boundaries/dependencies
import { surfaceForFrameContext } from '../src/hosts/teams/routing'; // ✗ boundaries/dependencies
import { SCOPES } from '../src/auth/scopes'; // ✗ boundaries/dependencies
import type { Services } from '../src/ui/shared/services'; // ✗ boundaries/dependencies

export type Probe = Services;
export const probe = [sendNotice, renderInnkallingDocx, surfaceForFrameContext, SCOPES];
