/**
 * The `minutesApproval` namespace: marking a record approved when the committee approves it in the next meeting
 * (conventions.ts `approvedInNextMeeting`), said the same way for a held meeting (the side panel's «Etter møtet») and a
 * written treatment (the workspace's `WrittenMinutesAction`). Only their lazy chunks import it. `{of}` is `meeting` or
 * `written`: what approval freezes besides the record. `nb` is the source of keys.
 */
const nb = {
  'nextMeeting.goes': '{theMinutesCapital} legges fram som referatsak i neste møte og markeres som {minutesGender, select, neuter {godkjent} other {godkjent}} når møtet har godkjent {minutesGender, select, neuter {det} other {den}}.',
  'nextMeeting.confirmTitle': 'Har neste møte godkjent {theMinutes}?',
  'nextMeeting.confirmBody': '{theMinutesCapital} {minutesGender, select, neuter {godkjennes} other {godkjennes}} i neste møte, som referatsak. Marker {minutesGender, select, neuter {det} other {den}} som {minutesGender, select, neuter {godkjent} other {godkjent}} først når møtet har gjort det: etterpå kan verken {theMinutes} eller {of, select, written {svarene endres} other {møtet endres, og {theMinutes} sendes ikke lenger ut til kommentar}}.',
  'nextMeeting.confirm': 'Marker som {minutesGender, select, neuter {godkjent} other {godkjent}}',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'nextMeeting.goes': '{theMinutesCapital} blir lagd fram som referatsak i neste møte og blir merkt som {minutesGender, select, neuter {godkjent} other {godkjend}} når møtet har godkjent {minutesGender, select, neuter {det} other {han}}.',
  'nextMeeting.confirmTitle': 'Har neste møte godkjent {theMinutes}?',
  'nextMeeting.confirmBody': '{theMinutesCapital} blir {minutesGender, select, neuter {godkjent} other {godkjend}} i neste møte, som referatsak. Merk {minutesGender, select, neuter {det} other {han}} som {minutesGender, select, neuter {godkjent} other {godkjend}} først når møtet har gjort det: etterpå kan verken {theMinutes} eller {of, select, written {svara endrast} other {møtet endrast, og {theMinutes} blir ikkje lenger sendt ut til kommentar}}.',
  'nextMeeting.confirm': 'Merk som {minutesGender, select, neuter {godkjent} other {godkjend}}',
};

const en: Record<Key, string> = {
  'nextMeeting.goes': '{theMinutesCapital} {minutesGender, select, neuter {goes to the next meeting as an item and is} other {go to the next meeting as an item and are}} marked approved once that meeting has approved {minutesGender, select, neuter {it} other {them}}.',
  'nextMeeting.confirmTitle': 'Has the next meeting approved {theMinutes}?',
  'nextMeeting.confirmBody': '{theMinutesCapital} {minutesGender, select, neuter {is} other {are}} approved at the next meeting, as an item. Mark {minutesGender, select, neuter {it} other {them}} approved only once that meeting has done so: afterwards neither {theMinutes} nor {of, select, written {the answers can be changed} other {the meeting can be changed, and {theMinutes} {minutesGender, select, neuter {is} other {are}} no longer sent out for comments}}.',
  'nextMeeting.confirm': 'Mark {minutesGender, select, neuter {approved} other {approved}}',
};

export const minutesApprovalMessages = { nb, nn, en };
