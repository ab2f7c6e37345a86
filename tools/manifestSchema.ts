import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * Offline validation of the app manifest against the official JSON schema that Microsoft ships in
 * `@microsoft/app-manifest` (the package Teams Toolkit / Agents Toolkit uses). The schema is
 * draft-04, hence ajv-draft-04. No network: the `$schema` URL in the manifest is never fetched.
 */
export const MANIFEST_SCHEMA_VERSION = '1.30';

const require = createRequire(import.meta.url);

export function manifestSchemaPath(version: string = MANIFEST_SCHEMA_VERSION): string {
  const pkgJson = require.resolve('@microsoft/app-manifest/package.json');
  return pkgJson.replace(/package\.json$/, `build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
}

export interface SchemaProblem {
  path: string;
  message: string;
}

export function validateManifest(manifest: unknown, version: string = MANIFEST_SCHEMA_VERSION): SchemaProblem[] {
  return validateAgainst(manifestSchemaPath(version), manifest);
}

/** A language file of `localizationInfo.additionalLanguages`, against the localization schema of the same version. */
export function validateLocalization(strings: unknown, version: string = MANIFEST_SCHEMA_VERSION): SchemaProblem[] {
  return validateAgainst(manifestSchemaPath(version).replace(/MicrosoftTeams\.schema\.json$/, 'MicrosoftTeams.Localization.schema.json'), strings);
}

function validateAgainst(schemaPath: string, manifest: unknown): SchemaProblem[] {
  const schema: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
  if (typeof schema !== 'object' || schema === null) throw new Error('Manifestskjemaet kunne ikke leses.');
  // strict: false because Microsoft's schema uses keywords ajv does not know ("default" on enums etc.);
  // unicodeRegExp: false because the localization schema's key patterns (`…\[\b(…)\b]…`) are not valid with the u flag.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? e.keyword }));
}
