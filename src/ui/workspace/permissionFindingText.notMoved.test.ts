import { afterEach, describe, expect, it } from 'vitest';
import type { PermissionFinding } from '../../graph/sitePermissions';
import { setLanguage } from '../shared/i18n';
import { permissionFindingTexts } from './permissionFindingText';

afterEach(async () => setLanguage('nb'));

// «Rett tilgangene» could not move what a meeting row holds of an exempt sak: SharePoint refused (meetingWrites.ts `PartsLeft`).
const notMoved: PermissionFinding = { target: { kind: 'meeting', committeeId: 'pm', committee: 'Partnerskapsmøtet', date: '2026-06-11' }, problem: 'exemptPartsNotMoved', sak: '2026.04' };

describe('a meeting whose exempt parts «Rett tilgangene» could not move', () => {
  it('names the meeting and the sak, says SharePoint refused and that everyone who reads the list can read it, and who must act — in bokmål, nynorsk and English', async () => {
    expect(permissionFindingTexts([notMoved], [])).toEqual([
      'Møtebok fikk ikke flytte det møtet i Partnerskapsmøtet 11.06.2026 registrerte om sak 2026.04, som er unntatt offentlighet, inn i sakens lukkede rad: SharePoint nektet tilgang. Det ligger fortsatt i møteraden, der alle med lesetilgang til listen kan lese det. Be en eier av SharePoint-området velge «Rett tilgangene».',
    ]);
    await setLanguage('nn');
    expect(permissionFindingTexts([notMoved], [])[0]).toContain('fekk ikkje flytte det møtet i Partnerskapsmøtet 11.06.2026 registrerte om sak 2026.04');
    await setLanguage('en');
    expect(permissionFindingTexts([notMoved], [])[0]).toContain('could not move what the meeting of Partnerskapsmøtet on 11 June 2026 recorded about item 2026.04');
  });
});
