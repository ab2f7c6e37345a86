// m365-report.html: what `npm run test:m365` found, for IT to keep. Every string is escaped.
import { escapeHtml } from '../../src/documents/html/escapeHtml';
import type { ProbeReport } from './suite';

export interface LocalOnlyPart {
  name: string;
  reason: string;
}

export interface ReportInput {
  tenant: { authority: string; graphBaseUrl: string; siteId: string; user: string };
  startedAt: Date;
  probes: readonly ProbeReport[];
  localOnly: readonly LocalOnlyPart[];
}

const LABEL = { samme: 'Samme', annerledes: 'Annerledes', 'ikke kjørt': 'Ikke kjørt' } as const;

export function reportHtml(input: ReportInput): string {
  const count = (result: keyof typeof LABEL) => input.probes.filter((p) => p.outcome.result === result).length;
  const rows = input.probes.map((p) => `<tr class="${p.outcome.result === 'annerledes' ? 'diff' : ''}"><td><code>${escapeHtml(p.id)}</code></td><td>${escapeHtml(p.area)}</td><td>${escapeHtml(p.behaviour)}</td><td><strong>${escapeHtml(LABEL[p.outcome.result])}</strong></td><td>${escapeHtml(p.outcome.detail)}</td></tr>`).join('\n');
  const local = input.localOnly.map((part) => `<li><code>${escapeHtml(part.name)}</code>: ${escapeHtml(part.reason)}</li>`).join('\n');
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Møtebok: testrapport mot Microsoft 365</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.3rem .5rem;text-align:left;vertical-align:top}tr.diff{background:#fde7e9}</style>
</head>
<body>
<main>
<h1>Møtebok: testrapport mot Microsoft 365</h1>
<dl>
<dt>Tidspunkt</dt><dd>${escapeHtml(input.startedAt.toISOString())}</dd>
<dt>Autoritet</dt><dd>${escapeHtml(input.tenant.authority)}</dd>
<dt>Graph</dt><dd>${escapeHtml(input.tenant.graphBaseUrl)}</dd>
<dt>Testområde</dt><dd>${escapeHtml(input.tenant.siteId)}</dd>
<dt>Logget på som</dt><dd>${escapeHtml(input.tenant.user)}</dd>
</dl>
<p>${count('samme')} oppførsler var som i den lokale tenanten, ${count('annerledes')} var annerledes, ${count('ikke kjørt')} ble ikke kjørt (med grunn).</p>
<h2>Oppførsel den lokale tenanten etterligner</h2>
<table>
<thead><tr><th scope="col">ID</th><th scope="col">Område</th><th scope="col">Oppførsel</th><th scope="col">Ekte tenant</th><th scope="col">Detaljer</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>Det som bare kan kjøres mot den lokale tenanten</h2>
<ul>
${local}
</ul>
</main>
</body>
</html>
`;
}
