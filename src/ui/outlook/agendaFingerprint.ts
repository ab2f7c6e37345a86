import type { Meeting } from '../../domain/model';

/**
 * A short hash of what the invite shows of a meeting (time, place, items, documents), kept in the
 * appointment's custom properties when the agenda is inserted. When the meeting's hash differs
 * later, the pane says the invite is out of date. What the meeting records (møtebehandling,
 * konklusjon, outcome) is left out: it never appears in the invite.
 */
export async function agendaFingerprint(meeting: Meeting): Promise<string> {
  const shown = {
    date: meeting.date,
    start: meeting.start,
    end: meeting.end,
    place: meeting.place,
    // The befaring is printed in the invite and may start it (domain/invitation.ts `eventStart`); absent, JSON leaves it out,
    // so a meeting without one keeps the hash it had.
    siteVisit: meeting.siteVisit,
    chair: meeting.chair?.name,
    minuteTaker: meeting.minuteTaker?.name,
    items: meeting.items.map((item) => ({
      caseNumber: item.caseNumber,
      kinds: item.kinds,
      title: item.title,
      summary: item.summary,
      proposedConclusion: item.proposedConclusion,
      presenters: item.presenters.map((p) => p.name),
      caseMemo: item.caseMemo && [item.caseMemo.fileName, item.caseMemo.webUrl, item.caseMemo.eTag],
      attachments: item.attachments.map((a) => [a.id, a.title, a.number, a.webUrl, a.eTag]),
    })),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(shown));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
