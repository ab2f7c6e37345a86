// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as v from 'valibot';
import { ConventionsSchema } from '../../domain/conventions';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { MotebokProvider } from '../shared/MotebokProvider';
import { browserHost } from '../workspace/testing/storedEditor';
import type { CaseNumber } from '../../domain/model';
import type { RemovedText } from '../shared/autosave/meetingAutosave';
import { RemovedTextBar } from './RemovedTextBar';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const his = 'SSU får mandat til å vedta mål og strategi. Strategien legges fram for styret.';
const meeting = aMeeting({ items: [anItem('b', { caseNumber: 'PS 02/27' as CaseNumber, conclusion: ['SSU får mandat til å vedta mål og strategi. Fristen er 1. oktober.'] })] });

function renderBar(notice: Partial<RemovedText>, locale = 'nb-NO', conclusion: 'konklusjon' | 'vedtak' = 'vedtak') {
  const onDismiss = vi.fn();
  const committee = aCommittee({ languageForm: locale === 'nn-NO' ? 'nn' : 'nb', conventions: v.parse(ConventionsSchema, { conclusion }) });
  render(
    <MotebokProvider host={browserHost(locale)}>
      <RemovedTextBar
        committee={committee}
        meeting={meeting}
        told={[{ key: 'b', field: 'conclusion', removed: [his], version: 'v2', ...notice }]}
        onDismiss={onDismiss}
      />
    </MotebokProvider>,
  );
  return onDismiss;
}

describe('the notice that someone else took out what he wrote', () => {
  it('names who, the sak and the committee\'s word for the field, and shows his text in full in a read-only field', async () => {
    renderBar({ by: 'Hilde Kari Maugesten' });
    const bar = await screen.findByTestId('removed-text');
    expect(bar.textContent).toContain('Hilde Kari Maugesten har endret vedtaket i sak PS 02/27');
    const field = screen.getByRole('textbox', { name: 'Det du skrev' });
    expect((field as HTMLTextAreaElement).value).toBe(his);
    expect(field).toHaveProperty('readOnly', true);
  });

  it('says «Nokon andre» in nynorsk when the read did not name anyone, and the møtehandsaminga by its name', async () => {
    renderBar({ field: 'proceedings' }, 'nn-NO');
    expect((await screen.findByTestId('removed-text')).textContent).toContain('Nokon andre har endra møtehandsaminga i sak PS 02/27');
  });

  it('copies his text, and when the clipboard is refused selects it in the field and says how to copy it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderBar({});
    fireEvent.click(await screen.findByRole('button', { name: 'Kopier teksten' }));
    await screen.findByText('Teksten er kopiert.');
    expect(writeText).toHaveBeenCalledWith(his);
    cleanup();

    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('NotAllowedError')) } });
    renderBar({});
    fireEvent.click(await screen.findByRole('button', { name: 'Kopier teksten' }));
    await screen.findByText(/er merket i feltet/);
    const field = screen.getByRole('textbox', { name: 'Det du skrev' }) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, his.length]);
  });

  it('is dismissed by its button', async () => {
    const onDismiss = renderBar({});
    fireEvent.click(await screen.findByRole('button', { name: 'Lukk meldingen' }));
    expect(onDismiss).toHaveBeenCalledWith(expect.objectContaining({ key: 'b', field: 'conclusion' }));
  });
});
