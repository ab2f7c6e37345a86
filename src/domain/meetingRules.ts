import type { RuleContext } from './schemaRules';
import { minutesOfDay } from './dates';
import type { Committee, ItemRange, Meeting } from './model';
import { fieldRuleMessage, type FieldRule } from './fieldRules';

/**
 * Rules across fields of one meeting that a field's own schema cannot see: no two items with the
 * same id or case number, a meeting that ends after it starts, and attendance, inhabilitet and
 * signatures that name saker and people the meeting has (an entry pointing at a sak that does not
 * exist is an error naming the entry, never dropped). Applied to meeting files (so
 * `npm run docs` refuses them, naming the field) through MeetingFileSchema in model.ts. Each problem
 * is the rule as data (`fieldRules.ts`), worded by the screens and tools in the user's language.
 */
export interface MeetingRuleProblem {
  /** Path inside the meeting: ['items', 2, 'caseNumber']. */
  path: (string | number)[];
  rule: FieldRule;
}

type RuledMeeting = Pick<Meeting, 'items' | 'start' | 'end'> & Partial<Pick<Meeting, 'attendance' | 'disqualifications' | 'signatures'>>;

export function meetingRuleProblems(meeting: RuledMeeting, committee?: Pick<Committee, 'members' | 'attendanceGroups'>): MeetingRuleProblem[] {
  const problems: MeetingRuleProblem[] = [];
  const ids = new Map<string, number>();
  const numbers = new Map<string, number>();
  meeting.items.forEach((item, index) => {
    const sameId = ids.get(item.id);
    if (sameId !== undefined) problems.push({ path: ['items', index, 'id'], rule: { code: 'duplicate', field: 'itemId', value: item.id, position: sameId + 1 } });
    else ids.set(item.id, index);
    if (item.caseNumber === null) return;
    const sameNumber = numbers.get(item.caseNumber);
    if (sameNumber !== undefined) problems.push({ path: ['items', index, 'caseNumber'], rule: { code: 'duplicate', field: 'caseNumber', value: item.caseNumber, position: sameNumber + 1 } });
    else numbers.set(item.caseNumber, index);
  });
  if (meeting.start !== undefined && meeting.end !== undefined && minutesOfDay(meeting.end) <= minutesOfDay(meeting.start)) {
    problems.push({ path: ['end'], rule: { code: 'endBeforeStart', start: meeting.start, end: meeting.end } });
  }
  problems.push(...attendanceProblems(meeting, committee));
  return problems;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

function attendanceProblems(meeting: RuledMeeting, committee?: Pick<Committee, 'members' | 'attendanceGroups'>): MeetingRuleProblem[] {
  const problems: MeetingRuleProblem[] = [];
  const indexOf = new Map(meeting.items.map((item, index) => [item.id, index]));
  const missing = (path: (string | number)[], itemId: string, of: 'attendance' | 'disqualification', person: string) =>
    problems.push({ path, rule: { code: 'unknownItem', of, person, itemId } });
  const attendance = meeting.attendance ?? [];
  attendance.forEach((entry, index) => {
    const who = entry.person.name;
    for (const field of ['arrivedDuringItem', 'leftDuringItem', 'leftAfterItem'] as const) {
      const itemId = entry[field];
      if (itemId !== undefined && !indexOf.has(itemId)) missing(['attendance', index, field], itemId, 'attendance', who);
    }
    (entry.items ?? []).forEach((range: ItemRange, rangeIndex) => {
      const from = indexOf.get(range.from);
      if (from === undefined) missing(['attendance', index, 'items', rangeIndex, 'from'], range.from, 'attendance', who);
      if (range.to === undefined) return;
      const to = indexOf.get(range.to);
      if (to === undefined) missing(['attendance', index, 'items', rangeIndex, 'to'], range.to, 'attendance', who);
      else if (from !== undefined && to < from) problems.push({ path: ['attendance', index, 'items', rangeIndex, 'to'], rule: { code: 'itemsReversed', person: who, from: range.from, to: range.to } });
    });
    if (entry.arrivedAt !== undefined && entry.leftAt !== undefined && minutesOfDay(entry.leftAt) <= minutesOfDay(entry.arrivedAt)) {
      problems.push({ path: ['attendance', index, 'leftAt'], rule: { code: 'leftBeforeArrived', person: who, arrivedAt: entry.arrivedAt, leftAt: entry.leftAt } });
    }
    if (entry.group !== undefined && committee?.attendanceGroups !== undefined && !committee.attendanceGroups.some((group) => group === entry.group)) {
      problems.push({ path: ['attendance', index, 'group'], rule: { code: 'unknownGroup', person: who, group: entry.group, groups: [...committee.attendanceGroups] } });
    }
  });
  const known = (name: string) =>
    attendance.some((entry) => sameName(entry.person.name, name)) || (committee?.members ?? []).some((member) => sameName(member.name, name));
  (meeting.disqualifications ?? []).forEach((entry, index) => {
    if (!indexOf.has(entry.itemId)) missing(['disqualifications', index, 'itemId'], entry.itemId, 'disqualification', entry.person);
    if (!known(entry.person)) problems.push({ path: ['disqualifications', index, 'person'], rule: { code: 'unknownPerson', person: entry.person } });
  });
  return problems;
}

/** For a schema's `rule` (schemaRules.ts): adds each problem under `prefix` (the meeting's own path). */
export function addMeetingRuleIssues(meeting: RuledMeeting, ctx: RuleContext, prefix: (string | number)[] = [], committee?: Pick<Committee, 'members' | 'attendanceGroups'>): void {
  for (const problem of meetingRuleProblems(meeting, committee)) ctx.addIssue({ path: [...prefix, ...problem.path], message: fieldRuleMessage(problem.rule) });
}
