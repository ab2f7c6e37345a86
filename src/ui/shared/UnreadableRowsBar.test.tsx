// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import type { UnreadableRow } from '../../domain/ports';
import type { HostContext } from '../../hosts/hostContext';
import type { DraftNotice } from './autosave/meetingAutosave';
import { setLanguage, type AppLanguage } from './i18n';
import { MotebokProvider } from './MotebokProvider';
import { UnreadableRowsBar } from './UnreadableRowsBar';
import { unreadableMessages } from './unreadableMessages';

afterEach(async () => {
  cleanup();
  await setLanguage('nb');
});

const itemRow: UnreadableRow = {
  label: { kind: 'item', caseNumber: '2026.03', title: 'Budsjett', meetingDate: '2026-06-11T00:00:00Z' },
  rowId: '31',
  problem: { code: 'wrongType', field: 'plannedMinutes', expected: 'number' },
};
const committeeRow: UnreadableRow = { label: { kind: 'committee' }, rowId: '2', problem: { code: 'notJson', field: 'MotebokJson' } };
const draft: DraftNotice = { key: 'sak-1', part: { kind: 'item', caseNumber: '2026.03', title: 'Budsjett' }, problem: { code: 'unknownFields', field: 'patch', fields: ['voteCount'] } };

/** The bar as a screen in `language` shows it: each row's and each draft's sentence. */
async function sentences(language: AppLanguage, locale: string): Promise<(string | null)[]> {
  await setLanguage(language);
  const host: HostContext = { host: 'teams', frameContext: 'content', locale, theme: 'default', onThemeChange: () => () => undefined };
  await act(async () => {
    render(
      <MotebokProvider host={host}>
        <UnreadableRowsBar rows={[itemRow, committeeRow]} drafts={[draft]} />
      </MotebokProvider>,
    );
  });
  return within(await screen.findByTestId('unreadable-rows'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('the rows and drafts that could not be read, in the user language (ui/shared/unreadableText.ts)', () => {
  it('names them in bokmål', async () => {
    expect(await sentences('nb', 'nb-NO')).toEqual([
      "Sak 2026.03 «Budsjett» i møtet 11.06.2026 kunne ikke leses: feltet 'plannedMinutes' skal være et tall. (rad-ID 31)",
      "Møteorganet i rad 2 kunne ikke leses: feltet 'MotebokJson' er ikke gyldig JSON. (rad-ID 2)",
      "Utkastet for sak 2026.03 «Budsjett» på denne maskinen kunne ikke leses: feltet 'patch' har ukjente felt: voteCount. Det er lagret urørt, slik at en nyere versjon av Møtebok kan lese det, og endrer du sak 2026.03 «Budsjett» her, legges det til side. Det blir liggende til du forkaster det.",
    ]);
  });

  it('names them in nynorsk', async () => {
    const [item, committee, kept] = await sentences('nn', 'nn-NO');
    expect(item).toBe("Sak 2026.03 «Budsjett» i møtet 11.06.2026 kunne ikkje lesast: feltet 'plannedMinutes' skal vere eit tal. (rad-ID 31)");
    expect(committee).toBe("Møteorganet i rad 2 kunne ikkje lesast: feltet 'MotebokJson' er ikkje gyldig JSON. (rad-ID 2)");
    expect(kept).toMatch(/^Utkastet for sak 2026\.03 «Budsjett» på denne maskina kunne ikkje lesast: feltet 'patch' har ukjende felt: voteCount\./);
  });

  it('names them in English', async () => {
    const [item, committee, kept] = await sentences('en', 'en-GB');
    expect(item).toBe("Item 2026.03 “Budsjett” in the meeting 11.06.2026 could not be read: the field 'plannedMinutes' should be a number. (row ID 31)");
    expect(committee).toBe("The committee in row 2 could not be read: the field 'MotebokJson' is not valid JSON. (row ID 2)");
    expect(kept).toMatch(/^The draft for item 2026\.03 “Budsjett” on this computer could not be read: the field 'patch' has unknown fields: voteCount\./);
  });

  it('has the same keys, none empty, in bokmål, nynorsk and English (its own namespace, loaded with the bar)', () => {
    const keys = Object.keys(unreadableMessages.nb).sort();
    expect(Object.keys(unreadableMessages.nn).sort()).toEqual(keys);
    expect(Object.keys(unreadableMessages.en).sort()).toEqual(keys);
    for (const language of [unreadableMessages.nb, unreadableMessages.nn, unreadableMessages.en]) expect(Object.values(language).filter((text) => text.trim() === '')).toEqual([]);
  });
});
