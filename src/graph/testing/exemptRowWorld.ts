/** Shared set-up for the tests of exempt saker's list rows: the committee with a vara, an observer and a guest, and each person's own Graph reads. */
import * as v from 'valibot';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { createGraphServices, type GraphServices } from '../graphServices';
import type { SharePointMeetingRepository } from '../sharePointMeetingRepository';
import { createSharePointRest, type SharePointRest } from '../sharePointRest';
import type { Harness, TenantUserInfo } from './localTenant';
import { fixture, noticeWorld, type NoticeWorld } from './noticeWorld';

export type ExemptRole = 'medlem' | 'vara' | 'observatør' | 'gjest';

const RowsSchema = v.object({ value: v.array(v.looseObject({ id: v.string(), fields: v.looseObject({ ItemId: v.optional(v.string()) }) })) });

export interface ExemptRowWorld {
  world: NoticeWorld;
  /** The notice world's committee, its secretariat Kristin, and vara who may not see, an observer and a guest by role. */
  committee: Committee;
  people: Record<ExemptRole, TenantUserInfo>;
  /** The app's own wiring for the secretariat (its repository closes rows as it saves). */
  secretariat: GraphServices;
  /** SharePoint REST with the secretariat's token. */
  rest: SharePointRest;
  /** A GET through Graph with the user's own token. */
  graphGet(user: TenantUserInfo, path: string): Promise<{ status: number; body: unknown }>;
  /** The sak row by row id, read by the user: 200, or 404 when SharePoint hides it. */
  openRow(user: TenantUserInfo, rowId: string): Promise<{ status: number; body: unknown }>;
  /** The saker (ItemId) whose rows the user's list query of the meeting returns. */
  listed(user: TenantUserInfo, meetingId: string): Promise<(string | undefined)[]>;
}

export async function exemptRowWorld(harness: Harness): Promise<ExemptRowWorld> {
  const world = await noticeWorld(harness);
  const kristin = world.secretary;
  const people: Record<ExemptRole, TenantUserInfo> = {
    medlem: harness.user('christian.reissig'),
    vara: harness.user('andreas.aass-engstrom'),
    observatør: harness.user('erik.nordberg'),
    gjest: harness.user('tobias.solli.iveland'),
  };
  const committee: Committee = {
    ...world.committee,
    secretariat: [{ name: kristin.displayName, email: kristin.mail }],
    confidentiality: {
      substitutesMaySee: false,
      roles: [
        { email: people.vara.mail, role: 'substitute' },
        { email: people.observatør.mail, role: 'observer' },
        { email: people.gjest.mail, role: 'guest' },
      ],
    },
  };
  const stored = (await world.repository.listCommittees()).find((entry) => entry.value.id === committee.id);
  await world.repository.saveCommittee(committee, stored?.version);
  const secretariat = createGraphServices(
    { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined },
    harness.tokenFor(kristin),
    { fetch: harness.fetch },
  );
  const rest = createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(kristin), harness.fetch);
  const site = encodeURIComponent(harness.tenant.info.siteId);
  const graphGet = async (user: TenantUserInfo, path: string) => {
    const token = await harness.tokenFor(user).getToken(['Sites.ReadWrite.All']);
    const response = await harness.fetch(`${harness.tenant.info.graphBaseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    world,
    committee,
    people,
    secretariat,
    rest,
    graphGet,
    openRow: (user, rowId) => graphGet(user, `/sites/${site}/lists/MotebokAgendaItems/items/${rowId}?$expand=fields`),
    listed: async (user, meetingId) =>
      v.parse(RowsSchema, (await graphGet(user, `/sites/${site}/lists/MotebokAgendaItems/items?$expand=fields&$filter=${encodeURIComponent(`fields/MeetingId eq '${meetingId}'`)}`)).body).value.map((row) => row.fields.ItemId),
  };
}

/**
 * The sak's row as the code before h/trust52 wrote it: without what the meeting records about it (`meetingParts`), which
 * that code kept in the meeting row (the tests put it there too). Written through `repository`, as stored.
 */
export async function itemRowWithoutParts(repository: SharePointMeetingRepository, meetingId: string, itemId: string): Promise<void> {
  const [row] = (await repository.lists.query('MotebokAgendaItems', 'MeetingId', meetingId)).filter((item) => item.fields['ItemId'] === itemId);
  if (!row) throw new Error(`saksraden ${itemId} mangler`);
  const { meetingParts: _parts, ...oldItem } = JSON.parse(String(row.fields['MotebokJson'])) as Record<string, unknown>;
  await repository.lists.writeRows([{ kind: 'update', key: 'old-item', list: 'MotebokAgendaItems', rowId: row.id, eTag: undefined, fields: { MotebokJson: JSON.stringify(oldItem) } }]);
}

/** The exempt sak of the fixture meeting pm-2026-unntatt that the approved meetings below decide, and the ground of an inhabilitet in it. */
export const DECIDED = '2026-04';
export const GROUND = 'forvaltningsloven § 6 første ledd bokstav b: svoger av Hansen';

/**
 * The fixture meeting pm-2026-unntatt as `id`, its referat approved, each sak as `decide` makes it, and Christian Reissig
 * inhabil in the exempt sak `DECIDED` on `GROUND`: saved by the committee's secretariat and frozen, as the app stores it today.
 * On `date` when given (two such meetings of one committee are told apart by their date), else the fixture's.
 */
export async function approvedWithGround(
  secretariat: Pick<GraphServices, 'repository' | 'sitePermissions'>,
  committee: Committee,
  id: string,
  decide: (item: AgendaItem) => AgendaItem,
  date?: string,
): Promise<Meeting> {
  const base = fixture('pm-2026-unntatt').meeting;
  const meeting: Meeting = {
    ...base,
    id,
    date: date ?? base.date,
    status: 'minutesApproved',
    minutesApprovedAt: '2026-06-20T10:00:00Z',
    items: base.items.map(decide),
    disqualifications: [{ itemId: DECIDED, person: 'Christian Reissig', ground: GROUND, decision: 'disqualified' }],
  };
  await secretariat.repository.saveMeeting(meeting);
  await secretariat.sitePermissions.freeze(committee, id);
  return meeting;
}

/**
 * The rows of `meeting` (saved by `approvedWithGround`) as the code before h/trust52 wrote them, through `repository`
 * (the tenant's storage as the app reaches it): the ground of the inhabilitet in the meeting row that every reader of the list reads, the sak's row without
 * it (`itemRowWithoutParts`). `edit` changes the meeting row's data further; `fields` are its other columns as wanted.
 */
export async function groundInMeetingRow(
  repository: SharePointMeetingRepository,
  meeting: Meeting,
  options: { edit?: (data: Record<string, unknown>) => void; fields?: Record<string, unknown> } = {},
): Promise<void> {
  const [row] = await repository.lists.query('MotebokMeetings', 'MeetingId', meeting.id);
  if (!row) throw new Error('møteraden mangler');
  const data = JSON.parse(String(row.fields['MotebokJson'])) as Record<string, unknown>;
  data['disqualifications'] = meeting.disqualifications;
  options.edit?.(data);
  await itemRowWithoutParts(repository, meeting.id, DECIDED);
  await repository.lists.writeRows([{ kind: 'update', key: 'old', list: 'MotebokMeetings', rowId: row.id, eTag: undefined, fields: { MotebokJson: JSON.stringify(data), ...options.fields } }]);
}
