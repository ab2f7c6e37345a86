import * as v from 'valibot';
import { CaseNumberSchema, type FollowUp, type Meeting } from '../../domain/model';
import type { InProcessTenant } from '../../../tenant/server';
import { meetingFields, meetingItemFields } from '../listRows';

/** The words the seeded konklusjoner are made of; `RARE_WORD` is in one sak of every 1,000. */
const WORDS = ['Partnerskapet', 'godkjenner', 'tar', 'saken', 'til', 'orientering', 'budsjett', 'samhandling', 'kommunene', 'sykehuset', 'arbeidsgruppe', 'rapport', 'plan', 'tiltak'];
export const RARE_WORD = 'ambulanseberedskap';
export const REGISTER_YEARS = { first: 2007, last: 2026 };
export const REGISTER_COMMITTEES = 30;

/**
 * A register at scale in the local tenant's own storage (as `bigSite.ts`, no Graph requests):
 * `itemCount` saker, ten to a meeting, spread over 20 years (2007–2026) and 30 committees
 * (`committee-01` … `committee-30`), each with a konklusjon of seeded words, sakstype `Beslutning`
 * or `Orientering`. The rows are what `saveMeeting` writes (`meetingItemFields`, `meetingFields`).
 * `followUps` gives a sak its oppfølgingspunkter by its serial (0 … itemCount − 1), so its row gets
 * FollowUpCount and FollowUpTasks as a save would write them.
 */
export function seedRegisterSite(tenant: InProcessTenant, model: Meeting, itemCount: number, idPrefix = 'register', followUps?: (serial: number) => FollowUp[] | undefined): void {
  const template = model.items[0];
  if (!template) throw new Error('seedRegisterSite: the model meeting has no items');
  const { teamsMeetingId: _teams, onlineMeetingJoinUrl: _join, minutes: _minutes, ...rest } = model;
  const years = REGISTER_YEARS.last - REGISTER_YEARS.first + 1;
  const meetings: Record<string, unknown>[] = [];
  const items: Record<string, unknown>[] = [];
  for (let index = 0; items.length < itemCount; index++) {
    const year = REGISTER_YEARS.first + (index % years);
    const committee = Math.floor(index / years) % REGISTER_COMMITTEES;
    const round = Math.floor(index / (years * REGISTER_COMMITTEES));
    const date = `${year}-${String(1 + (round % 12)).padStart(2, '0')}-${String(1 + (committee % 28)).padStart(2, '0')}`;
    const id = `${idPrefix}-${index}`;
    const meeting: Meeting = {
      ...rest,
      itemStartedAt: {},
      id,
      committeeId: `committee-${String(committee + 1).padStart(2, '0')}`,
      date,
      items: Array.from({ length: Math.min(10, itemCount - items.length) }, (_, n) => {
        const serial = items.length + n;
        const words = Array.from({ length: 8 }, (_w, k) => WORDS[(serial * 7 + k * 3) % WORDS.length]);
        if (serial % 1000 === 999) words.push(RARE_WORD);
        const points = followUps?.(serial);
        return {
          ...template,
          ...(points && points.length > 0 ? { followUps: points } : {}),
          id: `${id}-item-${n}`,
          title: `Sak ${n + 1} i møte ${index}`,
          kinds: [serial % 2 === 0 ? 'Beslutning' : 'Orientering'],
          caseNumber: v.parse(CaseNumberSchema, `${year}.${String(round * 10 + n + 1).padStart(2, '0')}`),
          conclusion: [words.join(' ')],
        };
      }),
    };
    meetings.push(meetingFields(meeting));
    meeting.items.forEach((item, n) => items.push(meetingItemFields(meeting, item, n)));
  }
  tenant.seedListItems('MotebokMeetings', meetings);
  tenant.seedListItems('MotebokAgendaItems', items);
}
