import type { Meeting } from '../../../domain/model';
import { describeIssue, ROW_PARSE_OPTIONS } from '../../../domain/unreadableRows';
import type { DraftNotice } from './meetingAutosave';
import { DraftSchema, MEETING_DRAFT_KEY } from './meetingDrafts';

// Loaded only when a stored draft cannot be read (meetingAutosave.ts `restoreDrafts`): this wording,
// and the Norwegian wording of schema problems it draws on, stay out of the pages' start-up (issue 14).

/** Why a stored row is not a draft: its key ('' when it has none) and the first problem, naming the field. */
export function draftProblem(row: unknown): { key: string; problem: string } {
  const key = typeof row === 'object' && row !== null && 'key' in row && typeof row.key === 'string' ? row.key : '';
  const parsed = DraftSchema().safeParse(row, ROW_PARSE_OPTIONS);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return { key, problem: issue ? describeIssue(issue) : 'dataene kan ikke leses' };
}

/**
 * What the user is told about the stored drafts that could not be read, one per part (the same draft
 * is often both in IndexedDB and in the journal): "Utkastet for sak 2026.03 «Budsjett» på denne
 * maskinen kunne ikke leses: feltet 'patch' har ukjente felt: voteCount. …"
 */
export function draftNotices(rows: readonly unknown[], meeting: Meeting): DraftNotice[] {
  const byKey = new Map(rows.map(draftProblem).map((read) => [read.key, read]));
  return [...byKey.values()].map(({ key, problem }) => {
    const item = meeting.items.find((candidate) => candidate.id === key);
    const part =
      key === MEETING_DRAFT_KEY
        ? 'møtet'
        : item
          ? ['sak', item.caseNumber, item.title.trim() ? `«${item.title.trim()}»` : undefined].filter(Boolean).join(' ')
          : 'en sak som ikke er i møtet nå';
    return {
      key,
      message:
        `Utkastet for ${part} på denne maskinen kunne ikke leses: ${problem}. Det er lagret urørt, ` +
        `slik at en nyere versjon av Møtebok kan lese det, men endrer du ${part} her, erstatter endringen det.`,
    };
  });
}
