// @vitest-environment jsdom
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { CaseNumberSchema, type AgendaItem, type Meeting } from '../../domain/model';
import { storedEditor } from './testing/storedEditor';
import { CaseMemoPanel } from './CaseMemoPanel';
import { renderWithServices } from './testing/renderWithServices';
import { docxParagraphs } from '../../documents/testing/docxText';

const committee = aCommittee();
const exempt = { exempt: { basis: 'offl. § 13', publicTitle: 'Personalsak' } };
const sak = (overrides: Parameters<typeof anItem>[1] = {}) => anItem('p', { caseNumber: v.parse(CaseNumberSchema, '2026.01'), title: 'Oppsigelse av Hansen', ...overrides });

async function renderPanel(meeting: Meeting) {
  const { repository, editor } = await storedEditor(committee, meeting);
  const item = meeting.items[0];
  if (!item) throw new Error('no sak');
  renderWithServices(<CaseMemoPanel committee={committee} meeting={meeting} item={item} editor={editor} />, repository);
  return { repository, editor };
}

beforeEach(() => vi.spyOn(window, 'open').mockReturnValue(null));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('«Lag saksframlegg»', () => {
  it('stores the saksframlegg of an exempt sak through the repository’s own path (its closed folder), never as a plain document of the meeting folder', async () => {
    const { repository, editor } = await renderPanel(aMeeting({ items: [sak({ confidentiality: exempt })] }));
    fireEvent.click(screen.getByRole('button', { name: 'Lag saksframlegg' }));
    await waitFor(() => expect(editor.getState().meeting.items[0]?.caseMemo).toBeDefined());
    expect(repository.calls.uploadDocument).toBe(0);
    expect(repository.calls.storeCaseMemo).toBe(1);
    expect(decodeURIComponent(editor.getState().meeting.items[0]?.caseMemo?.webUrl ?? '')).toContain('/Unntatt offentlighet/');
  });

  it('says in the saksframlegg of an exempt sak, before its saksutredning, that it is unntatt offentlighet and by which hjemmel; one of an open sak says nothing of it', async () => {
    const background = [{ type: 'paragraph' as const, content: [{ text: 'Hansen har fått advarsel to ganger.' }] }];
    const stored = async (confidentiality: AgendaItem['confidentiality']) => {
      const { repository, editor } = await renderPanel(aMeeting({ items: [sak({ background, ...(confidentiality ? { confidentiality } : {}) })] }));
      fireEvent.click(screen.getByRole('button', { name: 'Lag saksframlegg' }));
      await waitFor(() => expect(editor.getState().meeting.items[0]?.caseMemo).toBeDefined());
      const [file] = [...repository.files.values()];
      cleanup();
      return (await docxParagraphs(file?.bytes ?? new Uint8Array())).join('\n');
    };
    expect(await stored(exempt)).toMatch(/Oppsigelse av Hansen\n[^\n]*\nUnntatt offentlighet, offl\. § 13\nHansen har fått advarsel/);
    expect(await stored({ caseMemo: { basis: 'offl. § 14' } })).toMatch(/Saksframlegget er unntatt offentlighet, offl\. § 14\nHansen har fått advarsel/);
    expect(await stored(undefined)).not.toMatch(/nntatt offentlighet/);
  });

  it('replaces the stored saksframlegg when made again: the same file, no second copy', async () => {
    const meeting = aMeeting({ items: [sak({ caseMemo: { fileName: '2026.01 Saksgrunnlag Oppsigelse av Hansen.docx', driveItemId: 'memo-1' } })] });
    const { repository, editor } = await renderPanel(meeting);
    repository.addDocument('memo-1', new Uint8Array([1]));
    fireEvent.click(screen.getByRole('button', { name: 'Lag saksframlegget på nytt' }));
    await waitFor(() => expect(editor.getState().meeting.items[0]?.caseMemo?.size).toBeGreaterThan(1));
    expect(editor.getState().meeting.items[0]?.caseMemo?.driveItemId).toBe('memo-1');
    expect([...repository.files.keys()]).toEqual(['memo-1']);
  });
});
