import type { Committee, Meeting } from '../../../domain/model';
import { createInMemoryMeetingRepository, type InMemoryMeetingRepository } from '../../../domain/testing/inMemoryMeetingRepository';
import type { HostContext } from '../../../hosts/hostContext';
import { AgendaEditor } from '../agendaEditor';

/** A screen test's meeting: stored in the in-memory repository and open in an editor that saves at once. */
export async function storedEditor(committee: Committee, meeting: Meeting): Promise<{ repository: InMemoryMeetingRepository; editor: AgendaEditor }> {
  const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [meeting] });
  const stored = await repository.getMeeting(meeting.id);
  if (!stored) throw new Error('seed failed');
  return { repository, editor: new AgendaEditor(stored, { repository, committee, otherMeetings: [], debounceMs: 0 }) };
}

/** The workspace in a plain browser tab, in `locale`. */
export const browserHost = (locale = 'nb-NO'): HostContext => ({ host: 'browser', frameContext: 'content', locale, theme: 'default', onThemeChange: () => () => undefined });
