/**
 * The checks of `npm run doctor`, in the order a careful IT person would go through them. Each
 * reads the tenant through Graph with the signed-in administrator's own rights and changes nothing.
 * Each answers OK, FEIL (what is wrong and how to fix it) or IKKE KONTROLLERT (why it could not be
 * checked: a check it depends on failed, or the check is not available yet).
 */
import { graphScopes, SCOPES, sharePointScopes, type Feature } from '../../src/auth/scopes';
import { LISTS } from '../../src/graph/listDefinitions';
import type { M365Config } from '../m365/config';
import { appRoles, grantCommand, NEEDED_ROLE } from '../m365/siteAccess';

export type CheckStatus = 'ok' | 'feil' | 'ikke kontrollert';

export interface CheckResult {
  id: CheckId;
  title: string;
  status: CheckStatus;
  /** What was found (OK) or what is wrong. */
  message: string;
  /** How to fix it (FEIL) or what to do to get it checked (IKKE KONTROLLERT). */
  fix?: string;
}

export type CheckId =
  | 'signIn'
  | 'redirectUris'
  | 'permissions'
  | 'sharePointPermission'
  | 'consent'
  | 'site'
  | 'siteRole'
  | 'lists'
  | 'listPermissions'
  | 'versioning'
  | 'sharedMailbox'
  | 'teamsApp';

export interface GraphAnswer {
  status: number;
  body: unknown;
}

/** One GET below the Graph base URL with the signed-in administrator's token. */
export type GraphGet = (path: string) => Promise<GraphAnswer>;

/**
 * Checks that need SharePoint's own REST API (Graph v1.0 has no list permissions or versioning
 * settings). Supplied by the SharePoint permission drift check when it exists.
 */
export interface SharePointInspection {
  /** The signed-in user's rights on the site in words, or undefined when SharePoint would not say. */
  siteRights(): Promise<string | undefined>;
  listPermissions(): Promise<Omit<CheckResult, 'id' | 'title'>>;
  versioning(): Promise<Omit<CheckResult, 'id' | 'title'>>;
}

export interface DoctorContext {
  config: M365Config;
  graph: GraphGet;
  /** Who signed in (their UPN), or the sign-in error in Norwegian. */
  signIn: { ok: true; user: string } | { ok: false; problem: string };
  sharePoint?: SharePointInspection;
  /**
   * A GET with the scope that reads a site's app roles (Sites.FullControl.All, `READ_GRANTS_SCOPES`),
   * asked only for a Sites.Selected build; undefined when that sign-in failed (`siteGrantsProblem` says why).
   */
  siteGrants?: GraphGet;
  siteGrantsProblem?: string;
}

/** The Graph scopes the tools sign in with: read-only, for the administrator running them. */
export function adminScopes(config: M365Config): string[] {
  return ['User.Read', 'Directory.Read.All', 'Sites.Read.All', 'AppCatalog.Read.All', ...(config.app.sharedMailbox ? ['Calendars.Read.Shared'] : [])];
}

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
/** «Office 365 SharePoint Online»: the resource of SharePoint's own REST scopes. */
const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

/**
 * The SharePoint scope Møtebok's REST calls ask for under the build's site access
 * (src/auth/scopes.ts `sharePointScopes`, without the resource in front): AllSites.FullControl, or Sites.Selected.
 */
export function requiredSharePointScopes(config: M365Config): string[] {
  return sharePointScopes('', config.app.siteAccess).map((scope) => scope.slice(scope.lastIndexOf('/') + 1));
}

export const TITLES: Record<CheckId, string> = {
  signIn: 'Pålogging',
  redirectUris: 'App-registreringens omdirigerings-URI-er',
  permissions: 'App-registreringens Graph-tillatelser',
  sharePointPermission: 'App-registreringens SharePoint-tillatelse',
  consent: 'Administratorsamtykke',
  site: 'SharePoint-området og dine rettigheter',
  siteRole: 'Møteboks rolle på området (Sites.Selected)',
  lists: 'Møtebok-listene, kolonnene og indeksene',
  listPermissions: 'Tillatelser på lister og mapper',
  versioning: 'Versjonering',
  sharedMailbox: 'Fellespostkassen',
  teamsApp: 'Teams-appen i organisasjonens appkatalog',
};

/**
 * The delegated scopes Møtebok's registration must have (src/auth/scopes.ts, under the build's
 * MOTEBOK_SITE_ACCESS: Sites.Selected in place of the tenant-wide site scopes), the shared calendar
 * only with a shared mailbox.
 */
export function requiredScopes(config: M365Config): string[] {
  const features = (Object.keys(SCOPES) as Feature[]).filter((feature) => feature !== 'sharedCalendar' || config.app.sharedMailbox);
  return graphScopes(config.app.siteAccess, features);
}

/**
 * The Graph permissions in the registration that Møtebok never asks for: delegated scopes outside
 * `graphScopes` for the build's site access (by name, or by id when the name is unknown) — with
 * `selected`, the tenant-wide `Sites.ReadWrite.All` and `Sites.Manage.All` are excess, since they
 * would reach every site again — and every application permission (`Role`), since Møtebok uses none.
 */
export function extraGraphPermissions(access: readonly Row[], scopeNames: ReadonlyMap<string, string>, siteAccess: 'tenant' | 'selected' = 'tenant'): Set<string> {
  const motebok: ReadonlySet<string> = new Set(graphScopes(siteAccess));
  const extra = new Set<string>();
  for (const entry of access) {
    const name = scopeNames.get(String(entry.id));
    if (entry.type === 'Role') extra.add(`applikasjonstillatelsen ${String(entry.id)}`);
    else if (entry.type === 'Scope' && !(name && motebok.has(name))) extra.add(name ?? String(entry.id));
  }
  return extra;
}

/**
 * The SPA redirect URIs the build signs in through: MSAL's default, the open page's own address (the workspace in a
 * browser), or the one address every page uses when the build sets MOTEBOK_REDIRECT_URI; and brk-multihub for nested
 * app authentication in Teams and Outlook.
 */
export function expectedRedirectUris(config: M365Config): string[] {
  const host = new URL(config.appUrl).host;
  return [config.app.redirectUri ?? `${config.appUrl}/workspace.html`, `brk-multihub://${host}`];
}

interface Row { [key: string]: unknown }

function rows(answer: GraphAnswer): Row[] {
  const value = (answer.body as { value?: unknown } | null)?.value;
  return Array.isArray(value) ? value.filter((v): v is Row => typeof v === 'object' && v !== null) : [];
}

function graphProblem(answer: GraphAnswer): string {
  const error = (answer.body as { error?: { code?: string; message?: string } } | null)?.error;
  return `Graph svarte ${answer.status}${error?.code ? ` ${error.code}` : ''}${error?.message ? `: ${error.message}` : ''}`;
}

const q = (value: string): string => encodeURIComponent(value.replace(/'/g, "''"));

type Outcome = Omit<CheckResult, 'id' | 'title'>;
const ok = (message: string): Outcome => ({ status: 'ok', message });
const fault = (message: string, fix: string): Outcome => ({ status: 'feil', message, fix });
const notChecked = (message: string, fix?: string): Outcome => ({ status: 'ikke kontrollert', message, ...(fix ? { fix } : {}) });

export async function runDoctor(ctx: DoctorContext): Promise<CheckResult[]> {
  const { config, graph } = ctx;
  const results: CheckResult[] = [];
  const add = (id: CheckId, outcome: Outcome): Outcome => {
    results.push({ id, title: TITLES[id], ...outcome });
    return outcome;
  };

  // 1. Sign-in. Without it nothing else can be asked.
  if (!ctx.signIn.ok) {
    add('signIn', fault(ctx.signIn.problem, `Kontroller MOTEBOK_AUTHORITY (${config.app.authority}) og at du logget på med koden. Verktøyet logger på som klient ${config.adminClientId} (MOTEBOK_ADMIN_CLIENT_ID); den må være tillatt i tenanten.`));
    for (const id of Object.keys(TITLES) as CheckId[]) if (id !== 'signIn') add(id, notChecked('Påloggingen mislyktes.'));
    return results;
  }
  const me = await graph('/me?$select=displayName,userPrincipalName');
  if (me.status !== 200) add('signIn', fault(`Logget på som ${ctx.signIn.user}, men Graph avviste kallet: ${graphProblem(me)}.`, `Kontroller MOTEBOK_GRAPH_BASE_URL (${config.app.graphBaseUrl}).`));
  else add('signIn', ok(`Logget på som ${String((me.body as Row).userPrincipalName ?? ctx.signIn.user)}.`));

  // 2–4. The app registration, Microsoft Graph's permission ids, and the admin consent.
  const appAnswer = await graph(`/applications?$filter=appId eq '${q(config.app.clientId)}'&$select=id,appId,displayName,spa,requiredResourceAccess`);
  const registration = appAnswer.status === 200 ? rows(appAnswer)[0] : undefined;
  const noRegistration = appAnswer.status !== 200
    ? `Kunne ikke lese app-registreringen: ${graphProblem(appAnswer)}. Du trenger en rolle som kan lese appregistreringer (for eksempel Global leser).`
    : registration ? undefined : `Fant ingen app-registrering med klient-ID ${config.app.clientId} (MOTEBOK_CLIENT_ID).`;
  const registerFix = 'Registrer appen som beskrevet i docs/drift.md (eller kjør «atk provision --env prod»), og sett MOTEBOK_CLIENT_ID til klient-ID-en.';
  if (noRegistration) {
    add('redirectUris', fault(noRegistration, registerFix));
    add('permissions', fault(noRegistration, registerFix));
  } else {
    const registered = new Set(((registration?.spa as { redirectUris?: unknown } | undefined)?.redirectUris as string[] | undefined) ?? []);
    const missing = expectedRedirectUris(config).filter((uri) => !registered.has(uri));
    add('redirectUris', missing.length === 0
      ? ok(`Enkeltsideapp-URI-ene ${expectedRedirectUris(config).join(' og ')} er registrert.`)
      : fault(`Mangler omdirigerings-URI ${missing.join(', ')} under plattformen «Enkeltsideapplikasjon» (SPA).`, `Microsoft Entra administrasjonssenter → Appregistreringer → Møtebok → Godkjenning → Enkeltsideapplikasjon: legg til ${missing.join(' og ')}. brk-multihub:// trengs for pålogging i Teams og Outlook (nestet app-autentisering).`));
  }

  const graphSpAnswer = await graph(`/servicePrincipals?$filter=appId eq '${GRAPH_APP_ID}'&$select=id,appId,oauth2PermissionScopes`);
  const graphSp = rows(graphSpAnswer)[0];
  const scopeIds = new Map<string, string>();
  for (const scope of (graphSp?.oauth2PermissionScopes as Row[] | undefined) ?? []) if (typeof scope.id === 'string' && typeof scope.value === 'string') scopeIds.set(scope.id, scope.value);
  const required = requiredScopes(config);
  if (!noRegistration) {
    if (!graphSp) add('permissions', notChecked(`Kunne ikke slå opp Microsoft Graphs tillatelser: ${graphProblem(graphSpAnswer)}.`));
    else {
      const access = ((registration?.requiredResourceAccess as Row[] | undefined) ?? [])
        .filter((r) => r.resourceAppId === GRAPH_APP_ID)
        .flatMap((r) => (r.resourceAccess as Row[] | undefined) ?? []);
      const requested = new Set(access.filter((a) => a.type === 'Scope').map((a) => scopeIds.get(String(a.id))).filter((v): v is string => v !== undefined));
      const missing = required.filter((s) => !requested.has(s));
      // More than Møtebok uses is a fault too (least privilege): a delegated scope outside SCOPES, or any application permission.
      const extra = [...extraGraphPermissions(access, scopeIds, config.app.siteAccess)];
      const faults = [
        ...(missing.length > 0 ? [`Mangler delegert Graph-tillatelse ${missing.join(', ')}.`] : []),
        ...(extra.length > 0 ? [`Registreringen ber om mer enn Møtebok bruker: ${extra.join(', ')}.`] : []),
      ];
      const fixes = [
        ...(missing.length > 0 ? [`Appregistreringer → Møtebok → API-tillatelser → Legg til en tillatelse → Microsoft Graph → Delegerte tillatelser: ${missing.join(', ')}.`] : []),
        ...(extra.length > 0 ? [`Appregistreringer → Møtebok → API-tillatelser: fjern ${extra.join(', ')} (… → Fjern tillatelse), og tilbakekall samtykket for dem.`] : []),
      ];
      add('permissions', faults.length === 0
        ? ok(`Alle delegerte Graph-tillatelser er med, og ingen andre: ${required.join(', ')}.`)
        : fault(faults.join(' '), `${fixes.join(' ')} Hvorfor hver trengs står i docs/drift.md.`));
    }
  }

  // 3b. SharePoint's own permission, for the REST calls that set list, folder and row permissions.
  const sharePointSpAnswer = await graph(`/servicePrincipals?$filter=appId eq '${SHAREPOINT_APP_ID}'&$select=id,appId,oauth2PermissionScopes`);
  const sharePointSp = rows(sharePointSpAnswer)[0];
  const sharePointRequired = requiredSharePointScopes(config);
  if (noRegistration) add('sharePointPermission', fault(noRegistration, registerFix));
  else if (!sharePointSp) add('sharePointPermission', notChecked(`Kunne ikke slå opp SharePoints tillatelser («Office 365 SharePoint Online»): ${graphProblem(sharePointSpAnswer)}.`));
  else add('sharePointPermission', sharePointPermission(registration, sharePointSp, sharePointRequired));

  const appSpAnswer = await graph(`/servicePrincipals?$filter=appId eq '${q(config.app.clientId)}'&$select=id,appId,displayName`);
  const appSp = rows(appSpAnswer)[0];
  if (appSpAnswer.status !== 200) add('consent', notChecked(`Kunne ikke lese tjenestekontohaverne: ${graphProblem(appSpAnswer)}.`));
  else if (!appSp) add('consent', fault(`Møtebok har ingen tjenestekontohaver (virksomhetsapp) i tenanten, så ingen har gitt samtykke.`, 'Appregistreringer → Møtebok → API-tillatelser → «Gi administratorsamtykke for <organisasjon>».'));
  else {
    const grantsAnswer = await graph(`/oauth2PermissionGrants?$filter=clientId eq '${q(String(appSp.id))}'`);
    if (grantsAnswer.status !== 200) add('consent', notChecked(`Kunne ikke lese samtykkene: ${graphProblem(grantsAnswer)}.`));
    else {
      // One grant per resource: Graph's scopes in Graph's, SharePoint's in SharePoint's (a scope name such as
      // Sites.Selected exists in both, so each is looked for in its own resource's grant).
      const grantedFor = (resourceId: unknown): Set<string> =>
        new Set(rows(grantsAnswer).filter((g) => g.consentType === 'AllPrincipals' && (resourceId === undefined || g.resourceId === resourceId)).flatMap((g) => String(g.scope ?? '').split(' ').filter(Boolean)));
      const granted = grantedFor(graphSp?.id);
      const sharePointGranted = grantedFor(sharePointSp?.id);
      const missing = [
        ...required.filter((s) => !granted.has(s)),
        ...(sharePointSp ? sharePointRequired.filter((s) => !sharePointGranted.has(s)).map((s) => `${s} (SharePoint)`) : []),
      ];
      const nothing = granted.size === 0 && sharePointGranted.size === 0;
      add('consent', missing.length === 0
        ? ok(`Administratorsamtykke er gitt for hele organisasjonen${sharePointSp ? ', for Graph og for SharePoint' : ''}.`)
        : fault(nothing ? 'Ingen har gitt administratorsamtykke for organisasjonen.' : `Administratorsamtykket mangler ${missing.join(', ')}.`, 'En global administrator eller administrator for privilegerte roller: Appregistreringer → Møtebok → API-tillatelser → «Gi administratorsamtykke for <organisasjon>».'));
    }
  }

  // 5–8. The site, its lists, their permissions and versioning.
  const siteAnswer = await graph(`/sites/${config.app.siteId}?$select=id,displayName,webUrl`);
  const siteOk = siteAnswer.status === 200;
  if (siteOk) {
    const rights = await ctx.sharePoint?.siteRights();
    add('site', ok(`Området «${String((siteAnswer.body as Row).displayName ?? '')}» finnes (${String((siteAnswer.body as Row).webUrl ?? '')}). Dine rettigheter: ${rights ?? 'du kan lese det (SharePoint oppga ikke mer)'}.`));
  }
  else if (siteAnswer.status === 403 || siteAnswer.status === 401) add('site', fault(`Du har ikke tilgang til SharePoint-området ${config.app.siteId}: ${graphProblem(siteAnswer)}.`, 'Områdets eier: Innstillinger → Områdetillatelser: gi sekretariatet Rediger (eller Full kontroll for den som klargjør) og medlemmene Les. Kjør doctor som en av dem.'));
  else add('site', fault(`Fant ikke SharePoint-området ${config.app.siteId} (MOTEBOK_SITE_ID): ${graphProblem(siteAnswer)}.`, 'Finn områdets ID med GET /sites/{vertsnavn}:/sites/{sti} i Graph Explorer og sett MOTEBOK_SITE_ID, eller opprett området.'));
  const needsSite = 'SharePoint-området kunne ikke leses (se over).';
  if (config.app.siteAccess === 'selected') add('siteRole', siteOk ? await siteRole(ctx) : notChecked(needsSite));

  let listsMissing = false;
  if (!siteOk) add('lists', notChecked(needsSite));
  else {
    const listsAnswer = await graph(`/sites/${config.app.siteId}/lists?$select=id,name,displayName`);
    if (listsAnswer.status !== 200) add('lists', notChecked(`Kunne ikke lese listene: ${graphProblem(listsAnswer)}.`));
    else {
      const found = rows(listsAnswer);
      const problems: string[] = [];
      const fixes = new Set<string>();
      for (const definition of LISTS) {
        const list = found.find((l) => String(l.name ?? '').toLowerCase() === definition.name.toLowerCase());
        if (!list) {
          problems.push(`listen ${definition.name} finnes ikke`);
          listsMissing = true;
          fixes.add('Åpne Møtebok som en som kan opprette lister på området og velg «Klargjør SharePoint-området».');
          continue;
        }
        const columnsAnswer = await graph(`/sites/${config.app.siteId}/lists/${String(list.id)}/columns?$select=name,indexed`);
        const columns = rows(columnsAnswer);
        for (const column of definition.columns) {
          const existing = columns.find((c) => c.name === column.name);
          if (!existing) {
            problems.push(`listen ${definition.name} mangler kolonnen ${String(column.name)}`);
            fixes.add('Velg «Klargjør SharePoint-området» i Møtebok: det legger til kolonnene som mangler.');
          } else if (column.indexed && existing.indexed !== true) {
            problems.push(`kolonnen ${String(column.name)} i ${definition.name} er ikke indeksert (spørringer filtrerer på den; uten indeks feiler de over 5 000 rader)`);
            fixes.add(`Listeinnstillinger for ${definition.name} → Indekserte kolonner → Opprett en ny indeks på ${String(column.name)}.`);
          }
        }
      }
      add('lists', problems.length === 0
        ? ok(`Listene ${LISTS.map((l) => l.name).join(', ')} har alle kolonnene, og kolonnene det filtreres på er indeksert.`)
        : fault(`${problems.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()), [...fixes].join(' ')));
    }
  }

  if (!siteOk) {
    add('listPermissions', notChecked(needsSite));
    add('versioning', notChecked(needsSite));
  } else if (listsMissing) {
    add('listPermissions', notChecked('En Møtebok-liste mangler (se over); tillatelsene kontrolleres når listene finnes.'));
    add('versioning', notChecked('En Møtebok-liste mangler (se over); versjoneringen kontrolleres når listene finnes.'));
  } else if (!ctx.sharePoint) {
    add('listPermissions', notChecked('Ingen SharePoint-REST-kontroll er koblet til.'));
    add('versioning', notChecked('Ingen SharePoint-REST-kontroll er koblet til.'));
  } else {
    add('listPermissions', await ctx.sharePoint.listPermissions());
    add('versioning', await ctx.sharePoint.versioning());
  }

  // 9. The shared mailbox the invitations are sent from.
  const mailbox = config.app.sharedMailbox;
  if (!mailbox) add('sharedMailbox', ok('Ingen fellespostkasse er satt opp (MOTEBOK_SHARED_MAILBOX): innkallinger sendes fra brukerens egen kalender.'));
  else {
    const calendar = await graph(`/users/${encodeURIComponent(mailbox)}/calendar?$select=canEdit,owner`);
    const cannotSendFix = `Exchange administrasjonssenter → Postbokser → ${mailbox} → Postbokstillatelser: gi sekretariatet «Full tilgang» (og «Send på vegne av»), eller del kalenderen med redigeringsrett.`;
    if (calendar.status === 200 && (calendar.body as Row).canEdit === true) add('sharedMailbox', ok(`Du kan opprette innkallinger i kalenderen til ${mailbox}.`));
    else if (calendar.status === 200) add('sharedMailbox', fault(`Du kan lese, men ikke skrive i kalenderen til ${mailbox}: innkallinger kan ikke sendes derfra.`, cannotSendFix));
    else if (calendar.status === 404) add('sharedMailbox', fault(`Fant ingen postkasse ${mailbox} (MOTEBOK_SHARED_MAILBOX): ${graphProblem(calendar)}.`, 'Kontroller adressen i MOTEBOK_SHARED_MAILBOX.'));
    else add('sharedMailbox', fault(`Du har ikke tilgang til kalenderen til ${mailbox}, så innkallinger kan ikke sendes derfra: ${graphProblem(calendar)}.`, cannotSendFix));
  }

  // 10. The Teams app in the organisation's catalogue.
  const catalogue = await graph(`/appCatalogs/teamsApps?$filter=externalId eq '${q(config.manifestId)}'`);
  if (catalogue.status !== 200) add('teamsApp', notChecked(`Kunne ikke lese appkatalogen: ${graphProblem(catalogue)}.`, 'Du trenger rollen Teams-administrator (eller Global leser).'));
  else {
    const app = rows(catalogue)[0];
    add('teamsApp', app
      ? ok(`«${String(app.displayName ?? 'Møtebok')}» ligger i appkatalogen (${String(app.distributionMethod ?? '')}).`)
      : fault(`Møtebok (manifest-ID ${config.manifestId}) er ikke i organisasjonens appkatalog.`, 'Lag pakken med «npm run package» og last den opp i Teams administrasjonssenter → Teams-apper → Administrer apper → Last opp ny app (eller «atk publish --env prod»).'));
  }
  return results;
}

/**
 * The registration's SharePoint permission: the scope Møtebok's REST calls ask for (by name, through
 * SharePoint's own service principal, whose ids the registration holds), and nothing more (least
 * privilege: another SharePoint scope, or any application permission, is reported as extra).
 */
function sharePointPermission(registration: Row | undefined, sharePointSp: Row, required: readonly string[]): Outcome {
  const names = new Map<string, string>();
  for (const scope of (sharePointSp.oauth2PermissionScopes as Row[] | undefined) ?? []) if (typeof scope.id === 'string' && typeof scope.value === 'string') names.set(scope.id, scope.value);
  const access = ((registration?.requiredResourceAccess as Row[] | undefined) ?? [])
    .filter((r) => r.resourceAppId === SHAREPOINT_APP_ID)
    .flatMap((r) => (r.resourceAccess as Row[] | undefined) ?? []);
  const requested = new Set(access.filter((a) => a.type === 'Scope').map((a) => names.get(String(a.id))).filter((v): v is string => v !== undefined));
  const missing = required.filter((s) => !requested.has(s));
  const extra = access
    .filter((a) => a.type === 'Role' || !required.includes(names.get(String(a.id)) ?? ''))
    .map((a) => (a.type === 'Role' ? `applikasjonstillatelsen ${String(a.id)}` : (names.get(String(a.id)) ?? String(a.id))));
  if (missing.length === 0 && extra.length === 0) return ok(`«Office 365 SharePoint Online» ${required.join(', ')} er med, og ingen andre SharePoint-tillatelser.`);
  const faults = [
    ...(missing.length > 0 ? [`Mangler den delegerte SharePoint-tillatelsen ${missing.join(', ')} («Office 365 SharePoint Online»): uten den stopper «Klargjør SharePoint-området», kontrollen av tilgangene og utsendingen som stenger unntatte vedlegg.`] : []),
    ...(extra.length > 0 ? [`Registreringen ber om mer av SharePoint enn Møtebok bruker: ${extra.join(', ')}.`] : []),
  ];
  const fixes = [
    ...(missing.length > 0 ? [`Appregistreringer → Møtebok → API-tillatelser → Legg til en tillatelse → SharePoint → Delegerte tillatelser: ${missing.join(', ')}, og gi administratorsamtykke.`] : []),
    ...(extra.length > 0 ? [`Appregistreringer → Møtebok → API-tillatelser: fjern ${extra.join(', ')} under SharePoint, og tilbakekall samtykket for dem.`] : []),
  ];
  return fault(faults.join(' '), `${fixes.join(' ')} Hvorfor står i docs/drift.md.`);
}

/**
 * A Sites.Selected build reaches the committee's site only with the role an administrator gave the app
 * there, and Møtebok needs `fullcontrol` (docs/drift.md §3): read from the site's permissions, as
 * `npm run test:m365` reads them (m365/siteAccess.ts).
 */
async function siteRole(ctx: DoctorContext): Promise<Outcome> {
  const { siteId, clientId } = ctx.config.app;
  const readIt = 'Rollene kan bare leses med Sites.FullControl.All, av en SharePoint-administrator.';
  if (!ctx.siteGrants) return notChecked(`Rollene på området ble ikke lest: ${ctx.siteGrantsProblem ?? 'ingen pålogging med Sites.FullControl.All'}.`, `${readIt} Kjør doctor som SharePoint-administrator, eller se etter med Get-PnPAzureADAppSitePermission -Site <område>.`);
  const answer = await ctx.siteGrants(`/sites/${siteId}/permissions`);
  if (answer.status !== 200) return notChecked(`Rollene på området ble ikke lest: ${graphProblem(answer)}.`, `${readIt} Kjør doctor som SharePoint-administrator, eller se etter med Get-PnPAzureADAppSitePermission -Site <område>.`);
  const roles = appRoles(answer, clientId);
  if (roles.includes(NEEDED_ROLE)) return ok(`Møtebok (${clientId}) har rollen ${NEEDED_ROLE} på området.`);
  if (roles.length === 0) return fault(`Møtebok (${clientId}) har ingen rolle på området: med Sites.Selected når appen det ikke.`, `En SharePoint-administrator gir den rollen ${NEEDED_ROLE}: ${grantCommand(siteId, clientId)} (docs/drift.md §3).`);
  return fault(`Møtebok (${clientId}) har bare rollen ${roles.join(', ')} på området; den trenger ${NEEDED_ROLE} for å lage lister og sette tilganger.`, `En SharePoint-administrator endrer rollen: PATCH /sites/${siteId}/permissions/<id> { "roles": ["${NEEDED_ROLE}"] } (docs/drift.md §3).`);
}

/** Exit code: 0 only when every check is OK. */
export function exitCode(results: readonly CheckResult[]): number {
  return results.every((r) => r.status === 'ok') ? 0 : 1;
}

export function formatReport(results: readonly CheckResult[]): string {
  const label: Record<CheckStatus, string> = { ok: 'OK', feil: 'FEIL', 'ikke kontrollert': 'IKKE KONTROLLERT' };
  const lines = results.map((r) => {
    const head = `[${label[r.status]}] ${r.title}: ${r.message}`;
    return r.fix && r.status !== 'ok' ? `${head}\n      Slik retter du det: ${r.fix}` : head;
  });
  const failed = results.filter((r) => r.status === 'feil').length;
  const unchecked = results.filter((r) => r.status === 'ikke kontrollert').length;
  const summary = failed + unchecked === 0 ? 'Alt er i orden: tenanten er klar for Møtebok.' : `${failed} feil, ${unchecked} ikke kontrollert.`;
  return `${lines.join('\n')}\n\n${summary}\n`;
}
