// Right: Graph imports the Graph client, valibot, the domain, documents, auth and config.
import { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import * as v from 'valibot';
import { DomainError } from '../domain/errors';
import { renderInnkallingDocx } from '../documents';
import { SCOPES } from '../auth/scopes';
import { LOCAL_TENANT } from '../config/appConfig';

export type Probe = Event;
export const probe = [Client, v, DomainError, renderInnkallingDocx, SCOPES, LOCAL_TENANT];
