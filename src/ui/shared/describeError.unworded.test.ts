import { describe, expect, it, vi } from 'vitest';
import { fieldError, fieldRuleMessage } from '../../domain/fieldRules';
import { AuthError } from '../../auth/tokenProvider';
import { StorageError } from '../../domain/ports';
import { commonMessages, type CommonKey } from './messages';
import type { Translate } from './i18n';

// The wording's chunk cannot be fetched (offline): this file's module graph never loads it.
vi.mock('./meetingFileText', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

const t: Translate<CommonKey> = (key) => commonMessages.nb[key];

describe('describeError for a field rule whose wording cannot be fetched', () => {
  it('says in the user’s language that a field cannot be saved, never the rule’s language-free line', async () => {
    const { describeError, wordingReady } = await import('./describeError');
    const error = fieldError('followUpInvalid', fieldRuleMessage({ code: 'required', field: 'followUpWhat' }), { key: 'followUpInvalid' });
    await wordingReady(error);
    const described = describeError(error, t);
    expect(described).toEqual({ kind: 'rule', message: commonMessages.nb['error.fieldRule'] });
    expect(described.message).not.toContain('followUpWhat');
  });

  it('says a failed sign-in in the user’s language by its kind, never the language-free line', async () => {
    const { describeError, wordingReady } = await import('./describeError');
    const error = new AuthError('interactionRequired', 'AADSTS50058');
    await wordingReady(error);
    expect(describeError(error, t)).toEqual({ kind: 'unauthorized', message: commonMessages.nb['error.unauthorized'] });
    expect(describeError(new AuthError('network'), t)).toEqual({ kind: 'network', message: commonMessages.nb['error.network'] });
  });

  it('says a failure of Microsoft 365 without a common sentence in the user’s language, its line only as the detail', async () => {
    const { describeError, wordingReady } = await import('./describeError');
    const error = new StorageError('unexpectedAnswer', 'unexpected answer from SharePoint to GET web/currentuser: Id: Invalid key');
    await wordingReady(error);
    expect(describeError(error, t)).toEqual({ kind: 'unknown', message: commonMessages.nb['error.service'], detail: error.message });
  });
});
