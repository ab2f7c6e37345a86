/**
 * `npm run test:m365` with `MOTEBOK_SITE_ACCESS=selected`: before the probes, is Møtebok's app given
 * the sites it must reach? With Sites.Selected the app reaches a site only where an administrator gave
 * it a role (`POST /sites/{id}/permissions`), and Møtebok needs `fullcontrol` (it sets permissions
 * itself; docs/drift.md §3). Two views of each site (the test site, and the committee's site when it is
 * another): the app's own (Møtebok's token: `GET /sites/{id}` answers 403 where it has no role), and
 * the roles themselves (`GET /sites/{id}/permissions`, which needs Sites.FullControl.All: read with the
 * administrator's sign-in, the tool's client as `npm run doctor` uses). Each line says, in bokmål and
 * in English, what is missing, where, and the grant that gives it.
 */
import type { GraphAnswer, GraphGet } from '../doctor/checks';

/** The role Møtebok needs on a site under Sites.Selected (src/graph/siteAccess.ts asks the same). */
export const NEEDED_ROLE = 'fullcontrol';
/** The scope the administrator's sign-in reads the roles with (Microsoft Learn: «List permissions» of a site). */
export const READ_GRANTS_SCOPES = ['Sites.FullControl.All'];

export interface SiteToCheck {
  /** What the site is to the reader: «testområdet» (the test site) or «møteorganets område» (the committee's site). */
  label: { nb: string; en: string };
  id: string;
}

export interface SiteAccessFinding {
  siteId: string;
  status: 'ok' | 'mangler' | 'for liten' | 'finnes ikke' | 'ikke kontrollert';
  /** The app's roles on the site, when they could be read. */
  roles?: string[];
  /** Bokmål, then English: what was found and what to do. */
  nb: string;
  en: string;
}

interface PermissionRow {
  roles?: unknown;
  grantedToIdentitiesV2?: Array<{ application?: { id?: string } }>;
  grantedToIdentities?: Array<{ application?: { id?: string } }>;
}

function graphProblem(answer: GraphAnswer): string {
  const error = (answer.body as { error?: { code?: string } } | null | undefined)?.error;
  return `${answer.status}${error?.code ? ` ${error.code}` : ''}`;
}

/** The app's roles on a site from `GET /sites/{id}/permissions` (both identity shapes Graph returns). */
export function appRoles(answer: GraphAnswer, clientId: string): string[] {
  const value = (answer.body as { value?: unknown } | null | undefined)?.value;
  const rows = Array.isArray(value) ? (value as PermissionRow[]) : [];
  const roles = new Set<string>();
  for (const row of rows) {
    const identities = [...(row.grantedToIdentitiesV2 ?? []), ...(row.grantedToIdentities ?? [])];
    if (!identities.some((identity) => identity.application?.id?.toLowerCase() === clientId.toLowerCase())) continue;
    if (Array.isArray(row.roles)) for (const role of row.roles) if (typeof role === 'string') roles.add(role.toLowerCase());
  }
  return [...roles];
}

/** The command IT runs to give the role (docs/drift.md §3), for the message. */
export function grantCommand(siteId: string, clientId: string): string {
  return `POST /sites/${siteId}/permissions { "roles": ["${NEEDED_ROLE}"], "grantedToIdentities": [{ "application": { "id": "${clientId}", "displayName": "Møtebok" } }] }`;
}

/**
 * Checks each site: `app` is a GET with Møtebok's own token (Sites.Selected), `admin` a GET with the
 * administrator's token (Sites.FullControl.All), or undefined when that sign-in failed (`adminProblem` says why).
 */
export async function checkSiteAccess(options: {
  sites: readonly SiteToCheck[];
  clientId: string;
  app: GraphGet;
  admin?: GraphGet;
  adminProblem?: string;
}): Promise<SiteAccessFinding[]> {
  const findings: SiteAccessFinding[] = [];
  for (const site of options.sites) {
    const where = { nb: `${site.label.nb} (${site.id})`, en: `the ${site.label.en} (${site.id})` };
    const grant = grantCommand(site.id, options.clientId);
    const reach = await options.app(`/sites/${site.id}?$select=id`);
    const grants = options.admin ? await options.admin(`/sites/${site.id}/permissions`) : undefined;
    if (reach.status === 404 || grants?.status === 404) {
      findings.push({
        siteId: site.id,
        status: 'finnes ikke',
        nb: `${where.nb.charAt(0).toUpperCase()}${where.nb.slice(1)} finnes ikke (Graph svarte 404). Kontroller område-ID-en (vert,område-ID,web-ID: GET /sites/{vert}:/sites/{sti}).`,
        en: `The ${where.en.slice('the '.length)} was not found (Graph answered 404). Check the site id (host,site id,web id: GET /sites/{host}:/sites/{path}).`,
      });
      continue;
    }
    if (grants?.status === 200) {
      const roles = appRoles(grants, options.clientId);
      if (roles.includes(NEEDED_ROLE)) {
        findings.push({ siteId: site.id, status: 'ok', roles, nb: `Møtebok (${options.clientId}) har rollen ${NEEDED_ROLE} på ${where.nb}.`, en: `Møtebok (${options.clientId}) has the ${NEEDED_ROLE} role on ${where.en}.` });
      } else if (roles.length === 0) {
        findings.push({
          siteId: site.id,
          status: 'mangler',
          roles,
          nb: `Møtebok (${options.clientId}) har ingen rolle på ${where.nb}: appen når ikke området med Sites.Selected. En SharePoint-administrator må gi den rollen ${NEEDED_ROLE}: ${grant} (docs/drift.md §3).`,
          en: `Møtebok (${options.clientId}) has no role on ${where.en}: with Sites.Selected the app cannot reach the site. A SharePoint administrator must give it the ${NEEDED_ROLE} role: ${grant} (docs/drift.md §3).`,
        });
      } else {
        findings.push({
          siteId: site.id,
          status: 'for liten',
          roles,
          nb: `Møtebok (${options.clientId}) har bare rollen ${roles.join(', ')} på ${where.nb}; den trenger ${NEEDED_ROLE} for å lage lister og sette tilganger. Endre rollen: PATCH /sites/${site.id}/permissions/<id> { "roles": ["${NEEDED_ROLE}"] } (docs/drift.md §3).`,
          en: `Møtebok (${options.clientId}) has only the ${roles.join(', ')} role on ${where.en}; it needs ${NEEDED_ROLE} to create lists and set permissions. Change the role: PATCH /sites/${site.id}/permissions/<id> { "roles": ["${NEEDED_ROLE}"] } (docs/drift.md §3).`,
        });
      }
      continue;
    }
    // The roles could not be read: say why, and what the app's own view shows.
    const why = grants ? `Graph svarte ${graphProblem(grants)} på GET /sites/{id}/permissions` : (options.adminProblem ?? 'administratorpåloggingen mislyktes');
    const whyEn = grants ? `Graph answered ${graphProblem(grants)} to GET /sites/{id}/permissions` : (options.adminProblem ?? 'the administrator sign-in failed');
    const readIt = 'Rollene kan bare leses med Sites.FullControl.All av en SharePoint-administrator.';
    const readItEn = 'The roles can only be read with Sites.FullControl.All by a SharePoint administrator.';
    if (reach.status === 403) {
      findings.push({
        siteId: site.id,
        status: 'mangler',
        nb: `Møtebok (${options.clientId}) når ikke ${where.nb} (403): appen har ingen rolle der. En SharePoint-administrator må gi den rollen ${NEEDED_ROLE}: ${grant} (docs/drift.md §3). (${why}. ${readIt})`,
        en: `Møtebok (${options.clientId}) cannot reach ${where.en} (403): the app has no role there. A SharePoint administrator must give it the ${NEEDED_ROLE} role: ${grant} (docs/drift.md §3). (${whyEn}. ${readItEn})`,
      });
    } else {
      findings.push({
        siteId: site.id,
        status: 'ikke kontrollert',
        nb: `Møtebok når ${where.nb} (Graph svarte ${graphProblem(reach)}), men om rollen er ${NEEDED_ROLE} ble ikke kontrollert: ${why}. ${readIt}`,
        en: `Møtebok reaches ${where.en} (Graph answered ${graphProblem(reach)}), but whether its role is ${NEEDED_ROLE} was not checked: ${whyEn}. ${readItEn}`,
      });
    }
  }
  return findings;
}

/** The findings as printed: one line in bokmål, one in English, under a status tag. */
export function formatSiteAccess(findings: readonly SiteAccessFinding[]): string {
  const tag = { ok: 'OK', mangler: 'MANGLER', 'for liten': 'FOR LITEN', 'finnes ikke': 'FINNES IKKE', 'ikke kontrollert': 'IKKE KONTROLLERT' } as const;
  return findings.map((f) => `[${tag[f.status]}] ${f.nb}\n        ${f.en}\n`).join('');
}
