import { hasVotingRight } from '../domain/attendance';
import { takesCaseNumber } from '../domain/caseNumbering';
import type { MeetingFile } from '../domain/model';

/*
 * The protokoll's head count (`conventions.headCount`), apart from meetingFacts.ts: that module sits in a chunk the Outlook
 * pane loads at start-up, and an export any page uses stays in it; only the protokoll imports this one.
 */

/**
 * The head count's words (`conventions.headCount`): bokmål as Aurskog-Høland kommune's protokoller print them; nynorsk a
 * judgement (no nynorsk protokoll with the lines was found).
 */
const HEAD_COUNT: Record<'nb' | 'nn', { from: string; to: string; met: string }> = {
  nb: { from: 'Fra saknr.', to: 'Til saknr.', met: 'Av utvalgets medlemmer/varamedlemmer møtte' },
  nn: { from: 'Frå saknr.', to: 'Til saknr.', met: 'Av medlemene/varamedlemene i utvalet møtte' },
};

/**
 * The protokoll's «Fra saknr.» and «Til saknr.» facts: the first and last numbered sak in the list's order, when the
 * committee prints them (`conventions.headCount`); none without a numbered sak.
 */
export function caseRangeFacts(file: MeetingFile): [string, string][] {
  if (file.committee.conventions?.headCount !== true) return [];
  const words = HEAD_COUNT[file.committee.languageForm];
  const numbers = file.meeting.items
    .filter((item) => takesCaseNumber(item))
    .flatMap((item) => (item.caseNumber === null || item.caseNumber === undefined ? [] : [item.caseNumber]));
  const [first] = numbers;
  const last = numbers.at(-1);
  return first === undefined || last === undefined ? [] : [[words.from, first], [words.to, last]];
}

/**
 * «Av utvalgets medlemmer/varamedlemmer møtte 9 av 9.», the sentence under the protokoll's facts: those with a vote who met
 * (members, and vara meeting for one) of the committee's members, when the committee prints it (`conventions.headCount`);
 * undefined without members listed.
 */
export function headCountLine(file: MeetingFile): string | undefined {
  if (file.committee.conventions?.headCount !== true) return undefined;
  const seats = file.committee.members.filter((member) => (member.role ?? 'member') === 'member').length;
  if (seats === 0) return undefined;
  const met = file.meeting.attendance.filter((entry) => hasVotingRight(entry, file.committee)).length;
  return `${HEAD_COUNT[file.committee.languageForm].met} ${met} av ${seats}.`;
}
