// Wrong: the Teams host knows teams-js, the domain and the host-neutral HostContext; nothing else.
import { useState } from 'react'; // ✗ boundaries/dependencies
import { sendNotice } from '../../graph'; // ✗ boundaries/dependencies
import { SCOPES } from '../../auth/scopes'; // ✗ boundaries/dependencies
import { renderAgendaHtml } from '../../documents'; // ✗ boundaries/dependencies
import { startTenant } from '../../../tenant/server'; // ✗ boundaries/dependencies
import { officeCall } from '../outlook/appointment'; // ✗ boundaries/dependencies
import type { Services } from '../../ui/shared/services'; // ✗ boundaries/dependencies

export type Probe = Services;
export type ProbeToo = import('../../ui/shared/services').Services; // ✗ boundaries/dependencies
export const probe = [useState, sendNotice, SCOPES, renderAgendaHtml, startTenant, officeCall];
