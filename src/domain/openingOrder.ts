import { approvedInNextMeeting, type Conventions } from './conventions';

/**
 * What a new meeting's saksliste has right after the committee's opening rows, as `newMeetingFromTemplate`
 * (agendaTemplate.ts) orders them (`openingOrder.test.ts` holds the two together): the election of who leads and signs
 * (`signedInMeeting`), the approval of the innkalling (unless `approvalRow: false`), the choice of co-signers
 * (`signedByChosen`), the Referatsak of the last record, or else the first sak. The settings say so beside the opening
 * rows («Ingen: dagsordenen begynner med …»); apart from the template so they do not load it.
 */
export type AfterOpeningRows = 'election' | 'approval' | 'coSigners' | 'minutes' | 'item';

export function afterOpeningRows(conventions: Pick<Conventions, 'minutesApproval' | 'approvalRow'> | undefined): AfterOpeningRows {
  if (conventions?.minutesApproval === 'signedInMeeting') return 'election';
  if (conventions?.approvalRow !== false) return 'approval';
  if (conventions.minutesApproval === 'signedByChosen') return 'coSigners';
  return approvedInNextMeeting(conventions.minutesApproval) ? 'minutes' : 'item';
}
