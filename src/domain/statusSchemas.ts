import * as v from 'valibot';

// Where a meeting and its saker stand: apart from model.ts (which re-exports them) so the stage's
// live state (ui/meeting/liveStage.ts) parses without the model's schemas, which the stage's
// screens would otherwise carry a second copy of (issue 14: start-up JavaScript).

export const ItemOutcomeSchema = v.picklist(['pending', 'treated', 'postponed']);

export const MeetingStatusSchema = v.picklist(['draft', 'noticeSent', 'inProgress', 'held', 'minutesApproved']);
