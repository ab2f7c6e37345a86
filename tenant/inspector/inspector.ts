// The inspector at /_tenant/: plain server-rendered HTML of what the tenant holds. Every value is
// escaped; mail bodies are shown in a sandboxed iframe (no scripts, no same-origin).
import { GraphError } from '../http/graphError.js';
import { escapeHtml, page } from '../http/escape.js';
import { bytes, html, json, type Reply, type RequestContext } from '../http/types.js';
import { GROUPS, USERS, findUser } from '../seed.js';
import type { TenantCore } from '../core.js';
import type { DriveItemRecord } from '../graph/drive.js';

const NAV = '<nav aria-label="Inspektør"><a href="/_tenant/">Oversikt</a> · <a href="/_tenant/library">Dokumentbibliotek</a> · <a href="/_tenant/lists">Lister</a> · <a href="/_tenant/outbound">Utgående e-post</a> · <a href="/_tenant/log">Forespørselslogg</a> · <a href="/_tenant/faults-view">Feilinjeksjon</a> · <a href="/_tenant/meeting/">Møtesimulator</a> · <a href="/_tenant/personal/">Personlig app (Teams)</a> · <a href="/_tenant/outlook/">Outlook-simulator</a></nav>';

function render(title: string, body: string): Reply {
  return html(200, page(`${title} – lokal tenant`, `${NAV}\n<main>\n<h1>${escapeHtml(title)}</h1>\n${body}\n</main>`), { 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'self'; style-src 'unsafe-inline'; frame-src 'self' data:; script-src 'none'" });
}

function fmtBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function handleInspector(ctx: RequestContext, core: TenantCore): Reply {
  if (ctx.method !== 'GET') throw new GraphError(405, 'BadRequest', 'The inspector is read-only.');
  const parts = ctx.rawPath.replace(/^\/_tenant\/?/, '').split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const [section, key, sub, subKey] = parts;
  switch (section) {
    case undefined: return overview(core);
    case 'calendar': return calendar(core, key ?? '');
    case 'inbox': return inbox(core, key ?? '');
    case 'body': return body(core, key ?? '', sub ?? '', subKey ?? '');
    case 'attachment': return attachment(core, key ?? '', sub ?? '', subKey ?? '', parts[4] ?? '');
    case 'library': return library(core);
    case 'lists': return key ? listItems(core, key) : lists(core);
    case 'outbound': return key ? outboundBody(core, key, sub) : outbound(core, ctx.query.get('to'));
    case 'outbound.json': return outboundJson(core, ctx.query.get('to'));
    case 'log': return log(core);
    case 'faults-view': return faults(core);
    default: throw new GraphError(404, 'NotFound', 'No such inspector page.');
  }
}

function overview(core: TenantCore): Reply {
  const info = core.info();
  const rows = USERS.map((u) => `<tr><td>${escapeHtml(u.displayName)}</td><td>${escapeHtml(u.userPrincipalName)}</td><td>${escapeHtml(u.mail)}</td><td>${escapeHtml(u.companyName)}</td><td>${u.userType === 'Guest' ? 'Gjest' : u.sharedMailbox ? 'Felles postkasse' : 'Medlem'}</td><td>${u.userType === 'Member' ? `<a href="/_tenant/calendar/${encodeURIComponent(u.id)}">Kalender</a> · <a href="/_tenant/inbox/${encodeURIComponent(u.id)}">Innboks</a>` : `<a href="/_tenant/outbound?to=${encodeURIComponent(u.mail)}">Utgående e-post</a>`}</td></tr>`).join('\n');
  const groups = GROUPS.map((g) => `<li><strong>${escapeHtml(g.displayName)}</strong> (${escapeHtml(g.id)}): ${g.memberIds.map((id) => escapeHtml(findUser(id)?.displayName ?? id)).join(', ')}</li>`).join('');
  return render('Lokal tenant', `
<p>Tenant ${escapeHtml(info.tenantId)} · autoritet <code>${escapeHtml(info.authority)}</code> · Graph <code>${escapeHtml(info.graphBaseUrl)}</code> · klient-ID <code>${escapeHtml(info.clientId)}</code></p>
<h2>Brukere</h2>
<table><caption class="muted">Utviklingspassord for alle: se /_tenant/info</caption><thead><tr><th scope="col">Navn</th><th scope="col">UPN</th><th scope="col">E-post</th><th scope="col">Organisasjon</th><th scope="col">Type</th><th scope="col">Postkasse</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Grupper</h2><ul>${groups}</ul>`);
}

function calendar(core: TenantCore, userId: string): Reply {
  const user = findUser(userId);
  if (!user) throw new GraphError(404, 'NotFound', 'No such user.');
  const events = [...core.mailboxes.mailbox(user.id).events].sort((a, b) => a.startMs - b.startMs);
  const rows = events.map((e) => `<tr id="${escapeHtml(e.id)}"><td>${escapeHtml(new Date(e.startMs).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo' }))} – ${escapeHtml(new Date(e.endMs).toLocaleTimeString('nb-NO', { timeZone: 'Europe/Oslo' }))}</td><td>${escapeHtml(e.subject)}${e.isCancelled ? ' <strong>(avlyst)</strong>' : ''}</td><td>${escapeHtml(String(e.location.displayName ?? ''))}</td><td>${escapeHtml(e.organizer.name ?? e.organizer.address)}</td><td>${e.attendees.map((a) => escapeHtml(a.emailAddress.address)).join('<br>')}</td><td>${e.attachments.map((a) => `<a href="/_tenant/attachment/event/${encodeURIComponent(user.id)}/${encodeURIComponent(e.id)}/${encodeURIComponent(a.id)}">${escapeHtml(a.name)}</a> (${fmtBytes(a.size)})`).join('<br>')}</td><td>${e.joinUrl ? `<a href="${escapeHtml(e.joinUrl)}">Bli med</a>` : ''}</td><td><a href="/_tenant/body/event/${encodeURIComponent(user.id)}/${encodeURIComponent(e.id)}">Vis innhold</a> · <a href="/_tenant/outlook/?user=${encodeURIComponent(user.userPrincipalName)}&amp;event=${encodeURIComponent(e.id)}">Åpne i Outlook-simulatoren</a></td></tr>`).join('\n');
  return render(`Kalender: ${user.displayName}`, events.length === 0 ? '<p>Ingen hendelser.</p>' : `<table><thead><tr><th scope="col">Tid (Oslo)</th><th scope="col">Emne</th><th scope="col">Sted</th><th scope="col">Arrangør</th><th scope="col">Deltakere</th><th scope="col">Vedlegg</th><th scope="col">Teams</th><th scope="col">Innhold</th></tr></thead><tbody>${rows}</tbody></table>`);
}

function inbox(core: TenantCore, userId: string): Reply {
  const user = findUser(userId);
  if (!user) throw new GraphError(404, 'NotFound', 'No such user.');
  const messages = [...core.mailboxes.mailbox(user.id).messages].reverse();
  const rows = messages.map((m) => `<tr><td>${escapeHtml(m.received)}</td><td>${escapeHtml(m.folder)}</td><td>${escapeHtml(m.subject)}</td><td>${escapeHtml(m.from.name ?? m.from.address)}</td><td>${m.kind === 'eventMessage' ? escapeHtml(m.meetingMessageType ?? '') : 'e-post'}</td><td>${m.attachments.map((a) => `<a href="/_tenant/attachment/message/${encodeURIComponent(user.id)}/${encodeURIComponent(m.id)}/${encodeURIComponent(a.id)}">${escapeHtml(a.name)}</a>`).join('<br>')}</td><td><a href="/_tenant/body/message/${encodeURIComponent(user.id)}/${encodeURIComponent(m.id)}">Vis</a></td></tr>`).join('\n');
  return render(`Innboks: ${user.displayName}`, messages.length === 0 ? '<p>Ingen meldinger.</p>' : `<table><thead><tr><th scope="col">Mottatt</th><th scope="col">Mappe</th><th scope="col">Emne</th><th scope="col">Fra</th><th scope="col">Type</th><th scope="col">Vedlegg</th><th scope="col">Innhold</th></tr></thead><tbody>${rows}</tbody></table>`);
}

function sandboxed(title: string, contentHtml: string, attachmentsHtml: string): Reply {
  // srcdoc is an attribute: escaping makes it inert markup; sandbox="" blocks scripts, forms and same-origin.
  return render(title, `<iframe title="${escapeHtml(title)}" sandbox="" srcdoc="${escapeHtml(contentHtml)}"></iframe>${attachmentsHtml}`);
}

function body(core: TenantCore, kind: string, userId: string, itemId: string): Reply {
  const user = findUser(userId);
  if (!user) throw new GraphError(404, 'NotFound', 'No such user.');
  const box = core.mailboxes.mailbox(user.id);
  const item = kind === 'event' ? box.events.find((e) => e.id === itemId) : box.messages.find((m) => m.id === itemId);
  if (!item) throw new GraphError(404, 'NotFound', 'No such item.');
  const content = item.body.contentType === 'html' ? item.body.content : `<pre>${escapeHtml(item.body.content)}</pre>`;
  const atts = item.attachments.length === 0 ? '' : `<h2>Vedlegg</h2><ul>${item.attachments.map((a) => `<li><a href="/_tenant/attachment/${escapeHtml(kind)}/${encodeURIComponent(user.id)}/${encodeURIComponent(itemId)}/${encodeURIComponent(a.id)}">${escapeHtml(a.name)}</a> (${fmtBytes(a.size)})</li>`).join('')}</ul>`;
  return sandboxed(item.subject || '(uten emne)', content, atts);
}

function attachment(core: TenantCore, kind: string, userId: string, itemId: string, attId: string): Reply {
  const box = core.mailboxes.mailbox(findUser(userId)?.id ?? '');
  const item = kind === 'event' ? box.events.find((e) => e.id === itemId) : box.messages.find((m) => m.id === itemId);
  const att = item?.attachments.find((a) => a.id === attId);
  if (!att) throw new GraphError(404, 'NotFound', 'No such attachment.');
  return bytes(200, core.store.readBlob(att.blobId), 'application/octet-stream', { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(att.name)}` });
}

function library(core: TenantCore): Reply {
  const renderTree = (item: DriveItemRecord, depth: number): string => {
    const children = core.drive.children(item.id).sort((a, b) => Number(b.isFolder) - Number(a.isFolder) || a.name.localeCompare(b.name, 'nb'));
    if (children.length === 0) return depth === 0 ? '<p>Biblioteket er tomt.</p>' : '';
    return `<ul>${children.map((c) => c.isFolder
      ? `<li><strong>${escapeHtml(c.name)}</strong> <span class="muted">(mappe)</span>${renderTree(c, depth + 1)}</li>`
      : `<li><a href="${escapeHtml(core.drive.downloadUrl(c))}">${escapeHtml(c.name)}</a> <span class="muted">(${fmtBytes(c.size)}, versjon ${c.contentVersion}, endret ${escapeHtml(c.modified)} av ${escapeHtml(findUser(c.modifiedBy)?.displayName ?? c.modifiedBy)})</span></li>`).join('')}</ul>`;
  };
  const sessions = core.uploads.pending();
  const pending = sessions.length === 0 ? '' : `<h2>Pågående opplastinger</h2><ul>${sessions.map((s) => `<li>${escapeHtml(s.kind === 'drive' ? (s.segments ?? []).join('/') || s.targetId || '' : s.name)}: ${s.received} byte mottatt</li>`).join('')}</ul>`;
  return render('Dokumentbibliotek: Helsefellesskapet i Vestfold', renderTree(core.drive.root(), 0) + pending);
}

function lists(core: TenantCore): Reply {
  const all = core.lists.all();
  if (all.length === 0) return render('Lister', '<p>Ingen lister ennå.</p>');
  return render('Lister', `<ul>${all.map((l) => `<li><a href="/_tenant/lists/${encodeURIComponent(l.id)}">${escapeHtml(l.displayName)}</a> (${core.lists.itemsOf(l).length} elementer; kolonner: ${l.columns.map((c) => escapeHtml(c.name) + (c.indexed ? ' [indeksert]' : '')).join(', ')})</li>`).join('')}</ul>`);
}

function listItems(core: TenantCore, id: string): Reply {
  const list = core.lists.find(id);
  if (!list) throw new GraphError(404, 'NotFound', 'No such list.');
  const items = core.lists.itemsOf(list).slice(0, 500);
  const cols = list.columns.map((c) => c.name);
  const head = `<tr><th scope="col">ID</th>${cols.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}<th scope="col">Endret</th></tr>`;
  const rows = items.map((i) => `<tr><td>${i.id}</td>${cols.map((c) => `<td>${escapeHtml(typeof i.fields[c] === 'string' ? String(i.fields[c]).slice(0, 300) : JSON.stringify(i.fields[c] ?? ''))}</td>`).join('')}<td>${escapeHtml(i.modified)}</td></tr>`).join('');
  return render(`Liste: ${list.displayName}`, `<table><thead>${head}</thead><tbody>${rows}</tbody></table>${core.lists.itemsOf(list).length > 500 ? '<p>Viser de første 500.</p>' : ''}`);
}

function outbound(core: TenantCore, to: string | null): Reply {
  const wanted = to?.toLowerCase();
  const mails = [...core.mailboxes.outbound()].reverse().filter((m) => !wanted || m.to.some((r) => r.address.toLowerCase() === wanted));
  const rows = mails.map((m) => `<tr><td>${escapeHtml(m.time)}</td><td>${escapeHtml(m.kind)}</td><td>${escapeHtml(m.from.address)}</td><td>${m.to.map((t) => escapeHtml(t.address)).join('<br>')}</td><td>${escapeHtml(m.subject)}</td><td>${m.attachments.map((a, i) => `<a href="/_tenant/outbound/${encodeURIComponent(m.id)}/${i}">${escapeHtml(a.name)}</a>`).join('<br>')}</td><td><a href="/_tenant/outbound/${encodeURIComponent(m.id)}">Vis</a></td></tr>`).join('');
  const title = to ? `Utgående e-post til ${to}` : 'Utgående e-post (til mottakere utenfor tenanten)';
  return render(title, mails.length === 0 ? '<p>Ingen utgående e-post.</p>' : `<table><thead><tr><th scope="col">Tid</th><th scope="col">Type</th><th scope="col">Fra</th><th scope="col">Til</th><th scope="col">Emne</th><th scope="col">Vedlegg</th><th scope="col">Innhold</th></tr></thead><tbody>${rows}</tbody></table>`);
}

/** The outbound log for scripts and tests: what left the tenant, without the bodies' bytes. */
function outboundJson(core: TenantCore, to: string | null): Reply {
  const wanted = to?.toLowerCase();
  const value = core.mailboxes.outbound()
    .filter((m) => !wanted || m.to.some((r) => r.address.toLowerCase() === wanted))
    .map((m) => ({
      id: m.id,
      time: m.time,
      kind: m.kind,
      from: m.from,
      to: m.to,
      subject: m.subject,
      bodyHtml: m.bodyHtml,
      attachments: m.attachments.map((a) => ({ name: a.name, size: a.size, contentType: a.contentType })),
    }));
  return json(200, { value });
}

function outboundBody(core: TenantCore, id: string, attIndex: string | undefined): Reply {
  const mail = core.mailboxes.outbound().find((m) => m.id === id);
  if (!mail) throw new GraphError(404, 'NotFound', 'No such mail.');
  if (attIndex !== undefined) {
    const att = mail.attachments[Number(attIndex)];
    if (!att) throw new GraphError(404, 'NotFound', 'No such attachment.');
    return bytes(200, core.store.readBlob(att.blobId), 'application/octet-stream', { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(att.name)}` });
  }
  const atts = mail.attachments.length === 0 ? '' : `<h2>Vedlegg</h2><ul>${mail.attachments.map((a, i) => `<li><a href="/_tenant/outbound/${encodeURIComponent(mail.id)}/${i}">${escapeHtml(a.name)}</a> (${fmtBytes(a.size)})</li>`).join('')}</ul>`;
  return sandboxed(mail.subject || '(uten emne)', mail.bodyHtml, atts);
}

function log(core: TenantCore): Reply {
  const entries = core.log.all().slice(-300).reverse();
  const rows = entries.map((e) => `<tr><td>${escapeHtml(e.time)}</td><td>${escapeHtml(e.method)}</td><td>${escapeHtml(e.path)}</td><td>${e.status}</td><td>${e.durationMs} ms</td><td>${e.bytes}</td><td>${escapeHtml(e.user ?? '')}</td></tr>`).join('');
  return render('Forespørselslogg', `<p>JSON: <a href="/_tenant/requests">/_tenant/requests</a> (DELETE tømmer).</p><table><thead><tr><th scope="col">Tid</th><th scope="col">Metode</th><th scope="col">Sti</th><th scope="col">Status</th><th scope="col">Varighet</th><th scope="col">Byte</th><th scope="col">Bruker</th></tr></thead><tbody>${rows}</tbody></table>`);
}

function faults(core: TenantCore): Reply {
  const list = core.faults.list();
  const rows = list.map((f) => `<tr><td>${escapeHtml(f.id)}</td><td><code>${escapeHtml(f.match)}</code></td><td>${escapeHtml(f.status ?? '')}</td><td>${escapeHtml(f.retryAfter ?? '')}</td><td>${escapeHtml(f.latencyMs ?? '')}</td><td>${f.drop ? 'ja' : f.swallow === 'request' ? 'svelget' : f.swallow === 'answer' ? 'svar svelget' : f.swallow === 'body' ? 'svar stanset halvveis' : ''}</td><td>${escapeHtml(f.remaining ?? '∞')}</td><td>${escapeHtml(f.rate ?? 1)}</td><td>${f.hits}</td></tr>`).join('');
  const switches = core.misconfig.list().map((m) => `<tr><td><code>${escapeHtml(m.mode)}</code></td><td>${m.active ? '<strong>på</strong>' : 'av'}</td><td>${escapeHtml(m.description)}</td></tr>`).join('');
  const misconfig = `<h2>Feilkonfigurasjon</h2><p>Hver bryter får tenanten til å se ut som en Microsoft 365-tenant som er satt opp feil på én måte (for <code>npm run doctor</code>). Slå på med <code>POST /_tenant/misconfig</code> og <code>{"mode": "…"}</code>, av med <code>DELETE /_tenant/misconfig</code> (alle) eller <code>DELETE /_tenant/misconfig/&lt;mode&gt;</code>.</p><table><thead><tr><th scope="col">Bryter</th><th scope="col">Tilstand</th><th scope="col">Virkning</th></tr></thead><tbody>${switches}</tbody></table>`;
  return render('Feilinjeksjon', `<p>Legg til med <code>POST /_tenant/faults</code>, fjern alle med <code>DELETE /_tenant/faults</code>.</p>${list.length === 0 ? '<p>Ingen aktive feil.</p>' : `<table><thead><tr><th scope="col">ID</th><th scope="col">Mønster</th><th scope="col">Status</th><th scope="col">Retry-After</th><th scope="col">Forsinkelse</th><th scope="col">Brudd</th><th scope="col">Gjenstår</th><th scope="col">Andel</th><th scope="col">Treff</th></tr></thead><tbody>${rows}</tbody></table>`}${misconfig}`);
}
