import * as v from 'valibot';
import { CaseNumberSchema, type Meeting } from '../../domain/model';
import type { InProcessTenant } from '../../../tenant/server';
import { meetingFields, meetingItemFields } from '../listRows';

/**
 * Fills a provisioned site with `itemCount` agenda item rows (and a meeting row per ten items),
 * written straight into the local tenant's storage in the shape the repository writes, so tests
 * and the bench can read a list of 50,000 rows without 50,000 requests. Each meeting is `model`
 * under another id (`idPrefix`-n) and date; ten items each, item ids and case numbers made unique per meeting.
 */
export function seedBigSite(tenant: InProcessTenant, model: Meeting, itemCount: number, idPrefix = 'seeded'): void {
  const perMeeting = 10;
  const meetings: Record<string, unknown>[] = [];
  const items: Record<string, unknown>[] = [];
  for (let index = 0; items.length < itemCount; index++) {
    const date = new Date(Date.UTC(1900, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    const id = `${idPrefix}-${index}`;
    const template = model.items[0];
    if (!template) throw new Error('seedBigSite: the model meeting has no items');
    const { teamsMeetingId: _teams, onlineMeetingJoinUrl: _join, ...rest } = model;
    const meeting: Meeting = {
      ...rest,
      itemStartedAt: {},
      id,
      date,
      items: Array.from({ length: Math.min(perMeeting, itemCount - items.length) }, (_, n) => ({ ...template, id: `${id}-item-${n}`, caseNumber: v.parse(CaseNumberSchema, `${date.slice(0, 4)}.${String(n + 1).padStart(2, '0')}`) })),
    };
    meetings.push(meetingFields(meeting));
    meeting.items.forEach((item, n) => items.push(meetingItemFields(meeting, item, n)));
  }
  tenant.seedListItems('MotebokMeetings', meetings);
  tenant.seedListItems('MotebokAgendaItems', items);
}
