// The Outlook pane in a plain page for the browser test: a fake mailbox installed as the Office
// global before the app starts, the 2026 seed in an in-memory repository, and the real providers
// and components. Options come from the query string:
// ?mode=compose|read&access=ok|forbidden&theme=dark&locale=nn-NO|xx-LS
import { createRoot } from 'react-dom/client';
import { createFakeMailbox, type FakeMailboxState } from '../src/hosts/outlook/testing/fakeMailbox';
import { initializeOutlookHost } from '../src/hosts/outlook/initializeOutlookHost';
import { MotebokProvider } from '../src/ui/shared/MotebokProvider';
import { OutlookApp } from '../src/ui/outlook/OutlookApp';
import { composeBlock, planAttachments } from '../src/ui/outlook/insertAgenda';
import { createInMemoryMeetingRepository } from '../src/domain/testing/inMemoryMeetingRepository';
import { loadSeed } from '../src/ui/outlook/testing/loadSeed';
import { withStoredDocuments } from '../src/ui/outlook/testing/seed2026';

declare global {
  interface Window {
    __fakeMailbox?: FakeMailboxState;
  }
}

const params = new URLSearchParams(window.location.search);
const mode = params.get('mode') === 'read' ? 'read' : 'compose';
const appUrl = window.location.origin + '/';
const file = withStoredDocuments(loadSeed('pm-2026.json'));
const invite = `<html><body><p>Vel møtt!</p>${composeBlock(file, planAttachments(file.committee, file.meeting, true), appUrl)}</body></html>`;

const fake = createFakeMailbox({
  mode,
  displayLanguage: params.get('locale') ?? 'nb-NO',
  bodyBackgroundColor: params.get('theme') === 'dark' ? '#1f1f1f' : '#ffffff',
  bodyHtml: mode === 'read' ? invite : '<html><body><p>Vel møtt! Hilsen sekretariatet</p></body></html>',
  attachments: mode === 'read' ? [{ id: 'a1', name: 'Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet.pdf', size: 2048, attachmentType: 'file', isInline: false }] : [],
});
Reflect.set(window, 'Office', fake.office);
window.__fakeMailbox = fake.state;

const repository = createInMemoryMeetingRepository({ committees: [file.committee], meetings: [file.meeting] });
repository.access = params.get('access') === 'forbidden' ? 'forbidden' : 'ok';
for (const item of file.meeting.items) {
  for (const attachment of item.attachments) {
    if (attachment.driveItemId) repository.addDocument(attachment.driveItemId, new TextEncoder().encode(`%PDF-1.4 ${attachment.title}`));
  }
}

const outlook = await initializeOutlookHost({ timeoutMs: 5000 });
const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <MotebokProvider host={outlook.hostContext}>
    <OutlookApp outlook={outlook} repository={repository} appUrl={appUrl} />
  </MotebokProvider>,
);
