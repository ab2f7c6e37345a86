/**
 * The `minutesStatus` namespace: where a held meeting's record stands, for a member's read-only side panel
 * (`MinutesStatus.tsx`), in the committee's words (`wordingValues`: «Referatet» / «Protokollen»). Only its lazy chunk
 * imports it. How a committee that approves in the next meeting says it is the written treatment's text
 * (`ui/shared/minutesApprovalMessages.ts` `nextMeeting.goes`), not one of these. `nb` is the source of keys; every text takes `minutesGender`, as every language must take the same arguments (the
 * English verb agrees with it).
 */
const nb = {
  notMade: '{theMinutesCapital} {minutesGender, select, neuter {er} other {er}} ikke laget ennå.',
  awaiting: '{theMinutesCapital} {minutesGender, select, neuter {er} other {er}} laget og venter på godkjenning.',
  approved: '{theMinutesCapital} {minutesGender, select, neuter {er} other {er}} godkjent.',
  approvedOn: '{theMinutesCapital} {minutesGender, select, neuter {ble} other {ble}} godkjent {date}.',
  open: 'Åpne {theMinutes}',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  notMade: '{theMinutesCapital} {minutesGender, select, neuter {er} other {er}} ikkje laga enno.',
  awaiting: '{theMinutesCapital} {minutesGender, select, neuter {er} other {er}} laga og ventar på godkjenning.',
  approved: '{theMinutesCapital} er {minutesGender, select, neuter {godkjent} other {godkjend}}.',
  approvedOn: '{theMinutesCapital} vart {minutesGender, select, neuter {godkjent} other {godkjend}} {date}.',
  open: 'Opne {theMinutes}',
};

const en: Record<Key, string> = {
  notMade: '{theMinutesCapital} {minutesGender, select, neuter {has} other {have}} not been made yet.',
  awaiting: '{theMinutesCapital} {minutesGender, select, neuter {has been made and is} other {have been made and are}} awaiting approval.',
  approved: '{theMinutesCapital} {minutesGender, select, neuter {is} other {are}} approved.',
  approvedOn: '{theMinutesCapital} {minutesGender, select, neuter {was} other {were}} approved on {date}.',
  open: 'Open {theMinutes}',
};

export const minutesStatusMessages = { nb, nn, en };
