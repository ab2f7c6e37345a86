import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError } from '../domain/errors';
import type { Versioned } from '../domain/ports';
import type { Meeting } from '../domain/model';
import { aCommittee, aMeeting, anItem } from '../domain/testing/builders';
import { createInMemoryMeetingRepository } from '../domain/testing/inMemoryMeetingRepository';
import { GraphRequestError } from './graphError';
import type { OutgoingMail } from './mailGateway';
import { sendWrittenTreatment, type WrittenSendProgress } from './writtenTreatmentSender';

const committee = aCommittee({
  name: 'Styret i Vekst AS',
  members: [{ name: 'Anne Berg', email: 'anne@as.no' }, { name: 'Bjørn Dahl', email: 'bjorn@as.no' }, { name: 'Uten Adresse' }],
});
const meeting = aMeeting({
  id: 'w1',
  date: '2026-03-12',
  start: '12:00',
  end: undefined,
  place: '',
  online: false,
  status: 'draft',
  items: [anItem('s1', { title: 'Kjøp av tomt', proposedConclusion: ['Styret godkjenner kjøpet.'] })],
  written: { answers: [] },
});

async function world(send: (mail: OutgoingMail) => Promise<void> = async () => undefined, seed: Meeting = meeting) {
  const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [seed] });
  const stored = (await repository.getMeeting('w1')) as Versioned<Meeting>;
  const mails: OutgoingMail[] = [];
  const deps = { repository, mail: () => ({ send: async (mail: OutgoingMail) => { await send(mail); mails.push(mail); } }), now: () => new Date('2026-03-01T09:00:00Z') };
  return { repository, stored, mails, deps };
}

describe('sending a written treatment\'s saker to the board by mail', () => {
  it('sends one mail to the members with a vote, the saker and the Svarfrist in it, records when, and never sends it again', async () => {
    const { repository, stored, mails, deps } = await world();
    const steps: WrittenSendProgress[] = [];
    const sent = await sendWrittenTreatment(deps, committee, stored, { onProgress: (step) => steps.push(step) });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual([{ address: 'anne@as.no', name: 'Anne Berg' }, { address: 'bjorn@as.no', name: 'Bjørn Dahl' }]);
    expect(mails[0]?.subject).toBe('Skriftlig styrebehandling i Styret i Vekst AS – svarfrist 12.03.2026 kl. 12.00');
    expect(mails[0]?.html).toContain('Kjøp av tomt');
    expect(mails[0]?.html).toContain('Styret godkjenner kjøpet.');
    expect(mails[0]?.attachments).toBeUndefined();
    expect(sent.value.written?.sentAt).toBe('2026-03-01T09:00:00.000Z');
    expect((await repository.getMeeting('w1'))?.value.written?.sentAt).toBe('2026-03-01T09:00:00.000Z');
    expect(steps).toEqual(['recording', 'sending', 'saved']);
    // Exactly once: again, with what the caller had or with what is stored now, sends nothing.
    await sendWrittenTreatment(deps, committee, sent);
    expect(mails).toHaveLength(1);
  });

  it('puts a sak unntatt offentlighet in the mail by its public title and hjemmel, linked to its closed folder in SharePoint, never its text', async () => {
    const exempt = anItem('s2', {
      caseNumber: '2026.02' as never,
      title: 'Oppsigelse av Kari Hansen',
      summary: [{ type: 'paragraph', content: [{ text: 'Hansen har brutt reglementet gjentatte ganger.' }] }],
      proposedConclusion: ['Kari Hansen sies opp.'],
      confidentiality: { exempt: { basis: 'offl. § 25 første ledd', publicTitle: 'Personalsak' } },
      caseMemo: { fileName: 'Sak 2-26 Saksgrunnlag Oppsigelse av Kari Hansen.docx', driveItemId: 'memo', webUrl: 'https://contoso.sharepoint.com/Styret/M%C3%B8te/Oppsigelse%20av%20Kari%20Hansen.docx' },
    });
    const { repository, stored, mails, deps } = await world(undefined, { ...meeting, items: [...meeting.items, exempt] });
    const steps: string[] = [];
    const folder = 'https://contoso.sharepoint.com/sites/styret/Delte%20dokumenter/Unntatt%20offentlighet/Sak%202-26';
    const sent = await sendWrittenTreatment(
      {
        ...deps,
        protectExempt: async (file) => (steps.push('protect'), { ...file.meeting, items: file.meeting.items.map((item) => (item.caseMemo ? { ...item, caseMemo: { ...item.caseMemo, webUrl: `${folder}/memo.docx` } } : item)) }),
        exemptPlaces: {
          check: async (file) => void steps.push(`check ${file.meeting.items[1]?.caseMemo?.webUrl ?? ''}`),
          folderUrl: async (path) => (steps.push(`folder ${path.split('/').slice(-2).join('/')}`), folder),
        },
      },
      committee,
      stored,
    );
    expect(steps).toEqual(['protect', 'folder Unntatt offentlighet/Sak 2026.02', `check ${folder}/memo.docx`]);
    const html = mails[0]?.html ?? '';
    expect(html).toContain('Personalsak');
    expect(html).toContain('offl. § 25 første ledd');
    expect(html).toContain(`<a href="${folder}" style="text-decoration:underline;">Les saken i SharePoint</a>`);
    for (const secret of ['Kari Hansen', 'Oppsigelse', 'reglementet', 'sies opp']) expect(html).not.toContain(secret);
    // The saker not exempt are in the mail as before; the files' new places are stored with the send.
    expect(html).toContain('Styret godkjenner kjøpet.');
    expect(sent.value.items[1]?.caseMemo?.webUrl).toBe(`${folder}/memo.docx`);
    expect((await repository.getMeeting('w1'))?.value.items[1]?.caseMemo?.webUrl).toBe(`${folder}/memo.docx`);
  });

  it('keeps on its record the carried saker whose exempt files the send opened through the built-in Read (protectExempt says which), as the innkalling\'s send does', async () => {
    // A sak taken from an earlier body, its saksframlegg alone exempt, linked where that body keeps it (carriedCase.ts).
    const carried = anItem('s2', {
      caseNumber: '2026.02' as never,
      title: 'Reguleringsplan for Strandkvartalet',
      proposedConclusion: ['Planen vedtas.'],
      confidentiality: { caseMemo: { basis: 'offl. § 14 første ledd' } },
      earlierTreatments: [{ body: 'Planutvalget', date: '2026-02-20', proceedings: [], recommendation: [] }],
      caseMemo: { fileName: 'Saksframlegg.docx', webUrl: 'https://contoso.sharepoint.com/sites/styret/Delte%20dokumenter/Planutvalget/Unntatt%20offentlighet/Saksframlegg.docx' },
    });
    const grantedBy = (ids: string[]) => async (file: { meeting: Meeting }, _readers?: Map<string, Set<string>>, builtInRead?: Set<string>) => {
      for (const id of ids) builtInRead?.add(id);
      return file.meeting;
    };
    const places = { check: async () => undefined, folderUrl: async () => undefined };
    const lacking = await world(undefined, { ...meeting, items: [...meeting.items, carried] });
    const sent = await sendWrittenTreatment({ ...lacking.deps, protectExempt: grantedBy(['s2']), exemptPlaces: places }, committee, lacking.stored);
    expect(sent.value.written?.carriedBuiltInRead).toEqual(['s2']);
    expect((await lacking.repository.getMeeting('w1'))?.value.written?.carriedBuiltInRead).toEqual(['s2']);
    // Granted through the committee's own level: nothing to keep.
    const through = await world(undefined, { ...meeting, items: [...meeting.items, carried] });
    const clean = await sendWrittenTreatment({ ...through.deps, protectExempt: grantedBy([]), exemptPlaces: places }, committee, through.stored);
    expect(clean.value.written?.sentAt).toBe('2026-03-01T09:00:00.000Z');
    expect(clean.value.written).not.toHaveProperty('carriedBuiltInRead');
  });

  it('links an exempt vedlegg of an open sak to the sak\'s closed folder, as an exempt sak, never by its own address or name, the sak\'s text in the mail', async () => {
    const folder = 'https://contoso.sharepoint.com/sites/styret/Delte%20dokumenter/Unntatt%20offentlighet/Sak%202-26';
    const own = 'https://contoso.sharepoint.com/sites/styret/Delte%20dokumenter/M%C3%B8te/Legeerkl%C3%A6ring%20Kari%20Hansen.pdf';
    const open = anItem('s2', {
      caseNumber: '2026.02' as never,
      title: 'Sykefravær i selskapet',
      proposedConclusion: ['Styret tar saken til orientering.'],
      attachments: [{ id: 'v1', number: 1, title: 'Legeerklæring Kari Hansen', fileName: 'Legeerklæring Kari Hansen.pdf', driveItemId: 'd1', webUrl: own, exemption: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } }],
    });
    const { stored, mails, deps } = await world(undefined, { ...meeting, items: [...meeting.items, open] });
    const paths: string[] = [];
    await sendWrittenTreatment(
      {
        ...deps,
        protectExempt: async (file) => ({ ...file.meeting, items: file.meeting.items.map((item) => ({ ...item, attachments: item.attachments.map((a) => ({ ...a, webUrl: `${folder}/${encodeURIComponent(a.fileName)}` })) })) }),
        exemptPlaces: { check: async () => undefined, folderUrl: async (path) => (paths.push(path.split('/').slice(-2).join('/')), folder) },
      },
      committee,
      stored,
    );
    expect(paths).toEqual(['Unntatt offentlighet/Sak 2026.02']);
    const html = mails[0]?.html ?? '';
    const vedlegg = html.slice(html.indexOf('>Vedlegg<'), html.indexOf('</table>'));
    expect(vedlegg).toMatch(new RegExp(`<a href="${folder}" style="text-decoration:underline;">Vedlegg 1 - Sak 2026\\.02 Unntatt offentlighet</a> \\(offl\\. § 13 jf\\. fvl\\. § 13 første ledd nr\\. 1\\)`));
    for (const secret of ['Legeerkl', 'Kari Hansen', 'd1']) expect(html).not.toContain(secret);
    expect(html).toContain('Sykefravær i selskapet');
    expect(html).toContain('Styret tar saken til orientering.');
  });

  describe('a sak unntatt offentlighet taken from an earlier body (its files where the Planutvalget keeps them)', () => {
    const there = 'https://contoso.sharepoint.com/sites/styret/Delte%20dokumenter/Planutvalget/Unntatt%20offentlighet/Sak%202026.02';
    const carriedSak = anItem('s2', {
      caseNumber: '2026.02' as never,
      title: 'Oppsigelse av Kari Hansen',
      summary: [{ type: 'paragraph', content: [{ text: 'Hansen har brutt reglementet gjentatte ganger.' }] }],
      proposedConclusion: ['Kari Hansen sies opp.'],
      confidentiality: { exempt: { basis: 'offl. § 25 første ledd', publicTitle: 'Personalsak' } },
      earlierTreatments: [{ body: 'Planutvalget', date: '2026-02-20', proceedings: [], recommendation: [] }],
      caseMemo: { fileName: 'Sak 2026.02 Oppsigelse av Kari Hansen.docx', webUrl: `${there}/Sak%202026.02%20Oppsigelse%20av%20Kari%20Hansen.docx` },
      attachments: [{ id: 'v1', number: 1, title: 'Advarsel til Kari Hansen', fileName: 'Advarsel Kari Hansen.pdf', webUrl: `${there}/Advarsel%20Kari%20Hansen.pdf` }],
    });

    it('sends it: the members entitled granted through protectExempt, the saker\'s mail naming no file, and a mail of its own with each file\'s address to them only', async () => {
      const { repository, stored, mails, deps } = await world(undefined, { ...meeting, items: [...meeting.items, carriedSak] });
      const steps: string[] = [];
      const sent = await sendWrittenTreatment(
        {
          ...deps,
          protectExempt: async (file) => (steps.push('protect'), file.meeting),
          exemptPlaces: { check: async () => void steps.push('check'), folderUrl: async (path) => (steps.push(`folder ${path}`), 'https://contoso.sharepoint.com/sites/styret/tom') },
        },
        committee,
        stored,
      );
      // This meeting's folder for the sak holds nothing of it: not linked.
      expect(steps).toEqual(['protect', 'check']);
      expect(mails).toHaveLength(2);
      const saker = mails[0]?.html ?? '';
      for (const secret of ['Oppsigelse', 'Kari Hansen', 'Advarsel', there, '/tom']) expect(saker).not.toContain(secret);
      expect(saker).toContain('Personalsak');
      expect(saker).toContain('ligger hos organet saken kommer fra. De som har tilgang til saken, får lenker til dem i en egen e-post.');
      const links = mails[1];
      expect(links?.subject).toBe('Dokumenter unntatt offentlighet – Styret i Vekst AS 12.03.26');
      expect(links?.to).toEqual(mails[0]?.to);
      expect(links?.html).toContain('står ikke i e-posten med sakene til skriftlig behandling');
      expect(links?.html).toContain(`<a href="${there}/Advarsel%20Kari%20Hansen.pdf">Sak 2026.02: Advarsel til Kari Hansen</a> (offl. § 25 første ledd)`);
      expect(links?.html).toContain(`<a href="${there}/Sak%202026.02%20Oppsigelse%20av%20Kari%20Hansen.docx">Sak 2026.02: Saksframlegg</a> (offl. § 25 første ledd)`);
      expect(sent.value.written?.sentAt).toBe('2026-03-01T09:00:00.000Z');
      expect((await repository.getMeeting('w1'))?.value.written?.sentAt).toBe('2026-03-01T09:00:00.000Z');
    });

    it('words the note under the link for both when the sak also has an exempt file of this meeting\'s: the carried ones lie with the earlier body, not behind the link', async () => {
      const own = { id: 'v2', number: 2, title: 'Notat om Kari Hansen', fileName: 'Notat Kari Hansen.pdf', driveItemId: 'd2', webUrl: 'https://contoso.sharepoint.com/sites/styret/notat.pdf' };
      const both = { ...carriedSak, attachments: [...carriedSak.attachments, own] };
      const { stored, mails, deps } = await world(undefined, { ...meeting, items: [...meeting.items, both] });
      const folder = 'https://contoso.sharepoint.com/sites/styret/Delte%20dokumenter/Styret/Unntatt%20offentlighet/Sak%202026.02';
      const places = { check: async () => undefined, folderUrl: async () => folder };
      await sendWrittenTreatment({ ...deps, protectExempt: async (file) => file.meeting, exemptPlaces: places }, committee, stored);
      const saker = mails[0]?.html ?? '';
      expect(saker).toContain(`<a href="${folder}" style="text-decoration:underline;">Les saken i SharePoint</a>`);
      expect(saker).toContain('Dokumentene som er unntatt offentlighet og kom med saken fra organet den kommer fra, ligger der og ikke bak lenken over.');
      // Not the words for a sak whose exempt documents all lie with the earlier body.
      expect(saker).not.toContain('Dokumentene i saken som er unntatt offentlighet, ligger hos organet saken kommer fra.');
      expect(mails).toHaveLength(2);
      expect(mails[1]?.html).toContain('Sak 2026.02: Advarsel til Kari Hansen');
      expect(mails[1]?.html).not.toContain('Notat om Kari Hansen');
    });

    it('refuses one that came without a saksframlegg, naming the sak and the body it came from, and sends nothing', async () => {
      const bare = { ...carriedSak, caseMemo: undefined, attachments: [] };
      const { repository, stored, mails, deps } = await world(undefined, { ...meeting, items: [...meeting.items, bare] });
      const places = { check: async () => undefined, folderUrl: async () => undefined };
      const send = sendWrittenTreatment({ ...deps, protectExempt: async (file) => file.meeting, exemptPlaces: places }, committee, stored);
      const refused = await send.catch((error: unknown) => error);
      expect(isDomainError(refused) && refused.reason).toEqual({ key: 'written.carriedNoCaseMemo', values: { item: 'Sak 2026.02', body: 'Planutvalget' } });
      expect(mails).toHaveLength(0);
      expect((await repository.getMeeting('w1'))?.value).toEqual(stored.value);
    });

    it('says a grant the secretary may not make as the written treatment\'s refusal (not the innkalling\'s), the files and body named, and sends nothing', async () => {
      const { stored, mails, deps } = await world(undefined, { ...meeting, items: [...meeting.items, carriedSak] });
      const refusing = async (): Promise<Meeting> => {
        throw new DomainError('exemptContentExposed', { key: 'exempt.carriedNotGranted', values: { files: '«Advarsel Kari Hansen.pdf»', body: 'Planutvalget' } });
      };
      const places = { check: async () => undefined, folderUrl: async () => undefined };
      const send = sendWrittenTreatment({ ...deps, protectExempt: refusing, exemptPlaces: places }, committee, stored);
      const refused = await send.catch((error: unknown) => error);
      expect(isDomainError(refused) && refused.reason).toEqual({ key: 'written.carriedNotGranted', values: { files: '«Advarsel Kari Hansen.pdf»', body: 'Planutvalget' } });
      expect(mails).toHaveLength(0);
    });
  });

  it('refuses, naming the sak, to send a sak unntatt offentlighet the members could not read (no saksframlegg stored), and records nothing', async () => {
    const exempt = anItem('s2', { caseNumber: '2026.02' as never, title: 'Oppsigelse av Kari Hansen', confidentiality: { exempt: { basis: 'offl. § 25 første ledd' } } });
    const { repository, stored, mails, deps } = await world(undefined, { ...meeting, items: [...meeting.items, exempt] });
    const refused = await sendWrittenTreatment({ ...deps, exemptPlaces: { check: async () => undefined, folderUrl: async () => 'https://contoso.sharepoint.com/x' } }, committee, stored).catch((error: unknown) => error);
    expect(isDomainError(refused) && refused.reason).toEqual({ key: 'written.exemptUnreadable', values: { item: 'Sak 2026.02' } });
    expect(mails).toHaveLength(0);
    expect((await repository.getMeeting('w1'))?.value.written?.sendStartedAt).toBeUndefined();
  });

  it('refuses, naming the sak and the vedlegg, to send an exempt vedlegg whose file was never stored (not in the closed folder the mail links to), and moves, records and sends nothing', async () => {
    const open = anItem('s2', {
      caseNumber: '2026.02' as never,
      title: 'Sykefravær i selskapet',
      attachments: [{ id: 'v1', number: 1, title: 'Legeerklæring', fileName: 'Legeerklæring.pdf', exemption: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } }],
    });
    const { repository, stored, mails, deps } = await world(undefined, { ...meeting, items: [...meeting.items, open] });
    const steps: string[] = [];
    const refused = await sendWrittenTreatment(
      {
        ...deps,
        protectExempt: async (file) => (steps.push('protect'), file.meeting),
        exemptPlaces: { check: async () => void steps.push('check'), folderUrl: async () => 'https://contoso.sharepoint.com/x' },
      },
      committee,
      stored,
    ).catch((error: unknown) => error);
    expect(isDomainError(refused) && refused.reason).toEqual({ key: 'written.exemptAttachmentUnstored', values: { item: 'Sak 2026.02', attachment: 'Legeerklæring' } });
    expect(steps).toEqual([]);
    expect(mails).toHaveLength(0);
    expect((await repository.getMeeting('w1'))?.value).toEqual(stored.value);
  });

  it('after a fault that leaves it unknown whether the mail went, a retry does not send again by itself: it asks, and sends once when told to', async () => {
    let fail = true;
    const { repository, stored, mails, deps } = await world(async () => {
      if (fail) throw new Error('socket hang up');
    });
    await expect(sendWrittenTreatment(deps, committee, stored)).rejects.toThrow('socket hang up');
    const after = (await repository.getMeeting('w1')) as Versioned<Meeting>;
    expect(after.value.written?.sendStartedAt).toBe('2026-03-01T09:00:00.000Z');
    fail = false;
    const uncertain = await sendWrittenTreatment(deps, committee, after).catch((error: unknown) => error);
    expect(isDomainError(uncertain) && uncertain.reason?.key).toBe('written.sendUncertain');
    expect(mails).toHaveLength(0);
    const sent = await sendWrittenTreatment(deps, committee, after, { resend: true });
    expect(mails).toHaveLength(1);
    expect(sent.value.written?.sentAt).toBeDefined();
    expect(sent.value.written?.sendStartedAt).toBeUndefined();
  });

  it('when Graph refuses the mail (it did not go), takes the begun send back so a retry sends', async () => {
    let fail = true;
    const { repository, stored, mails, deps } = await world(async () => {
      if (fail) throw new GraphRequestError(400, 'ErrorInvalidRecipients', undefined, 'bad recipient');
    });
    await expect(sendWrittenTreatment(deps, committee, stored)).rejects.toThrow();
    const after = (await repository.getMeeting('w1')) as Versioned<Meeting>;
    expect(after.value.written?.sendStartedAt).toBeUndefined();
    fail = false;
    await sendWrittenTreatment(deps, committee, after);
    expect(mails).toHaveLength(1);
  });

  it('refuses to send when no member with a vote has an address', async () => {
    const { stored, mails, deps } = await world();
    const error = await sendWrittenTreatment(deps, aCommittee({ members: [{ name: 'Uten Adresse' }] }), stored).catch((caught: unknown) => caught);
    expect(isDomainError(error) && error.reason?.key).toBe('written.noRecipients');
    expect(mails).toHaveLength(0);
  });
});
