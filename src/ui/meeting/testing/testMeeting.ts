import * as v from 'valibot';
import { MeetingSchema, type Meeting } from '../../../domain/model';

/**
 * A small meeting in the shape of the 2026 Partnerskapsmøtet, for unit tests of the live meeting
 * (the e2e tests use the real seed from the local tenant).
 */
export function testMeeting(): Meeting {
  const item = (n: number, title: string, proposed: string[], kinds: string[] = ['Orientering']) => ({
    id: `item-${n}`,
    caseNumber: `2026.0${n}`,
    kinds,
    title,
    summary: [],
    proposedConclusion: proposed,
    presenters: [{ name: 'Per Christian Voss' }],
    attachments: [],
    plannedMinutes: 10,
  });
  return v.parse(MeetingSchema, {
    id: 'pm-2026-06-11',
    committeeId: 'partnerskapsmotet',
    date: '2026-06-11',
    start: '13:30',
    end: '15:00',
    place: 'Våle samfunnshus',
    online: true,
    chair: { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example' },
    minuteTaker: { name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example' },
    status: 'noticeSent',
    items: [
      item(1, 'Godkjenning av innkalling og dagsorden', ['Innkalling og dagsorden godkjennes.'], ['Godkjenning']),
      item(2, 'Referat fra Partnerskapsmøte 05.06.2025', ['Referat tatt til orientering.'], ['Referatsak']),
      item(3, 'Handlingsplan 2026', [
        'Partnerskapsmøtet tar vedtatt handlingsplan for 2026 til orientering.',
        'Gjenstående tilskuddsmidler prioriteres.',
      ]),
    ],
  });
}
