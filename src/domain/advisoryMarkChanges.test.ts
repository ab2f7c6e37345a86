import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { advisoryMarkChanges } from './advisoryMarkChanges';
import { ConventionsSchema } from './conventions';
import { AgendaItemSchema, type AgendaItem } from './model';

const kommunestyret = { name: 'Kommunestyret', languageForm: 'nb' as const, conventions: v.parse(ConventionsSchema, {}) };
const sak = (id: string, caseRoute: unknown, caseNumber: string | null = 'PS 14/26'): AgendaItem =>
  v.parse(AgendaItemSchema, { id, caseNumber, kinds: [], title: 'Budsjett 2027', summary: [], proposedConclusion: [], presenters: [], attachments: [], caseRoute });

describe('the saksgang marks the workspace changed since the last send', () => {
  it('names the sak, the råd now marked as one that gives uttalelser, and the proposal heading the innkalling had and has now', () => {
    const sent = [sak('a', [{ body: 'Formannskapet' }, { body: 'Eldrerådet' }, { body: 'Kommunestyret' }])];
    const now = [sak('a', [{ body: 'Formannskapet' }, { body: 'Eldrerådet', advisory: true }, { body: 'Kommunestyret' }])];
    expect(advisoryMarkChanges(sent, now, kommunestyret)).toEqual([
      { label: 'PS 14/26', body: 'Eldrerådet', advisory: true, before: 'Innstilling fra Eldrerådet', after: 'Innstilling fra Formannskapet' },
    ]);
  });

  it('names a mark taken back (the råd no longer set up so), in nynorsk for a nynorsk committee', () => {
    const nynorsk = { ...kommunestyret, languageForm: 'nn' as const };
    const sent = [sak('a', [{ body: 'Eldrerådet', advisory: true }, { body: 'Kommunestyret' }], '2026.03')];
    const now = [sak('a', [{ body: 'Eldrerådet' }, { body: 'Kommunestyret' }], '2026.03')];
    const [change] = advisoryMarkChanges(sent, now, nynorsk);
    expect(change).toMatchObject({ label: 'Sak 2026.03', body: 'Eldrerådet', advisory: false, after: 'Innstilling frå Eldrerådet' });
    expect(change?.before).not.toContain('Eldrerådet');
  });

  it('says nothing of the secretary’s own changes: a step typed, renamed or removed since, a new sak, or a sak without a saksgang', () => {
    const sent = [sak('a', [{ body: 'Eldrerådet' }, { body: 'Kommunestyret' }]), sak('b', [{ body: 'Ungdomsrådet' }, { body: 'Kommunestyret' }])];
    const now = [
      sak('a', [{ body: 'Eldrerådet' }, { body: 'Rådet for personer med funksjonsnedsettelse', advisory: true }, { body: 'Kommunestyret' }]),
      sak('b', [{ body: 'Kommunestyret' }]),
      sak('c', [{ body: 'Eldrerådet', advisory: true }, { body: 'Kommunestyret' }]),
      sak('d', undefined),
    ];
    expect(advisoryMarkChanges(sent, now, kommunestyret)).toEqual([]);
  });
});
