import { describe, expect, it } from 'vitest';
import { newMeetingFromTemplate } from '../../domain/agendaTemplate';
import { defaultConventions, wordingOf } from '../../domain/conventions';
import * as v from 'valibot';
import { CaseNumberSchema, type MeetingFile } from '../../domain/model';
import { inNynorsk, loadSeedMeeting } from '../testing/fixtures';
import { documentTexts } from '../texts';
import { publicVersion } from '../../domain/confidentiality';
import { AGENDA_BLOCK_END, AGENDA_BLOCK_START, renderAgendaHtml, replaceAgendaBlock } from './agendaHtml';

function withHostileFirstItem(file: MeetingFile): MeetingFile {
  const [first, ...rest] = file.meeting.items;
  if (first === undefined) throw new Error('fixture has no items');
  const hostile = {
    ...first,
    title: '<script>alert(1)</script>',
    summary: [
      { type: 'paragraph' as const, content: [{ text: 'x" onerror="alert(2)' }, { text: '<img src=http://evil.example/x.png>' }] },
      { type: 'paragraph' as const, content: [{ text: 'klikk', href: 'https://ok.example/?a="><script>' }] },
    ],
    proposedConclusion: ['<b onmouseover="x">fet</b>'],
    presenters: [{ name: '"><iframe src=//evil.example>' }],
  };
  return { ...file, meeting: { ...file.meeting, items: [hostile, ...rest] } };
}

/** Visible text of the HTML, tags dropped and entities decoded, for order checks. */
function textOf(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<\/(p|li|tr|td|th|caption)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('renderAgendaHtml', () => {
  it('escapes <script> and attribute breakouts in titles, summaries, proposals and names', () => {
    const html = renderAgendaHtml(withHostileFirstItem(loadSeedMeeting('pm-2026.json')));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<iframe/i);
    // The typed text "<img src=http…>" survives only as escaped text; no tag carries a src attribute.
    expect(html).not.toMatch(/<[a-z][^>]*\ssrc\s*=/i);
    expect(html).not.toMatch(/<[^>]* onerror=/i);
    expect(html).not.toMatch(/<[^>]* onmouseover=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('x&quot; onerror=&quot;alert(2)');
    expect(html).toContain('<a href="https://ok.example/?a=&quot;&gt;&lt;script&gt;"');
  });

  it('drops links that are not http(s) or mailto but keeps their text', () => {
    const file = loadSeedMeeting('pm-2026.json');
    const [first, ...rest] = file.meeting.items;
    if (first === undefined) throw new Error('fixture has no items');
    // Bypasses the schema on purpose: the renderer must hold even if a caller skipped parsing.
    const sneaky = { ...file, meeting: { ...file.meeting, items: [{ ...first, summary: [{ type: 'paragraph' as const, content: [{ text: 'trykk her', href: 'javascript:alert(1)' }] }] }, ...rest] } };
    const html = renderAgendaHtml(sneaky);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('trykk her');
  });

  it('is one table-based block with inline styles only: no classes, flex, grid, images or external resources', () => {
    const html = renderAgendaHtml(loadSeedMeeting('pm-2026.json'), { attachmentLinks: { 'att-2026-1': 'https://contoso.sharepoint.com/a.pdf' } });
    expect(html.startsWith(AGENDA_BLOCK_START)).toBe(true);
    expect(html.endsWith(AGENDA_BLOCK_END)).toBe(true);
    expect(html).not.toContain('src=http');
    expect(html).not.toMatch(/class=|<style|display:\s*(flex|grid)|<img|<link|<script|@import|url\(/i);
    expect(html).toMatch(/<table[^>]*style="[^"]*border-collapse:collapse/);
    expect(html.match(/<th scope="col"/g)?.length).toBe(3);
    // Dark and high-contrast themes re-colour the body; fixed colours would fight them.
    expect(html).not.toMatch(/(^|[;"])\s*(color|background(-color)?)\s*:/);
  });

  it('shows every case number, title, proposal and presenter of the 2026 seed in order', () => {
    const text = textOf(renderAgendaHtml(loadSeedMeeting('pm-2026.json')));
    let from = 0;
    const needles = [
      'Innkalling Partnerskapsmøtet 11.06.26', '11.06.2026 kl. 13.30–15.00, Våle samfunnshus', 'Per Christian Voss', 'Hilde Kari Maugesten',
      '2026.01', 'Godkjenning av innkalling og dagsorden', 'Innkalling og dagsorden godkjennes.',
      '2026.02', 'Vedlegg 1', 'Referat fra Partnerskapsmøte 05.06.2025',
      '2026.03', 'Vedlegg 2', 'Orientering', 'Kristin Liset', 'Tobias Solli Iveland',
      '2026.04', 'Prosjekt X – “Én vei inn”', 'Regjeringens presentasjon av prosjekt X', 'Christian Reissig',
      '2026.05', '2026.06', '2026.07', 'Prioritering av tiltak', 'Konkretiserte fortrinn for helsefellesskapet i Vestfold tas med i videre arbeid.',
      'Oppsummering og avslutning', 'Per Christian Voss',
    ];
    const missing = needles.filter((needle) => {
      const at = text.indexOf(needle, from);
      if (at < 0) return true;
      from = at + needle.length;
      return false;
    });
    expect(missing).toEqual([]);
  });

  it('says which vedlegg are attached and which are links', () => {
    const file = loadSeedMeeting('pm-2026.json');
    const links = { 'att-2026-1': 'https://contoso.sharepoint.com/sites/pm/Vedlegg1.pdf' };
    const linkMode = renderAgendaHtml(file, { attachmentMode: 'link', attachmentLinks: links });
    expect(linkMode).toContain('<a href="https://contoso.sharepoint.com/sites/pm/Vedlegg1.pdf" style="text-decoration:underline;">Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25</a> (lenke)');
    // No address for Vedlegg 2: no link is promised.
    expect(linkMode).toContain('Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026 og tildelt rekrutterings- og samhandlingstilskudd</td>');
    const fileMode = renderAgendaHtml(file, { attachmentMode: 'file', attachmentLinks: links });
    expect(fileMode).toContain('Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25 (vedlagt)');
    expect(fileMode).not.toContain('<a href="https://contoso.sharepoint.com');
    const both = renderAgendaHtml(file, { attachmentLinks: links });
    expect(both).toContain('05.06.25</a> (vedlagt og lenke)');
    expect(both).toContain('samhandlingstilskudd (vedlagt)');
  });

  it('puts the change summary of an update above the saksliste, escaped', () => {
    const html = renderAgendaHtml(loadSeedMeeting('pm-2026.json'), { changeSummary: ['Sak 2026.04 er lagt til', 'Tittel <endret>'] });
    const changes = html.indexOf('Endringer siden forrige utsending:');
    expect(changes).toBeGreaterThan(0);
    expect(changes).toBeLessThan(html.indexOf('2026.01'));
    expect(html).toContain('<li>Tittel &lt;endret&gt;</li>');
    expect(renderAgendaHtml(loadSeedMeeting('pm-2026.json'))).not.toContain('Endringer siden');
  });

  it('uses nynorsk texts and lang for a nynorsk committee', () => {
    const html = renderAgendaHtml(inNynorsk(loadSeedMeeting('pm-2026.json')), { changeSummary: ['x'] });
    expect(html).toContain('lang="nn"');
    expect(html).toContain('Møteleiar');
    expect(html).toContain('Endringar sidan førre utsending:');
    expect(html).not.toContain('Møteleder');
  });

  it('states «Møtested», «Møtedato» and «Tid» on rows of their own in the invite when the committee does (factsApart), as in its innkalling', () => {
    const file = loadSeedMeeting('pm-2026.json');
    const conventions = { ...(file.committee.conventions ?? defaultConventions()), factsApart: true };
    const text = textOf(renderAgendaHtml({ ...file, committee: { ...file.committee, conventions } }));
    expect(text).toMatch(/Møtested\s+Våle samfunnshus\s+Møtedato\s+11\.06\.2026\s+Tid\s+13\.30–15\.00/);
    expect(text).not.toContain('Dato/sted');
  });
});

describe('replaceAgendaBlock', () => {
  it('replaces only Møtebok’s block and keeps what the organiser wrote around it', () => {
    const body = `<html><body><p>Hei alle!</p>${AGENDA_BLOCK_START}<p>gammel</p>${AGENDA_BLOCK_END}<p>Hilsen sekretariatet</p></body></html>`;
    const updated = replaceAgendaBlock(body, `${AGENDA_BLOCK_START}<p>ny</p>${AGENDA_BLOCK_END}`);
    expect(updated).toBe(`<html><body><p>Hei alle!</p>${AGENDA_BLOCK_START}<p>ny</p>${AGENDA_BLOCK_END}<p>Hilsen sekretariatet</p></body></html>`);
  });

  it('appends the block inside <body> when the body has none yet', () => {
    expect(replaceAgendaBlock('<html><body><p>Hei</p></body></html>', 'BLOCK')).toBe('<html><body><p>Hei</p>BLOCK</body></html>');
    expect(replaceAgendaBlock('<p>Hei</p>', 'BLOCK')).toBe('<p>Hei</p>BLOCK');
  });

  it('says inside the block, in the committee’s målform, why a vedlegg is missing, and links the meeting in Møtebok', () => {
    const notes = [
      { label: 'Vedlegg 2 - Sak 2026.03 <Oversikt>', reason: 'tooLarge' as const, limitBytes: 25 * 1024 * 1024 },
      { label: 'Vedlegg 1 - Sak 2026.02 Referat', reason: 'notStored' as const },
    ];
    const meetingUrl = 'https://localhost:3000/workspace.html?committee=pm&meeting=m1';
    const nb = renderAgendaHtml(loadSeedMeeting('pm-2026.json'), { attachmentNotes: notes, meetingUrl });
    const inside = nb.slice(nb.indexOf('<div lang="nb"'), nb.indexOf(AGENDA_BLOCK_END));
    expect(textOf(inside)).toContain('Vedlegg 2 - Sak 2026.03 <Oversikt> er større enn Outlook tillater som vedlegg (25,0 MB) og er lenket til SharePoint i stedet.');
    expect(inside).toContain('&lt;Oversikt&gt;');
    expect(textOf(inside)).toContain('Vedlegg 1 - Sak 2026.02 Referat er ikke lastet opp til SharePoint ennå og er verken lagt ved eller lenket.');
    expect(inside).toMatch(/<a href="https:\/\/localhost:3000\/workspace\.html\?committee=pm&amp;meeting=m1"[^>]*>Åpne møtet i Møtebok<\/a><\/p><\/div>$/);
    const nn = renderAgendaHtml(inNynorsk(loadSeedMeeting('pm-2026.json')), { attachmentNotes: notes, meetingUrl: 'javascript:alert(1)' });
    expect(textOf(nn)).toContain('er ikkje lasta opp til SharePoint enno');
    expect(nn).not.toContain('javascript:');
    expect(nn).not.toContain('Opne møtet i Møtebok');
  });

  it('links «Møtebok (PDF)» to the pack in the meeting folder, escaped, and only to an https address', () => {
    const url = 'https://contoso.sharepoint.com/sites/pm/Delte%20dokumenter/M%C3%B8tebok.pdf?a=1&b="x"';
    const html = renderAgendaHtml(loadSeedMeeting('pm-2026.json'), { boardPackUrl: url });
    expect(html).toContain(`<a href="https://contoso.sharepoint.com/sites/pm/Delte%20dokumenter/M%C3%B8tebok.pdf?a=1&amp;b=&quot;x&quot;" style="text-decoration:underline;">Møtebok (PDF)</a>`);
    // Under the facts, before the saksliste: where a reader looks for the papers.
    expect(html.indexOf('Møtebok (PDF)')).toBeLessThan(html.indexOf('Godkjenning av innkalling og dagsorden'));
    for (const unsafe of ['javascript:alert(1)', 'mailto:sekretariat@example.no', 'http://evil.example/pack.pdf', 'data:application/pdf;base64,AAAA', 'https://contoso.sharepoint.com/a b.pdf']) {
      expect(renderAgendaHtml(loadSeedMeeting('pm-2026.json'), { boardPackUrl: unsafe })).not.toContain('Møtebok (PDF)');
    }
    expect(renderAgendaHtml(loadSeedMeeting('pm-2026.json'))).not.toContain('Møtebok (PDF)');
  });

  it('says, for a reader from another organisation, that the links to the meeting folder need an account there and who to ask, only when it links there', () => {
    const file = loadSeedMeeting('pm-2026.json');
    const line = 'Lenkene til møtemappen krever innlogging med en konto hos organisasjonen som eier den (også som gjest). Får du dem ikke opp, kan du be sekretariatet sende dokumentene.';
    const links = { 'att-2026-1': 'https://contoso.sharepoint.com/sites/pm/Vedlegg1.pdf' };
    expect(renderAgendaHtml(file, { attachmentMode: 'link', attachmentLinks: links })).toContain(line);
    expect(renderAgendaHtml(file, { boardPackUrl: 'https://contoso.sharepoint.com/sites/pm/M%C3%B8tebok.pdf' })).toContain(line);
    // Only files, or links to public web pages: nothing in the meeting folder to open.
    expect(renderAgendaHtml(file, { attachmentMode: 'file', attachmentLinks: links })).not.toContain('Lenkene til møtemappen');
    expect(renderAgendaHtml(file)).not.toContain('Lenkene til møtemappen');
    expect(renderAgendaHtml(inNynorsk(file), { attachmentMode: 'link', attachmentLinks: links })).toContain(
      'Lenkjene til møtemappa krev innlogging med ein konto hos organisasjonen som eig ho (òg som gjest). Får du dei ikkje opp, kan du be sekretariatet sende dokumenta.',
    );
  });

  it('names the pack\'s link by the committee\'s word for its papers («Sakskart (PDF)»), and its first linking in an update', () => {
    const file = loadSeedMeeting('pm-2026.json');
    const sakskart: MeetingFile = { ...file, committee: { ...file.committee, conventions: { ...defaultConventions(), pack: 'sakskart' } } };
    const html = renderAgendaHtml(sakskart, { boardPackUrl: 'https://contoso.sharepoint.com/sites/pm/Sakskart.pdf' });
    expect(html).toContain('>Sakskart (PDF)</a>');
    expect(html).not.toContain('Møtebok (PDF)');
    expect(documentTexts(sakskart.committee).boardPackAdded).toBe('Sakskartet (PDF) er lagt til som lenke');
    expect(documentTexts({ ...sakskart.committee, languageForm: 'nn' }).boardPackAdded).toBe('Sakskartet (PDF) er lagt til som lenkje');
    expect(documentTexts({ ...sakskart.committee, languageForm: 'nn', conventions: { ...defaultConventions(), pack: 'sakspapirer' } }).boardPackAdded).toBe('Sakspapira (PDF) er lagde til som lenkje');
    expect(documentTexts({ ...sakskart.committee, languageForm: 'nn', conventions: defaultConventions() }).boardPackAdded).toBe('Møteboka (PDF) er lagd til som lenkje');
  });

  it('heads the invite\'s table by the committee\'s word for its list («Sakskart», «Dagsorden»; «Saksliste», nynorsk «Sakliste», until it chooses), and says so when it is empty', () => {
    const file = loadSeedMeeting('pm-2026.json');
    const headed = (agendaHeading?: 'sakskart' | 'dagsorden'): MeetingFile => ({ ...file, committee: { ...file.committee, conventions: { ...defaultConventions(), ...(agendaHeading ? { agendaHeading } : {}) } } });
    const caption = (html: string) => /<caption[^>]*>([^<]*)<\/caption>/.exec(html)?.[1];
    expect([caption(renderAgendaHtml(headed())), caption(renderAgendaHtml(inNynorsk(headed()))), caption(renderAgendaHtml(headed('sakskart'))), caption(renderAgendaHtml(inNynorsk(headed('dagsorden'))))]).toEqual(['Saksliste', 'Sakliste', 'Sakskart', 'Dagsorden']);
    const empty = (meetingFile: MeetingFile) => textOf(renderAgendaHtml({ ...meetingFile, meeting: { ...meetingFile.meeting, items: [] } }));
    expect(empty(headed('sakskart'))).toContain('Sakskartet er tomt.');
    expect(empty(inNynorsk(headed()))).toContain('Saklista er tom.');
    expect(empty(headed('dagsorden'))).toContain('Dagsordenen er tom.');
  });

  it('begins its facts with «Utvalg» and the committee\'s name, escaped, where the committee\'s innkalling does (noticeCommittee; nynorsk «Utval»), none for the seed; the table\'s caption with or without the innkalling\'s heading', () => {
    const file = loadSeedMeeting('pm-2026.json');
    const committeeNamed = (name: string, shown: Partial<MeetingFile['committee']['conventions']>): MeetingFile => ({
      ...file,
      committee: { ...file.committee, name, conventions: { ...(file.committee.conventions ?? defaultConventions()), ...shown } },
    });
    const firstFact = (html: string) => /<th scope="row"[^>]*>([^<]*)<\/th><td[^>]*>([^<]*)<\/td>/.exec(html)?.slice(1);
    expect(firstFact(renderAgendaHtml(file))).toEqual(['Dato/sted', '11.06.2026 kl. 13.30–15.00, Våle samfunnshus']);
    const html = renderAgendaHtml(committeeNamed('Råd for <eldre> & "unge"', { noticeCommittee: true }));
    expect(firstFact(html)).toEqual(['Utvalg', 'Råd for &lt;eldre&gt; &amp; &quot;unge&quot;']);
    expect(html).not.toContain('<eldre>');
    expect(firstFact(renderAgendaHtml(inNynorsk(committeeNamed('Fylkeseldrerådet', { noticeCommittee: true }))))).toEqual(['Utval', 'Fylkeseldrerådet']);
    // The committee's own word for the row, escaped as any text.
    expect(firstFact(renderAgendaHtml(committeeNamed('Eldrerådet', { noticeCommittee: true, committeeLabel: 'Organ & råd' })))).toEqual(['Organ &amp; råd', 'Eldrerådet']);
    // The invite's table keeps its caption either way (it names the table in the mail); the flag is the .docx's heading.
    const caption = (f: MeetingFile) => /<caption[^>]*>([^<]*)<\/caption>/.exec(renderAgendaHtml(f))?.[1];
    expect([caption(file), caption(committeeNamed(file.committee.name, { noticeAgendaHeading: true }))]).toEqual(['Saksliste', 'Saksliste']);
    // No heading above the table besides: the caption is the list's one name, seen and read once, inside the table it names.
    const headed = renderAgendaHtml(committeeNamed(file.committee.name, { noticeAgendaHeading: true, agendaHeading: 'sakskart' }));
    expect(headed.match(/>Sakskart</g)).toHaveLength(1);
    expect(headed).toMatch(/<table[^>]*><caption[^>]*>Sakskart<\/caption>/);
    expect(headed).not.toMatch(/<h[1-6][\s>]/);
  });

  it('prints no sakstype under the saksnummer when the committee groups its saker under headings instead (kindsUnderNumber: false)', () => {
    const file = loadSeedMeeting('pm-2026.json');
    const labels = wordingOf(file.committee.conventions, 'nb').kinds.map((kind) => kind.label);
    const kindsPrinted = (f: MeetingFile) => labels.filter((label) => renderAgendaHtml(f).includes(`<br>${label}`));
    expect(kindsPrinted(file)).not.toEqual([]);
    const conventions = { ...(file.committee.conventions ?? defaultConventions()), kindsUnderNumber: false };
    expect(kindsPrinted({ ...file, committee: { ...file.committee, conventions } })).toEqual([]);
  });

  it('leaves out under the saksnummer a sakstype the sak\'s title already begins with, so a new meeting\'s first sak does not read «Godkjenning» twice', () => {
    const seed = loadSeedMeeting('pm-2026.json');
    let id = 0;
    const fresh = (committee: MeetingFile['committee']): MeetingFile => ({
      ...seed,
      committee,
      meeting: newMeetingFromTemplate({ committee, date: '2026-09-10', start: '13:00', end: '15:00', online: false, existingMeetings: [], idFactory: () => `id-${++id}` }),
    });
    const file = fresh(seed.committee);
    expect(file.meeting.items[0]?.kinds).toEqual(['Godkjenning']);
    const text = textOf(renderAgendaHtml(file));
    expect(text).toContain('Godkjenning av innkalling og dagsorden');
    expect(text).not.toMatch(/Godkjenning\s*\n\s*Godkjenning av/);
    // The kind stays where the title does not say it, and beside the one the title says.
    const [first, ...rest] = file.meeting.items;
    if (first === undefined) throw new Error('no items');
    const items = [first, { ...first, id: 'o1', caseNumber: v.parse(CaseNumberSchema, '2026.02'), kinds: ['Orientering', 'Dialog'], title: 'Orientering om budsjettet' }, { ...first, id: 'o2', caseNumber: v.parse(CaseNumberSchema, '2026.03'), kinds: ['Orientering'], title: 'Budsjettet' }, ...rest];
    const html = renderAgendaHtml({ ...file, meeting: { ...file.meeting, items } });
    expect(html).toContain('<b>2026.02</b><br>Dialog</td>');
    expect(html).toContain('<b>2026.03</b><br>Orientering</td>');
    // A styre that approves its protokoll in the same meeting: the sak «Godkjenning av protokoll» is not labelled so again.
    const defaults = seed.committee.conventions ?? defaultConventions();
    const conventions = { ...defaults, minutes: 'protokoll' as const, minutesApproval: 'sameMeeting' as const, itemKinds: defaults.itemKinds.filter((kind) => kind.id !== 'Referatsak') };
    const styre = fresh({ ...seed.committee, conventions });
    expect(textOf(renderAgendaHtml(styre))).not.toMatch(/Godkjenning av protokoll\s*\n\s*Godkjenning av protokoll/);
  });

  it('writes the meeting\'s date with weekday and month when the committee writes it so (datesWritten), in its målform, and numerically otherwise', () => {
    const file = loadSeedMeeting('pm-2026.json');
    expect(textOf(renderAgendaHtml(file))).toContain('11.06.2026 kl. 13.30–15.00, Våle samfunnshus');
    const conventions = { ...(file.committee.conventions ?? defaultConventions()), datesWritten: true };
    const written = { ...file, committee: { ...file.committee, conventions } };
    expect(textOf(renderAgendaHtml(written))).toContain('torsdag 11. juni 2026 kl. 13.30–15.00, Våle samfunnshus');
    expect(textOf(renderAgendaHtml(inNynorsk(written)))).toContain('torsdag 11. juni 2026 kl. 13.30–15.00');
    // The heading and the file's name keep the short date they are known by.
    expect(textOf(renderAgendaHtml(written))).toContain('Innkalling Partnerskapsmøtet 11.06.26');
  });

  it('prints the sak that approves the record in the committee\'s words when its sakstyper lack «Referatsak» (a styre\'s «Godkjenning av protokoll»)', () => {
    const file = inNynorsk(loadSeedMeeting('pm-2025.json'));
    expect(renderAgendaHtml(file)).toContain('<br>Referatsak');
    const defaults = file.committee.conventions ?? defaultConventions();
    const conventions = { ...defaults, minutes: 'protokoll' as const, itemKinds: defaults.itemKinds.filter((kind) => kind.id !== 'Referatsak') };
    const html = renderAgendaHtml({ ...file, committee: { ...file.committee, conventions } });
    expect(html).toContain('<br>Godkjenning av protokoll');
    expect(html).not.toContain('<br>Referatsak');
  });

  it('names an exempt vedlegg shown by the generic title «Unntatt offentlighet» once, with its hjemmel after it; one with a public title keeps both', () => {
    const shown = publicVersion(loadSeedMeeting('pm-2026-unntatt.json'));
    expect(textOf(renderAgendaHtml(shown))).toContain('Vedlegg 2 - Sak 2026.03 Unntatt offentlighet (offl. § 14 første ledd)');
    expect(textOf(renderAgendaHtml(shown))).not.toContain('Unntatt offentlighet (Unntatt offentlighet');
    const titled = loadSeedMeeting('pm-2026-unntatt.json');
    const withTitle: MeetingFile = {
      ...titled,
      meeting: {
        ...titled.meeting,
        items: titled.meeting.items.map((item) => ({ ...item, attachments: item.attachments.map((a) => (a.exemption ? { ...a, exemption: { ...a.exemption, publicTitle: 'Notat om tilskudd' } } : a)) })),
      },
    };
    expect(textOf(renderAgendaHtml(publicVersion(withTitle)))).toContain('Notat om tilskudd (Unntatt offentlighet, offl. § 14 første ledd)');
  });
});
