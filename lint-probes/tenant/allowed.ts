// Right: the tenant uses Node, its own packages and the domain's shapes.
import { createServer } from 'node:https';
import { SignJWT } from 'jose';
import { MeetingFileSchema } from '../src/domain/model';
import { startTenant } from './server';

export const probe = [createServer, SignJWT, MeetingFileSchema, startTenant];
