// `npm run validate:manifest`: the Microsoft 365 Agents Toolkit's own validation of the packaged
// manifest, offline (`atk validate --manifest-file`). .ci/run installs the CLI (with
// --ignore-scripts: its keytar build needs the network) and points ATK_BIN at it; on your own
// machine `npm install -g --ignore-scripts @microsoft/m365agentstoolkit-cli` puts `atk` on PATH.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppPackage, languageFiles, LOCALIZATION_DIR, packageConfigFrom, withDotEnv } from './package';

const ROOT = path.resolve(import.meta.dirname, '..');
const outDir = path.join(ROOT, 'out', 'validate-manifest');
mkdirSync(outDir, { recursive: true });

const { manifest } = await buildAppPackage(packageConfigFrom(withDotEnv(process.env)), path.join(outDir, 'appPackage.zip'));
const manifestFile = path.join(outDir, 'manifest.json');
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
// The toolkit reads the language files that localizationInfo names from beside the manifest, as in the package.
for (const file of languageFiles(manifest)) copyFileSync(path.join(LOCALIZATION_DIR, file), path.join(outDir, file));

const atk = process.env.ATK_BIN || 'atk';
// --telemetry false: the CLI's own switch; nothing is sent from a validation run.
const result = spawnSync(atk, ['validate', '--manifest-file', manifestFile, '--telemetry', 'false'], { stdio: 'inherit' });
if (result.error) {
  console.error(`Fant ikke Agents Toolkit-CLI-en (${atk}): ${result.error.message}. Installer den med «npm install -g --ignore-scripts @microsoft/m365agentstoolkit-cli», eller sett ATK_BIN.`);
  process.exit(1);
}
process.exit(result.status ?? 1);
