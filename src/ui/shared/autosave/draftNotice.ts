import type { Meeting } from '../../../domain/model';
import type { UnreadableDraft } from './draftStore';
import type { DraftNotice } from './meetingAutosave';
import { MEETING_DRAFT_KEY } from './meetingDrafts';

/** The sentence the user is told about a draft that could not be read, naming its sak and field (loaded only then):
 * "Utkastet for sak 2026.03 «Budsjett» på denne maskinen kunne ikke leses: feltet 'patch' har ukjente felt: voteCount. …" */
export function draftNotice(draft: UnreadableDraft, meeting: Meeting): DraftNotice {
  const item = meeting.items.find((candidate) => candidate.id === draft.key);
  const part =
    draft.key === MEETING_DRAFT_KEY
      ? 'møtet'
      : item
        ? ['sak', item.caseNumber, item.title.trim() ? `«${item.title.trim()}»` : undefined].filter(Boolean).join(' ')
        : 'en sak som ikke er i møtet nå';
  return {
    key: draft.key,
    message:
      `Utkastet for ${part} på denne maskinen kunne ikke leses: ${draft.problem}. Det er lagret urørt, ` +
      `slik at en nyere versjon av Møtebok kan lese det, men endrer du ${part} her, erstatter endringen det.`,
  };
}

