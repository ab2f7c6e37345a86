import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/errors';
import { grantCarriedExemptFiles } from './carriedExemptGrants';
import { protectExempt } from './exemptFilePermissions';
import { CARRIED_GUEST, carriedSakWorld, type CarriedSakWorld } from './testing/carriedSakWorld';
import { startHarness, type Harness } from './testing/localTenant';

/** In the kommunestyre only: not a member of the planutvalg, so not entitled to its exempt vedlegg. */
const KS_ONLY = 'erik.nordberg';
/** In both bodies. */
const BOTH = 'andreas.aass-engstrom';
/** A member of both without the right to manage the planutvalg's files. */
const NO_MANAGER = 'renate.solstad';

describe('a sak taken from the planutvalg: its exempt vedlegg opened to the kommunestyre\'s members by the kommunestyre\'s send (local tenant)', () => {
  let harness: Harness;
  let world: CarriedSakWorld;

  beforeAll(async () => {
    harness = await startHarness();
    world = await carriedSakWorld(harness, { planutvalgWithout: KS_ONLY });
  }, 180_000);
  afterAll(async () => harness?.close());

  it('before the kommunestyre\'s send only the planutvalg\'s people open it; the kommunestyre\'s sak links it where it lies', async () => {
    const links = world.ks.meeting.items[0]?.attachments.map((attachment) => [attachment.driveItemId, attachment.webUrl]);
    expect(links).toEqual([[undefined, world.pu.meeting.items[0]?.attachments[0]?.webUrl]]);
    expect(await world.open(BOTH)).toBe(200);
    expect(await world.open(KS_ONLY)).toBe(404);
    expect(await world.open(CARRIED_GUEST)).toBe(404);
  });

  it('a secretary who may not manage the planutvalg\'s file is told, naming the file and the body, and nothing changes', async () => {
    const refusal = await grantCarriedExemptFiles({ rest: world.siteRest(NO_MANAGER) }, world.ks).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDomainError(refusal) && refusal.reason).toEqual({ key: 'exempt.carriedNotGranted', values: { files: `«${world.fileName}»`, body: 'Planutvalget' } });
    expect(await world.open(KS_ONLY)).toBe(404);
  });

  it('the kommunestyre\'s send (its protecting step, before anything leaves) gives its members Read there; the planutvalg\'s keep theirs', async () => {
    await protectExempt(world.deps(), world.ks);
    expect(await world.open(KS_ONLY)).toBe(200);
    expect(await world.open(BOTH)).toBe(200);
    // The guest of the committees' settings stays out: only those entitled to the sak.
    expect(await world.open(CARRIED_GUEST)).toBe(404);
  }, 120_000);
});
