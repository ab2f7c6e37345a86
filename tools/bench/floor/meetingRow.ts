import type { Client } from '@microsoft/microsoft-graph-client';

/*
 * The floor page's one Graph request (`floor/main.tsx`): the meeting's row by its indexed `MeetingId`
 * column. It is the `meeting` step of the stage's first request (`getMeetingWithCommittee` in
 * src/graph/sharePointMeetingRepository.ts sends it in a $batch with the items and the committee),
 * sent alone as a plain GET: the same URL `ListsGateway.queryUrl('MotebokMeetings', 'MeetingId', id)`
 * builds (meetingRow.test.ts holds them equal), written out here because the gateway brings valibot,
 * which the floor leaves out.
 */
export function meetingRowPath(siteId: string, meetingId: string): string {
  const filter = encodeURIComponent(`fields/MeetingId eq '${meetingId.replace(/'/g, "''")}'`);
  return `/sites/${siteId}/lists/${encodeURIComponent('MotebokMeetings')}/items?$expand=fields&$filter=${filter}&$top=200`;
}

/** The meeting's title as its row's `Title` column holds it (listRows.ts `meetingFields`); an Error naming the meeting when there is no row. */
export async function readMeetingTitle(client: Client, siteId: string, meetingId: string): Promise<string> {
  const answer: unknown = await client.api(meetingRowPath(siteId, meetingId)).get();
  const rows = typeof answer === 'object' && answer !== null && 'value' in answer && Array.isArray(answer.value) ? (answer.value as unknown[]) : [];
  const fields: unknown = (rows[0] as { fields?: unknown } | undefined)?.fields;
  const title = typeof fields === 'object' && fields !== null && 'Title' in fields ? fields.Title : undefined;
  if (typeof title !== 'string') throw new Error(`No meeting ${meetingId} (no row with a Title in MotebokMeetings)`);
  return title;
}
