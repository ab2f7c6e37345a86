import type { AgendaItem, MeetingFile } from '../domain/model';

export class UnknownItemError extends Error {
  override readonly name = 'UnknownItemError';
}

/** Finds the item by id or by case number ("2025.03"), so the CLI can take either. */
export function findItem(file: MeetingFile, itemIdOrCaseNumber: string): AgendaItem {
  const item = file.meeting.items.find((candidate) => candidate.id === itemIdOrCaseNumber || candidate.caseNumber === itemIdOrCaseNumber);
  if (item === undefined) {
    const known = file.meeting.items.flatMap((candidate) => (candidate.caseNumber === null ? [] : [candidate.caseNumber])).join(', ');
    throw new UnknownItemError(`Fant ingen sak «${itemIdOrCaseNumber}» i møtet. Sakene er: ${known}.`);
  }
  return item;
}
