import { describe, expect, it } from 'vitest';
import type { DocumentRef, MeetingFile } from '../domain/model';
import { aCommittee, aMeeting, anItem } from '../domain/testing/builders';
import { docxPart, docxParagraphs } from '../documents/testing/docxText';
import { storePublicVersions, type PublicFiles } from './publicVersions';

const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_styret%40thread.v2/0';

/** Files that keep what is uploaded: the .docx rendered before SharePoint converts it. */
function recordingFiles() {
  const uploads = new Map<string, Uint8Array>();
  const files: PublicFiles = {
    upload: async (_folder: string, fileName: string, content: Blob | Uint8Array): Promise<DocumentRef> => {
      uploads.set(fileName, content instanceof Uint8Array ? content : new Uint8Array(await content.arrayBuffer()));
      return { fileName, driveItemId: fileName };
    },
    downloadAsPdf: async (ref: DocumentRef) => uploads.get(ref.fileName) ?? new Uint8Array(),
    delete: async () => undefined,
    findFolder: async () => undefined,
    children: async () => [],
  };
  return { files, uploads };
}

describe('storePublicVersions', () => {
  it('leaves the Teams join link out of the public innkalling that is published', async () => {
    const file: MeetingFile = {
      committee: aCommittee(),
      meeting: aMeeting({ status: 'noticeSent', onlineMeetingJoinUrl: JOIN, items: [anItem('budget', { caseNumber: '2026.02' as never, title: 'Budsjett 2027' })] }),
    };
    const { files, uploads } = recordingFiles();
    await storePublicVersions(files, file);
    const docx = [...uploads.entries()].find(([name]) => name.endsWith('.docx'))?.[1];
    if (!docx) throw new Error('no public innkalling was rendered');
    expect((await docxParagraphs(docx)).join('\n')).toContain('Budsjett 2027');
    expect((await docxParagraphs(docx)).join('\n')).not.toContain('Bli med i møtet');
    expect(await docxPart(docx, 'word/_rels/document.xml.rels')).not.toContain('meetup-join');
  });
});
