import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError } from '../domain/ports';
import { restString } from './sharePointRest';
import { driveItemAs } from './testing/fileContentAs';
import { CARRIED_GUEST, carriedSakWorld, type CarriedSakWorld } from './testing/carriedSakWorld';
import { startHarness, type Harness } from './testing/localTenant';

/** In the kommunestyre only, a guest from another organisation (Færder kommune): entitled through the kommunestyre alone. */
const KS_ONLY_GUEST = 'guro.winsvold';
/** In neither body (a guest from Larvik kommune). */
const NEITHER = 'ingrid.fjeld';
const OutboundSchema = v.object({ value: v.array(v.looseObject({ subject: v.string(), bodyHtml: v.string() })) });
const FileSchema = v.looseObject({ Name: v.string() });

describe('a written treatment of a sak unntatt offentlighet taken from the planutvalg: its documents where the planutvalg keeps them (local tenant)', () => {
  let harness: Harness;
  let world: CarriedSakWorld;
  const mailedTo = async (upn: string) =>
    v.parse(OutboundSchema, await harness.control('GET', `/_tenant/outbound.json?to=${encodeURIComponent(harness.user(upn).mail)}`)).value.filter((mail) => mail.subject.includes('Kommunestyret'));
  /** A link of the mail opened with one person's own token (SharePoint REST, the file by its address): 200, or 404 hidden. */
  const openLink = (upn: string, url: string): Promise<number> =>
    world
      .siteRest(upn)
      .get(`web/GetFileByServerRelativeUrl(${restString(decodeURIComponent(new URL(url).pathname))})`, FileSchema)
      .then(
        () => 200,
        (error: unknown) => {
          if (error instanceof StorageError && error.kind === 'notFound') return 404;
          throw error;
        },
      );
  const documents = () => [world.fileId, world.memoId ?? ''];
  const opens = async (upn: string) => Promise.all(documents().map((id) => driveItemAs(harness, harness.user(upn), id)));

  beforeAll(async () => {
    harness = await startHarness();
    world = await carriedSakWorld(harness, { planutvalgWithout: KS_ONLY_GUEST }, { exemptSak: true });
  }, 180_000);
  afterAll(async () => harness?.close());

  it('before the send the kommunestyre-only guest and a person in neither body open neither document', async () => {
    expect(world.memoId).toBeDefined();
    expect(await opens(KS_ONLY_GUEST)).toEqual([404, 404]);
    expect(await opens(NEITHER)).toEqual([404, 404]);
  });

  it('the kommunestyre sends the sak for written treatment through the app\'s own sender: it goes, the guest opens each document by the links mailed to her, the others get 404', async () => {
    const saved = await world.secretariat.repository.saveMeeting({ ...world.ksSaved.value, status: 'draft', written: { answers: [] } }, world.ksSaved.version);
    const sent = await world.secretariat.sendWrittenTreatment(world.kommunestyret, saved);
    expect(sent.value.written?.sentAt).toBeDefined();
    // The files stay the planutvalg's, where it keeps them: nothing moved into the kommunestyre's meeting.
    const sak = sent.value.items[0];
    expect([sak?.attachments[0]?.driveItemId, sak?.caseMemo?.driveItemId]).toEqual([undefined, undefined]);
    const links = [sak?.attachments[0]?.webUrl ?? '', sak?.caseMemo?.webUrl ?? ''];
    expect(links.every((url) => decodeURIComponent(url).includes('/Unntatt offentlighet/Sak 2026.03/'))).toBe(true);

    const mails = await mailedTo(KS_ONLY_GUEST);
    const saker = mails.find((mail) => !mail.subject.startsWith('Dokumenter unntatt offentlighet'));
    const linkMail = mails.find((mail) => mail.subject.startsWith('Dokumenter unntatt offentlighet'));
    expect(saker?.bodyHtml).toContain('De som har tilgang til saken, får lenker til dem i en egen e-post.');
    for (const url of links) {
      expect(saker?.bodyHtml).not.toContain(url);
      expect(linkMail?.bodyHtml).toContain(`href="${url}"`);
    }
    expect(await Promise.all(links.map((url) => openLink(KS_ONLY_GUEST, url)))).toEqual([200, 200]);
    expect(await opens(KS_ONLY_GUEST)).toEqual([200, 200]);

    // A person in neither body, and a member of both who is a guest in their confidentiality settings (never entitled).
    expect(await Promise.all(links.map((url) => openLink(NEITHER, url)))).toEqual([404, 404]);
    expect(await opens(NEITHER)).toEqual([404, 404]);
    expect(await opens(CARRIED_GUEST)).toEqual([404, 404]);
    expect(await mailedTo(CARRIED_GUEST).then((all) => all.filter((mail) => mail.subject.startsWith('Dokumenter unntatt offentlighet')))).toEqual([]);
  }, 240_000);
});
