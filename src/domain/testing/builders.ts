import type { AgendaItem, Attachment, Committee, Meeting } from '../model';
import { blankAgendaItem } from '../blankAgendaItem';

/**
 * Small builders for tests of the meeting rules (and of layers that use them): complete,
 * schema-valid objects with only the fields a test cares about overridden.
 */

export function aCommittee(overrides: Partial<Committee> = {}): Committee {
  return {
    id: 'pm',
    name: 'Partnerskapsmøtet',
    shortName: 'PM',
    languageForm: 'nb',
    members: [],
    defaultChair: { name: 'Per Christian Voss', email: 'per.christian.voss@example.no' },
    defaultMinuteTaker: { name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@example.no' },
    defaultPlace: 'Våle samfunnshus',
    recipientsLine: 'Partnerskapsmøtets faste medlemmer',
    caseNumberFormat: '{YYYY}.{NN}',
    caseNumberSerial: 'perYear',
    attachmentMode: 'fileAndLink',
    logos: [],
    ...overrides,
  };
}

export function anItem(id: string, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return blankAgendaItem(id, { kinds: ['Orientering'], title: `Sak ${id}`, ...overrides });
}

export function aClosingRow(id = 'closing'): AgendaItem {
  return anItem(id, { kinds: [], title: 'Oppsummering og avslutning', closing: true });
}

export function anAttachment(id: string, overrides: Partial<Attachment> = {}): Attachment {
  return { id, fileName: `${id}.pdf`, title: `Vedlegg ${id}`, ...overrides };
}

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm-2026',
    committeeId: 'pm',
    date: '2026-06-11',
    start: '13:30',
    end: '15:00',
    timeZone: 'Europe/Oslo',
    place: 'Våle samfunnshus',
    online: true,
    status: 'draft',
    items: [],
    attendance: [],
    itemStartedAt: {},
    ...overrides,
  };
}

/** Case numbers of a meeting's items in agenda order (null for the closing row). */
export function numbersOf(meeting: Meeting): (string | null)[] {
  return meeting.items.map((item) => item.caseNumber);
}

/** Ids of a meeting's items in agenda order. */
export function idsOf(meeting: Meeting): string[] {
  return meeting.items.map((item) => item.id);
}

/** A counter-based id factory, so tests can predict ids. */
export function sequentialIds(prefix = 'id'): () => string {
  let next = 1;
  return () => `${prefix}-${next++}`;
}
