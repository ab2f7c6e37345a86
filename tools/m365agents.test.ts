import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphScopes, SCOPES, sharePointScopes } from '../src/auth/scopes';
import { configFromEnv } from '../src/config/configFromEnv';
import { AAD_MANIFEST, declaredValues, declaredVariables, ENV_FILE, PROJECT_FILE, readProject, referencedVariables, resolveVariables, ROOT, validateProject, writtenVariables } from './m365agents';

interface AadManifest {
  signInAudience: string;
  identifierUris: string[];
  spa: { redirectUris: string[] };
  web: { redirectUris: string[] };
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
}
const aad = JSON.parse(readFileSync(AAD_MANIFEST, 'utf8')) as AadManifest;

describe('the Agents Toolkit project', () => {
  it('is valid against the toolkit’s own schema', () => {
    expect(validateProject(readProject())).toEqual([]);
  });

  it('is refused by that schema when an action is misspelt (the check can fail)', () => {
    const project = readProject() as { provision: { uses: string }[] };
    const broken = { ...project, provision: [{ ...project.provision[0], uses: 'aadApp/creat' }, ...project.provision.slice(1)] };
    expect(validateProject(broken).length).toBeGreaterThan(0);
  });

  it('provisions, validates and publishes the app package, and deploys the web build', () => {
    const project = readProject() as Record<'provision' | 'deploy' | 'publish', { uses: string; with?: { args?: string } }[]>;
    expect(project.provision.map((step) => step.uses)).toEqual(['aadApp/create', 'aadApp/update', 'cli/runNpmCommand', 'cli/runNpmCommand', 'teamsApp/validateAppPackage']);
    expect(project.provision.filter((step) => step.uses === 'cli/runNpmCommand').map((step) => step.with?.args)).toEqual(['run build', 'run package']);
    expect(project.publish.map((step) => step.uses)).toContain('teamsApp/publishAppPackage');
    expect(project.deploy.map((step) => step.uses)).toEqual(['azureStaticWebApps/getDeploymentToken', 'cli/runNpxCommand']);
  });

  it('registers the app for the build’s MOTEBOK_SITE_ACCESS: the Entra manifest follows the setting, and the build gets it', () => {
    const project = readProject() as Record<'provision', { uses: string; env?: Record<string, string>; with?: { manifestPath?: string; args?: string } }[]>;
    const update = project.provision.find((step) => step.uses === 'aadApp/update');
    const build = project.provision.find((step) => step.with?.args === 'run build');
    expect(build?.env?.MOTEBOK_SITE_ACCESS).toBe('${{MOTEBOK_SITE_ACCESS}}');
    // The environment file's default is the build's default (tenant-wide), and a value configFromEnv accepts.
    const declared = declaredValues(readFileSync(ENV_FILE, 'utf8'));
    expect(declared.get('MOTEBOK_SITE_ACCESS')).toBe('tenant');
    for (const access of ['tenant', 'selected'] as const) {
      const env = { ...Object.fromEntries(declared), MOTEBOK_SITE_ACCESS: access };
      expect(configFromEnv({ MOTEBOK_SITE_ACCESS: access }).siteAccess ?? 'tenant').toBe(access);
      const manifest = JSON.parse(readFileSync(path.resolve(ROOT, resolveVariables(update?.with?.manifestPath ?? '', env)), 'utf8')) as AadManifest;
      const graph = manifest.requiredResourceAccess.find((resource) => resource.resourceAppId === 'Microsoft Graph');
      expect(new Set(graph?.resourceAccess.map((a) => a.id))).toEqual(new Set(graphScopes(access)));
      const sharePoint = manifest.requiredResourceAccess.find((resource) => resource.resourceAppId === 'Office 365 SharePoint Online');
      expect(sharePoint?.resourceAccess.map((a) => a.id)).toEqual(sharePointScopes('https://x.sharepoint.com', access).map((scope) => scope.slice('https://x.sharepoint.com/'.length)));
    }
  });

  it('declares every variable it uses, in the environment file or as an action’s output', () => {
    const text = `${readFileSync(PROJECT_FILE, 'utf8')}\n${readFileSync(AAD_MANIFEST, 'utf8')}`;
    const known = new Set([...declaredVariables(readFileSync(ENV_FILE, 'utf8')), ...writtenVariables(readProject())]);
    const missing = [...referencedVariables(text)].filter((name) => !known.has(name));
    expect(missing).toEqual([]);
  });
});

describe('the Entra app registration it makes', () => {
  it('asks for exactly the delegated Graph and SharePoint scopes the app requests, and no application permissions', () => {
    const graph = aad.requiredResourceAccess.find((resource) => resource.resourceAppId === 'Microsoft Graph');
    const asked = new Set(Object.values(SCOPES).flat());
    expect(new Set(graph?.resourceAccess.map((access) => access.id))).toEqual(asked);
    // «Klargjør SharePoint-området» talks SharePoint REST with a token for the SharePoint resource.
    const sharePoint = aad.requiredResourceAccess.find((resource) => resource.resourceAppId === 'Office 365 SharePoint Online');
    const sharePointAsked = sharePointScopes('https://contoso.sharepoint.com').map((scope) => scope.slice('https://contoso.sharepoint.com/'.length));
    expect(sharePoint?.resourceAccess.map((access) => access.id)).toEqual(sharePointAsked);
    expect(aad.requiredResourceAccess.flatMap((resource) => resource.resourceAccess).every((access) => access.type === 'Scope')).toBe(true);
    expect(aad.requiredResourceAccess).toHaveLength(2);
  });

  it('has a Sites.Selected twin (MOTEBOK_SITE_ACCESS=selected) asking for exactly that mode’s scopes and otherwise the same', () => {
    const selected = JSON.parse(readFileSync(path.join(path.dirname(AAD_MANIFEST), 'aad.manifest.selected.json'), 'utf8')) as AadManifest;
    const graph = selected.requiredResourceAccess.find((resource) => resource.resourceAppId === 'Microsoft Graph');
    expect(new Set(graph?.resourceAccess.map((access) => access.id))).toEqual(new Set(graphScopes('selected')));
    const sharePoint = selected.requiredResourceAccess.find((resource) => resource.resourceAppId === 'Office 365 SharePoint Online');
    const origin = 'https://contoso.sharepoint.com';
    expect(sharePoint?.resourceAccess.map((access) => access.id)).toEqual(sharePointScopes(origin, 'selected').map((scope) => scope.slice(origin.length + 1)));
    expect({ ...selected, requiredResourceAccess: [] }).toEqual({ ...aad, requiredResourceAccess: [] });
  });

  it('is a single-tenant single-page app with the workspace and nested-app-authentication redirect URIs', () => {
    expect(aad.signInAudience).toBe('AzureADMyOrg');
    expect(aad.spa.redirectUris).toEqual(['${{MOTEBOK_APP_URL}}/workspace.html', 'brk-multihub://${{MOTEBOK_APP_HOST}}']);
    expect(aad.web.redirectUris).toEqual([]);
    expect(aad.identifierUris).toEqual(['api://${{MOTEBOK_APP_HOST}}/${{MOTEBOK_CLIENT_ID}}']);
  });
});
