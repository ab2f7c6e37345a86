import { readFileSync } from 'node:fs';
import { carryCase } from '../../domain/carriedCase';
import { parseMeetingFile } from '../../domain/meetingFile';
import type { AgendaItem, Committee, Meeting, MeetingFile } from '../../domain/model';
import type { Versioned } from '../../domain/ports';
import { aMeeting } from '../../domain/testing/builders';
import { protectExemptFiles } from '../exemptFilePermissions';
import { createGraphServices, type GraphServices } from '../graphServices';
import { createSharePointRest, type SharePointRest } from '../sharePointRest';
import type { SitePermissionDeps } from '../sitePermissions';
import { driveItemAs } from './fileContentAs';
import { SECRETARY, type Harness } from './localTenant';

/** The municipality member of the fixture: a guest in both bodies' confidentiality settings, never entitled to an exempt vedlegg. */
export const CARRIED_GUEST = 'tobias.solli.iveland';

export interface CarriedSakWorld {
  secretariat: GraphServices;
  planutvalget: Committee;
  kommunestyret: Committee;
  /** The planutvalg's held meeting with sak 2026.03, its § 14 vedlegg stored and closed by the planutvalg's send. */
  pu: MeetingFile;
  /** The kommunestyre's meeting with that sak taken in: the vedlegg a link to where the planutvalg's send moved it. */
  ks: MeetingFile;
  /** The kommunestyre's meeting as saved (its version), for a send through `secretariat.sendNotice`. */
  ksSaved: Versioned<Meeting>;
  /** The vedlegg's drive item id and file name. */
  fileId: string;
  fileName: string;
  /** With `exemptSak`: the saksframlegg's drive item id, stored by the planutvalg in the sak's closed folder. */
  memoId?: string;
  /** SharePoint REST with one person's own token. */
  siteRest: (upn: string) => SharePointRest;
  /** What `protectExempt` needs, with the secretary's token. */
  deps: () => SitePermissionDeps;
  /** The status one person's own token gets reading the vedlegg (200, or 404 hidden). */
  open: (upn: string) => Promise<number>;
}

/**
 * A sak taken («Hent sak fra et annet utvalg») from the planutvalg into the kommunestyre, both with the same secretary, on the
 * local tenant: the planutvalg without `planutvalgWithout`, the kommunestyre without `kommunestyretWithout` (user names);
 * `alsoSecretary` in both secretariats besides the site owner who sets the world up.
 */
export async function carriedSakWorld(
  harness: Harness,
  people: { planutvalgWithout: string; kommunestyretWithout?: string; alsoSecretary?: string },
  options: { exemptSak?: boolean } = {},
): Promise<CarriedSakWorld> {
  const kristin = harness.user(SECRETARY);
  const variant = parseMeetingFile(JSON.parse(readFileSync(new URL('../../../fixtures/meetings/pm-2026-unntatt.json', import.meta.url), 'utf8')));
  const also = people.alsoSecretary === undefined ? [] : [harness.user(people.alsoSecretary)];
  const secretary = [kristin, ...also].map((person) => ({ name: person.displayName, email: person.mail }));
  const confidentiality = { substitutesMaySee: false, roles: [{ email: harness.user(CARRIED_GUEST).mail, role: 'guest' as const }] };
  const without = (upn: string | undefined) => variant.committee.members.filter((member) => upn === undefined || member.email !== harness.user(upn).mail);
  const planutvalget: Committee = { ...variant.committee, id: 'pu', name: 'Planutvalget', shortName: 'PU', secretariat: secretary, confidentiality, members: without(people.planutvalgWithout) };
  const kommunestyret: Committee = { ...variant.committee, id: 'ks', name: 'Kommunestyret', shortName: 'KS', secretariat: secretary, confidentiality, members: without(people.kommunestyretWithout) };
  const secretariat = createGraphServices(
    { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined },
    harness.tokenFor(kristin),
    { fetch: harness.fetch },
  );
  const { repository } = secretariat;
  await repository.ensureProvisioned();
  await repository.saveCommittee(planutvalget);
  await repository.saveCommittee(kommunestyret);
  await secretariat.sitePermissions.repair([planutvalget, kommunestyret]);
  const sak = variant.meeting.items.find((item) => item.caseNumber === '2026.03');
  const vedlegg = sak?.attachments[0];
  if (!sak || !vedlegg) throw new Error('fixture changed');
  const held = { ...variant.meeting, id: 'pu-2026-05-20', committeeId: 'pu', date: '2026-05-20', status: 'held' as const };
  const stored = await repository.uploadDocument(planutvalget, held, vedlegg.fileName, new TextEncoder().encode(vedlegg.fileName));
  const base: AgendaItem = { ...sak, outcome: 'treated', caseRoute: [{ body: 'Planutvalget' }, { body: 'Kommunestyret' }], attachments: [{ ...vedlegg, ...stored, fileName: vedlegg.fileName }] };
  // The whole sak unntatt offentlighet (the fixture's own hjemmel for the vedlegg), its saksframlegg made with «Lag saksframlegg».
  const exempt = options.exemptSak === true ? { ...base, confidentiality: { exempt: { basis: vedlegg.exemption?.basis ?? 'offl. § 14 første ledd' } } } : base;
  const memoBytes = new TextEncoder().encode('Saksframlegg');
  const memoFile = { committee: planutvalget, meeting: { ...held, items: [exempt] } };
  const memo = options.exemptSak === true ? await repository.storeCaseMemo(memoFile, exempt.id, memoBytes) : undefined;
  const treated: AgendaItem = memo === undefined ? exempt : { ...exempt, caseMemo: memo };
  const siteRest = (upn: string): SharePointRest =>
    createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(upn)), harness.fetch);
  const deps = (): SitePermissionDeps => ({ rest: siteRest(SECRETARY), graph: repository.storageClient, siteId: harness.tenant.info.siteId });
  const closed = await protectExemptFiles(deps(), { committee: planutvalget, meeting: { ...held, items: [treated] } });
  const closedSak = closed.items[0];
  const fileId = stored.driveItemId ?? '';
  if (!closedSak || fileId === '') throw new Error('not stored');
  let next = 0;
  const carried = carryCase({ committee: planutvalget, meeting: held, item: closedSak }, kommunestyret, () => `carried-${(next += 1)}`);
  const meeting = aMeeting({ id: 'ks-2026-06-11', committeeId: 'ks', date: '2026-06-11', items: [carried] });
  const ksSaved = await repository.saveMeeting(meeting);
  const open = (upn: string): Promise<number> => driveItemAs(harness, harness.user(upn), fileId);
  const pu: MeetingFile = { committee: planutvalget, meeting: closed };
  const ks = { committee: kommunestyret, meeting };
  const memoId = memo?.driveItemId;
  const withMemo = memoId === undefined ? {} : { memoId };
  return { secretariat, planutvalget, kommunestyret, pu, ks, ksSaved, fileId, fileName: vedlegg.fileName, ...withMemo, siteRest, deps, open };
}
