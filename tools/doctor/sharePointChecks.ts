/**
 * The two doctor checks Graph v1.0 cannot answer — unique permissions on the Møtebok lists and
 * folders, and versioning — through the app's own SharePoint REST drift check
 * (src/graph/sitePermissions.ts `checkPermissions`), with the administrator's sign-in. The check
 * runs once and both answers come from it.
 */
import type { TokenProvider } from '../../src/auth/tokenProvider';
import { SCOPES } from '../../src/auth/scopes';
import { createGraphClientFactory } from '../../src/graph/graphClient';
import type { FetchLike } from '../../src/graph/middleware/fetchMiddleware';
import { SharePointMeetingRepository } from '../../src/graph/sharePointMeetingRepository';
import { createSharePointRest } from '../../src/graph/sharePointRest';
import { siteWebUrlOnce } from '../../src/graph/siteWebUrl';
import { checkPermissions, type PermissionReport } from '../../src/graph/sitePermissions';
import { permissionFindingTexts } from '../../src/ui/workspace/permissionFindingText';
import type { Committee } from '../../src/domain/model';
import * as v from 'valibot';
import type { SharePointInspection } from './checks';

/**
 * SharePoint's base permissions (the low 32 bits; PermissionKind n is bit n-1) in words:
 * ManagePermissions (25), ManageLists (13), EditListItems (3), ViewListItems (1).
 */
export function rightsText(low: number): string {
  const has = (kind: number): boolean => ((low >>> (kind - 1)) & 1) === 1;
  if (has(25)) return 'full kontroll (kan også endre tillatelser)';
  if (has(13)) return 'kan opprette og endre lister';
  if (has(3)) return 'kan redigere';
  if (has(1)) return 'kan bare lese';
  return 'ingen';
}

export interface SharePointCheckOptions {
  graphBaseUrl: string;
  siteId: string;
  tokens: TokenProvider;
  fetch: FetchLike;
}

export function sharePointInspection(options: SharePointCheckOptions): SharePointInspection {
  const clients = createGraphClientFactory({ config: { graphBaseUrl: options.graphBaseUrl }, tokenProvider: options.tokens, fetch: options.fetch });
  const repository = new SharePointMeetingRepository({ clients, siteId: options.siteId });
  const graph = clients(SCOPES.storage);
  const rest = createSharePointRest(siteWebUrlOnce(graph, options.siteId), options.tokens, options.fetch);
  let report: Promise<PermissionReport | Error> | undefined;
  // The committees checked: each finding is worded in its committee's words (referat or protokoll).
  let checked: Committee[] = [];
  const check = async (): Promise<PermissionReport | Error> => {
    try {
      checked = (await repository.listCommittees()).map((c) => c.value);
      return await checkPermissions({ rest, graph, siteId: options.siteId }, checked);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
  const run = (): Promise<PermissionReport | Error> => (report ??= check());
  const BasePermissions = v.looseObject({ High: v.union([v.string(), v.number()]), Low: v.union([v.string(), v.number()]) });
  const unreadable = 'Du har ikke rett til å lese tillatelsene på området; bare sekretariatet og områdets eiere har det.';
  return {
    async siteRights() {
      try {
        const { Low } = await rest.get('web/effectivebasepermissions', BasePermissions);
        return rightsText(Number(Low));
      } catch {
        return undefined;
      }
    },
    async listPermissions() {
      const result = await run();
      if (result instanceof Error) return { status: 'ikke kontrollert', message: `SharePoint-REST-kontrollen feilet: ${result.message}` };
      if (!result.checked) return { status: 'ikke kontrollert', message: unreadable, fix: 'Kjør doctor som en i sekretariatet eller en eier av området.' };
      const findings = result.findings.filter((f) => f.problem !== 'versioningOff');
      return findings.length === 0
        ? { status: 'ok', message: 'Listene og møtemappene har unike tillatelser: sekretariatet full kontroll, referentene skrivetilgang, medlemmene lesetilgang, ingen andre.' }
        : { status: 'feil', message: permissionFindingTexts(findings, checked).join(' '), fix: 'Åpne Møtebok som sekretariatet og velg «Klargjør SharePoint-området»: det setter tillatelsene slik de skal være. Områdets eiere må ikke endre tillatelsene på listene Motebok* og møtemappene.' };
    },
    async versioning() {
      const result = await run();
      if (result instanceof Error) return { status: 'ikke kontrollert', message: `SharePoint-REST-kontrollen feilet: ${result.message}` };
      if (!result.checked) return { status: 'ikke kontrollert', message: unreadable, fix: 'Kjør doctor som en i sekretariatet eller en eier av området.' };
      const off = result.findings.filter((f) => f.problem === 'versioningOff');
      return off.length === 0
        ? { status: 'ok', message: 'Versjonering er på for listene Motebok* og dokumentbiblioteket.' }
        : { status: 'feil', message: permissionFindingTexts(off, checked).join(' '), fix: 'Velg «Klargjør SharePoint-området» i Møtebok, eller Listeinnstillinger → Versjonsinnstillinger → «Opprett en versjon hver gang du redigerer et element» for listen.' };
    },
  };
}
