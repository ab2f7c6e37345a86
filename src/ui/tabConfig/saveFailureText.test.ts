import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../shared/i18n';
import { tabSaveFailureText } from './saveFailureText';

afterEach(() => setLanguage('nb'));

describe("why Teams' Save did not add the tab", () => {
  it('is worded in the language on screen', async () => {
    expect(tabSaveFailureText({ kind: 'noCommittee' })).toBe('Velg et møteorgan først.');
    await setLanguage('nn');
    expect(tabSaveFailureText({ kind: 'noCommittee' })).toBe('Vel eit møteorgan først.');
    await setLanguage('en');
    expect(tabSaveFailureText({ kind: 'notSaved', detail: 'Invalid contentUrl' })).toBe('Teams could not save the tab (Invalid contentUrl). Try again.');
  });
});
