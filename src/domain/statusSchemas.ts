import * as z from 'zod/mini';

// Where a meeting and its saker stand: apart from model.ts (which re-exports them) so the stage's
// live state (ui/meeting/liveStage.ts) parses without the model's schemas, which the stage's
// screens would otherwise carry a second copy of (issue 14: start-up JavaScript).

export const ItemOutcomeSchema = z.enum(['pending', 'treated', 'postponed']);

export const MeetingStatusSchema = z.enum(['draft', 'noticeSent', 'inProgress', 'held', 'minutesApproved']);
