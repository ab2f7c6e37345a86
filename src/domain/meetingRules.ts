import type { z } from 'zod';
import { minutesOfDay } from './dates';
import type { Meeting } from './model';

/**
 * Rules across fields of one meeting that a field's own schema cannot see: no two items with the
 * same id or case number, and a meeting that ends after it starts. Applied to meeting files (so
 * `npm run docs` refuses them, naming the field) through MeetingFileSchema in model.ts.
 */
export interface MeetingRuleProblem {
  /** Path inside the meeting: ['items', 2, 'caseNumber']. */
  path: (string | number)[];
  message: string;
}

export function meetingRuleProblems(meeting: Pick<Meeting, 'items' | 'start' | 'end'>): MeetingRuleProblem[] {
  const problems: MeetingRuleProblem[] = [];
  const ids = new Map<string, number>();
  const numbers = new Map<string, number>();
  meeting.items.forEach((item, index) => {
    const sameId = ids.get(item.id);
    if (sameId !== undefined) problems.push({ path: ['items', index, 'id'], message: `Saken har samme id («${item.id}») som sak nr. ${sameId + 1} i sakslisten` });
    else ids.set(item.id, index);
    if (item.caseNumber === null) return;
    const sameNumber = numbers.get(item.caseNumber);
    if (sameNumber !== undefined) problems.push({ path: ['items', index, 'caseNumber'], message: `Saksnummeret ${item.caseNumber} er allerede brukt av sak nr. ${sameNumber + 1} i sakslisten` });
    else numbers.set(item.caseNumber, index);
  });
  if (meeting.start !== undefined && meeting.end !== undefined && minutesOfDay(meeting.end) <= minutesOfDay(meeting.start)) {
    problems.push({ path: ['end'], message: `Møtet må slutte etter at det begynner (begynner ${meeting.start}, slutter ${meeting.end})` });
  }
  return problems;
}

/** For a schema's superRefine: adds each problem under `prefix` (the meeting's own path). */
export function addMeetingRuleIssues(meeting: Pick<Meeting, 'items' | 'start' | 'end'>, ctx: z.RefinementCtx, prefix: (string | number)[] = []): void {
  for (const problem of meetingRuleProblems(meeting)) ctx.addIssue({ code: 'custom', path: [...prefix, ...problem.path], message: problem.message });
}
