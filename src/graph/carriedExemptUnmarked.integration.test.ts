import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingFile } from '../domain/model';
import { StorageError } from '../domain/ports';
import { protectExempt } from './exemptFilePermissions';
import { restString } from './sharePointRest';
import { CARRIED_GUEST, carriedSakWorld, type CarriedSakWorld } from './testing/carriedSakWorld';
import { startHarness, type Harness } from './testing/localTenant';

/**
 * In the kommunestyre only, and a guest from another organisation (Færder kommune): nothing of the site's lets her into the
 * planutvalg's meeting folder, so she reads its files through the kommunestyre's grant alone.
 */
const KS_ONLY = 'guro.winsvold';
/** In both bodies. */
const BOTH = 'andreas.aass-engstrom';

/** The planutvalg's meeting with its vedlegg no longer «Unntatt offentlighet» (or marked again: `exempt`). */
const marked = (file: MeetingFile, exempt: boolean): MeetingFile => ({
  ...file,
  meeting: {
    ...file.meeting,
    items: file.meeting.items.map((item) => ({
      ...item,
      attachments: item.attachments.map(({ exemption: _exemption, ...attachment }) => (exempt ? { ...attachment, exemption: { basis: 'offl. § 14 første ledd' } } : attachment)),
    })),
  },
});

/**
 * The earlier body makes a carried sak's exempt vedlegg public again. Its send used to move the file back to its meeting folder
 * and reset its permissions: the kommunestyre's link (an address) then led nowhere, for everyone, its grant was gone, and its
 * next send stopped («kunne ikke gi tilgang»). Now a file of a sak that goes on to another body stays where it lies, open as the
 * meeting folder is, and keeps the later body's grant: in both orders of the two bodies' sends. Each person's own token.
 */
describe('a carried sak\'s vedlegg the planutvalg makes public again stays open to the kommunestyre\'s members (local tenant)', () => {
  let harness: Harness;
  const byLink = (world: CarriedSakWorld) => async (upn: string): Promise<number | string> => {
    const url = world.ks.meeting.items[0]?.attachments[0]?.webUrl ?? 'https://x';
    return world.siteRest(upn).get(`web/GetFileByServerRelativeUrl(${restString(decodeURIComponent(new URL(url).pathname))})`, v.looseObject({ Name: v.string() })).then(
      () => 200,
      (error: unknown) => (error instanceof StorageError ? error.kind : String(error)),
    );
  };
  const opens = async (world: CarriedSakWorld) => ({
    ksOnly: await world.open(KS_ONLY),
    ksOnlyByLink: await byLink(world)(KS_ONLY),
    bothByLink: await byLink(world)(BOTH),
    guest: await world.open(CARRIED_GUEST),
  });

  beforeEach(async () => {
    harness = await startHarness();
  }, 180_000);
  afterEach(async () => harness?.close());

  it('the kommunestyre sends first, then the planutvalg makes it public: the file stays at the address the kommunestyre links, its guest member keeps reading, and its next send goes', async () => {
    const world = await carriedSakWorld(harness, { planutvalgWithout: KS_ONLY });
    await protectExempt(world.deps(), world.ks);
    expect(await opens(world)).toEqual({ ksOnly: 200, ksOnlyByLink: 200, bothByLink: 200, guest: 404 });

    const pu = await protectExempt(world.deps(), marked(world.pu, false));
    expect(pu.items[0]?.attachments[0]?.webUrl).toBe(world.ks.meeting.items[0]?.attachments[0]?.webUrl);
    // Public in the planutvalg: its guest, kept out while it was exempt, reads it now.
    expect(await opens(world)).toEqual({ ksOnly: 200, ksOnlyByLink: 200, bothByLink: 200, guest: 200 });

    await world.secretariat.sendNotice(world.ks.committee, world.ksSaved);
    expect(await opens(world)).toEqual({ ksOnly: 200, ksOnlyByLink: 200, bothByLink: 200, guest: 200 });

    // Marked again: closed to the planutvalg's guest once more, the kommunestyre's grant still there.
    await protectExempt(world.deps(), marked(world.pu, true));
    expect(await opens(world)).toEqual({ ksOnly: 200, ksOnlyByLink: 200, bothByLink: 200, guest: 404 });
  }, 240_000);

  it('the planutvalg makes it public before the kommunestyre sends: the link still leads to it, the kommunestyre\'s send grants its member, and the planutvalg\'s next send keeps that', async () => {
    const world = await carriedSakWorld(harness, { planutvalgWithout: KS_ONLY });
    await protectExempt(world.deps(), marked(world.pu, false));
    // Not yet the kommunestyre's: its member who is not the planutvalg's has no way in, the planutvalg's people do.
    expect(await opens(world)).toEqual({ ksOnly: 404, ksOnlyByLink: 'notFound', bothByLink: 200, guest: 200 });

    await protectExempt(world.deps(), world.ks);
    expect(await opens(world)).toEqual({ ksOnly: 200, ksOnlyByLink: 200, bothByLink: 200, guest: 200 });

    await protectExempt(world.deps(), marked(world.pu, false));
    expect(await opens(world)).toEqual({ ksOnly: 200, ksOnlyByLink: 200, bothByLink: 200, guest: 200 });
  }, 240_000);
});
