import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';

/**
 * The Microsoft 365 Agents Toolkit project (m365agents.yml, manifest/aad.manifest.<MOTEBOK_SITE_ACCESS>.json,
 * env/.env.prod), read and checked offline: the project file against the toolkit's own schema
 * (draft-07, copied into manifest/toolkit), and the `${{VARIABLE}}` references against what the
 * environment file declares or an earlier action writes.
 */
export const ROOT = path.resolve(import.meta.dirname, '..');
export const PROJECT_FILE = path.join(ROOT, 'm365agents.yml');
/** The Entra manifest of the default build (tenant-wide site scopes); `aad.manifest.selected.json` is its Sites.Selected twin. */
export const AAD_MANIFEST = path.join(ROOT, 'manifest/aad.manifest.tenant.json');
export const ENV_FILE = path.join(ROOT, 'env/.env.prod');
const SCHEMA = path.join(ROOT, 'manifest/toolkit/m365agents.yaml.schema.json');

export interface ToolkitProblem {
  path: string;
  message: string;
}

export function readProject(file = PROJECT_FILE): unknown {
  return parse(readFileSync(file, 'utf8')) as unknown;
}

export function validateProject(project: unknown): ToolkitProblem[] {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as object;
  // strict: false because the toolkit's schema carries keywords of its own (markdownDescription …).
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (validate(project)) return [];
  return (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? e.keyword }));
}

/** Every `${{NAME}}` in a text. */
export function referencedVariables(text: string): Set<string> {
  return new Set([...text.matchAll(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g)].map((m) => m[1] ?? ''));
}

/** Names declared in a dotenv file (empty values count: the toolkit fills them). */
export function declaredVariables(envText: string): Set<string> {
  return new Set(
    envText
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=/.exec(line.trim())?.[1])
      .filter((name): name is string => name !== undefined),
  );
}

/** Names declared in a dotenv file with their values (empty where the toolkit or IT fills them). */
export function declaredValues(envText: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of envText.split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match?.[1]) values.set(match[1], (match[2] ?? '').trim());
  }
  return values;
}

/** A text with each `${{NAME}}` replaced by its value, as the toolkit resolves them from the environment file. */
export function resolveVariables(text: string, env: Record<string, string | undefined>): string {
  return text.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_, name: string) => env[name] ?? '');
}

/** Names that actions write into the environment file (writeToEnvironmentFile values). */
export function writtenVariables(project: unknown): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'writeToEnvironmentFile' && value && typeof value === 'object') Object.values(value).forEach((v) => typeof v === 'string' && names.add(v));
        else visit(value);
      }
    }
  };
  visit(project);
  return names;
}
