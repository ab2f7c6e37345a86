// @vitest-environment jsdom
import * as v from 'valibot';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { CaseNumberSchema } from '../../domain/model';
import { docxParagraphs } from '../../documents/testing/docxText';
import { storedEditor } from './testing/storedEditor';
import { NoticePanel } from './NoticePanel';
import { renderWithServices } from './testing/renderWithServices';

const downloads = vi.hoisted(() => [] as Blob[]);
vi.mock('./downloadFile', async (original) => ({ ...(await original<typeof import('./downloadFile')>()), downloadFile: (blob: Blob) => downloads.push(blob) }));

afterEach(() => {
  cleanup();
  downloads.length = 0;
});

describe('«Last ned innkallingen»', () => {
  it('gives the secretariat the full innkalling with each exempt sak marked «Unntatt offentlighet, <hjemmel>», as the preview shows it', async () => {
    const committee = aCommittee();
    const sak = anItem('p', {
      caseNumber: v.parse(CaseNumberSchema, '2026.03'),
      title: 'Forhandlinger om leie av lokaler',
      summary: [{ type: 'paragraph', content: [{ text: 'Utleiers pris er for høy.' }] }],
      confidentiality: { exempt: { basis: 'offl. § 23 første ledd', publicTitle: 'Sak om leie' } },
    });
    const { repository, editor } = await storedEditor(committee, aMeeting({ items: [sak] }));
    renderWithServices(<NoticePanel committee={committee} editor={editor} state={editor.getState()} />, repository);
    fireEvent.click(await screen.findByRole('button', { name: 'Last ned innkallingen (.docx)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = (await docxParagraphs(new Uint8Array(await downloads[0]!.arrayBuffer()))).join('\n');
    // The full text, for the secretariat, and the line that says it may not go further.
    expect(text).toMatch(/Forhandlinger om leie av lokaler\nUnntatt offentlighet, offl\. § 23 første ledd\nUtleiers pris er for høy\./);
  });
});
