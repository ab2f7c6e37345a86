import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../domain/ports';
import { DomainError } from '../../domain/errors';
import { GraphRequestError, normaliseGraphError } from '../../graph/graphError';
import { AuthError } from '../../auth/tokenProvider';
import { commonMessages, type CommonKey } from './messages';
import { describeError } from './describeError';
import { NotProvisionedError } from '../../graph/listsGateway';
import type { Translate } from './i18n';

const t: Translate<CommonKey> = (key, values) =>
  commonMessages.nb[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values?.[name] ?? ''));

describe('describeError', () => {
  it('explains a conflict and promises the text is kept', () => {
    expect(describeError(new ConflictError('412'), t)).toEqual({ kind: 'conflict', message: commonMessages.nb['error.conflict'] });
    expect(describeError(new GraphRequestError(412, 'preconditionFailed', 'r', 'etag'), t).kind).toBe('conflict');
  });

  it('maps Graph status codes to what the user can do', () => {
    expect(describeError(new GraphRequestError(0, 'offline', undefined, ''), t).kind).toBe('network');
    expect(describeError(new GraphRequestError(401, 'InvalidAuthenticationToken', 'r', 'expired'), t).kind).toBe('unauthorized');
    expect(describeError(new GraphRequestError(403, 'accessDenied', 'r', ''), t).message).toMatch(/tilgang/);
    expect(describeError(new GraphRequestError(429, 'TooManyRequests', 'r', '', 5), t).kind).toBe('throttled');
    expect(describeError(new GraphRequestError(404, 'itemNotFound', 'r', ''), t).kind).toBe('notFound');
  });

  it('says the site needs setting up when the lists are missing', () => {
    const described = describeError(new NotProvisionedError('MotebokCommittees'), t);
    expect(described.kind).toBe('notProvisioned');
    expect(described.message).toMatch(/Klargjør SharePoint-området/);
  });

  it('shows a sign-in failure from a Graph call (restored by the gateway) with the sign-in message', () => {
    const wrappedByClient = Object.assign(new Error(new AuthError('interactionRequired').message), { statusCode: -1, code: 'AuthError' });
    expect(describeError(normaliseGraphError(wrappedByClient), t)).toEqual({ kind: 'unauthorized', message: new AuthError('interactionRequired').message });
  });

  it('does not guess a sign-in problem from any other error the Graph client made in its middleware', () => {
    const otherMiddlewareFailure = Object.assign(new Error('Invalid URL'), { statusCode: -1, code: 'TypeError' });
    expect(describeError(otherMiddlewareFailure, t)).toEqual({ kind: 'unknown', message: 'Uventet feil: Invalid URL' });
  });

  it('shows a rule violation as the rule wrote it', () => {
    expect(describeError(new DomainError('emptyTitle', 'Saken må ha en tittel.'), t)).toEqual({ kind: 'rule', message: 'Saken må ha en tittel.' });
  });

  it('treats a failed fetch as a lost network and anything else as an unexpected error with its detail', () => {
    expect(describeError(new TypeError('Failed to fetch'), t).kind).toBe('network');
    expect(describeError(new Error('boom'), t)).toEqual({ kind: 'unknown', message: 'Uventet feil: boom' });
  });
});
