// Right: Graph imports the Graph client, zod, the domain, documents, auth and config.
import { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import * as z from 'zod/mini';
import { DomainError } from '../domain/errors';
import { renderInnkallingDocx } from '../documents';
import { SCOPES } from '../auth/scopes';
import { LOCAL_TENANT } from '../config/appConfig';

export type Probe = Event;
export const probe = [Client, z, DomainError, renderInnkallingDocx, SCOPES, LOCAL_TENANT];
