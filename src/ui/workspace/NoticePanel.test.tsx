// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { aCommittee, aMeeting, anAttachment, anItem } from '../../domain/testing/builders';
import { CaseNumberSchema, type Committee, type Meeting } from '../../domain/model';
import { MotebokProvider } from '../shared/MotebokProvider';
import { ServicesProvider } from '../shared/ServicesContext';
import { testServices } from '../shared/testing/testServices';
import { browserHost, storedEditor } from './testing/storedEditor';
import { NoticePanel } from './NoticePanel';

const members = Array.from({ length: 9 }, (_, index) => ({ name: `Medlem ${index + 1}`, email: `medlem${index + 1}@kommune.example.no` }));

// Uploaded under the user's own names; the invite carries numbered names.
const vedlegg = [
  anAttachment('plan', { number: 1, title: 'Kompetanseplan 2027 utkast', fileName: 'Kompetanseplan 2027 utkast.pdf', driveItemId: 'd1', size: 850 * 1024 }),
  anAttachment('budsjett', { number: 2, title: 'Budsjett', fileName: 'Budsjett.xlsx', driveItemId: 'd2', size: 1.2 * 1024 * 1024 }),
  anAttachment('side', { number: 3, title: 'Nettsiden om planen', fileName: 'Nettsiden om planen', webUrl: 'https://siv.no/plan' }),
];
const meetingWithVedlegg = (): Meeting => aMeeting({ items: [anItem('a', { caseNumber: CaseNumberSchema.parse('2026.12'), attachments: vedlegg })] });

async function renderPanel(committee: Committee, meeting: Meeting) {
  const { repository, editor } = await storedEditor(committee, meeting);
  const hostContext = browserHost();
  render(
    <MotebokProvider host={hostContext}>
      <ServicesProvider services={testServices(hostContext, repository)}>
        <NoticePanel committee={committee} editor={editor} state={editor.getState()} />
      </ServicesProvider>
    </MotebokProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Send innkalling' }));
  return screen.findByRole('alertdialog');
}

afterEach(() => cleanup());

describe('the send dialog', () => {
  it('names the vedlegg as the invite carries them, with sizes in kB under a megabyte', async () => {
    const dialog = await renderPanel(aCommittee({ members }), meetingWithVedlegg());
    const list = within(dialog).getByRole('list', { name: /^Vedlegg \(3\)/ });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Vedlegg 1 - Sak 2026.12 Kompetanseplan 2027 utkast.pdf (850 kB)',
      'Vedlegg 2 - Sak 2026.12 Budsjett.xlsx (1,2 MB)',
      'Vedlegg 3 - Sak 2026.12 Nettsiden om planen (som lenke)',
    ]);
    expect(dialog.textContent).not.toContain('0,0 MB');
    expect(within(dialog).getByText('Vedlegg (3), til sammen 2,0 MB')).toBeTruthy();
  });

  it('shows that a long recipient list scrolls, and lets the keyboard reach it', async () => {
    const dialog = await renderPanel(aCommittee({ members }), meetingWithVedlegg());
    const list = within(dialog).getByRole('list', { name: 'Mottakere (9)' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(9);
    expect(list.getAttribute('tabindex')).toBe('0');
    const hint = list.getAttribute('aria-describedby');
    expect(hint && document.getElementById(hint)?.textContent).toBe('Listen ruller: bla for å se alle 9.');
  });

  it('shows a short list in full, without a scrolling frame', async () => {
    const dialog = await renderPanel(aCommittee({ members: members.slice(0, 3) }), meetingWithVedlegg());
    const list = within(dialog).getByRole('list', { name: 'Mottakere (3)' });
    expect(list.getAttribute('tabindex')).toBeNull();
    expect(dialog.textContent).not.toContain('Listen ruller');
  });
});
