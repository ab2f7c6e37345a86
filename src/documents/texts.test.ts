import { describe, expect, it } from 'vitest';
import { DEFAULT_ITEM_KINDS, defaultConventions } from '../domain/conventions';
import { documentTexts, languageTag } from './texts';

const nbCommittee = { languageForm: 'nb' } as const;
const nnCommittee = { languageForm: 'nn' } as const;

describe('document texts', () => {
  it('has every text in both målformer, none empty', () => {
    for (const committee of [nbCommittee, nnCommittee]) {
      const texts = documentTexts(committee);
      for (const [key, value] of Object.entries(texts)) {
        if (typeof value === 'string') expect(value.trim(), `${committee.languageForm}.${key}`).not.toBe('');
      }
      for (const kind of DEFAULT_ITEM_KINDS) expect(texts.kindLabel(kind.id)).not.toBe('');
    }
  });

  it('writes the nynorsk forms where nynorsk differs from bokmål', () => {
    const nb = documentTexts(nbCommittee);
    const nn = documentTexts(nnCommittee);
    expect([nb.chair, nn.chair]).toEqual(['Møteleder', 'Møteleiar']);
    // «Sakshandsamar», as the nynorsk screens and a nynorsk kommune's sakspapir (Vaksdal) say it: one word per målform.
    expect([nb.caseOfficer, nn.caseOfficer]).toEqual(['Saksbehandler', 'Sakshandsamar']);
    expect([nb.present, nn.present]).toEqual(['Til stede', 'Til stades']);
    expect([nb.backToAgenda, nn.backToAgenda]).toEqual(['Tilbake til sakslisten', 'Tilbake til saklista']);
    expect([nb.dateAndPlace, nn.dateAndPlace]).toEqual(['Dato/sted', 'Dato/stad']);
    expect([nb.changesSinceLast, nn.changesSinceLast]).toEqual(['Endringer siden forrige utsending:', 'Endringar sidan førre utsending:']);
    expect([nb.kindLabel('Beslutning'), nn.kindLabel('Beslutning')]).toEqual(['Beslutning', 'Avgjerd']);
    expect(nn.attachmentCount(3)).toBe('3 vedlegg');
  });

  it('prints the seeds\' words for a committee that has set no conventions, in both målformer', () => {
    for (const committee of [nbCommittee, nnCommittee]) {
      const t = documentTexts(committee);
      expect([t.proposedConclusion, t.memoProposal, t.conclusion, t.background, t.referat, t.proceedingsAndConclusion]).toEqual([
        'Forslag til konklusjon:',
        'Forslag til vedtak:',
        'Konklusjon:',
        'Bakgrunn:',
        'Referat',
        committee.languageForm === 'nn' ? 'Møtehandsaming og konklusjon' : 'Møtebehandling og konklusjon',
      ]);
    }
  });

  it('prints the committee\'s own words where it has chosen them', () => {
    const conventions = { minutes: 'protokoll', conclusion: 'vedtak', proposal: 'innstilling', memoProposal: 'innstilling', background: 'saksutredning' } as const;
    const nb = documentTexts({ languageForm: 'nb', conventions: { ...conventions, itemKinds: [...DEFAULT_ITEM_KINDS], minutesApproval: 'nextMeeting' } });
    const nn = documentTexts({ languageForm: 'nn', conventions: { ...conventions, itemKinds: [...DEFAULT_ITEM_KINDS], minutesApproval: 'nextMeeting' } });
    expect([nb.referat, nb.conclusion, nb.proposedConclusion, nb.background, nb.noConclusion]).toEqual(['Protokoll', 'Vedtak:', 'Innstilling:', 'Saksutredning:', 'Ingen vedtak registrert.']);
    expect([nn.referat, nn.conclusion, nn.proposedConclusion, nn.background, nn.proceedingsAndConclusion]).toEqual(['Protokoll', 'Vedtak:', 'Innstilling:', 'Saksutgreiing:', 'Møtehandsaming og vedtak']);
    expect(nn.minutesMailSubject(nn.words.minutes, 'Kommunestyret', '04.06.26', false)).toBe('Protokoll frå Kommunestyret 04.06.26 – til kommentar');
    expect(nb.minutesMailLinked(nb.words.minutes)).toBe('Protokollen ligger i møtemappen:');
  });

  // A nynorsk secretary writes one word for a sak's treatment through a document: «Sakshandsamar» over «Tidlegare behandling»,
  // «blir handsama i lukka møte» beside «Møtebehandling og vedtak» mixed the two. «Handsaming» unless the committee writes
  // «behandling» (sources in conventions.ts `TreatmentWordSchema`: Askvoll's «MØTEHANDSAMING», Gloppen's «Saksbehandlar»).
  it('names a sak\'s treatment in nynorsk with one word through the documents, «handsaming» unless the committee writes «behandling»', () => {
    const words = (t: ReturnType<typeof documentTexts>) => [t.caseOfficer, t.earlierTreatment, t.treatedBy('Planutvalet', '12.11.2026', 'PS 14/26'), t.treatmentLabel, t.publicMeeting(['PS 3/26']), t.proceedingsAndConclusion];
    expect(words(documentTexts(nnCommittee))).toEqual([
      'Sakshandsamar',
      'Tidlegare handsaming',
      'Planutvalet handsama saka i møte 12.11.2026, sak PS 14/26.',
      'Handsaming:',
      'Møtet er ope for publikum. Sak PS 3/26 blir handsama i lukka møte.',
      'Møtehandsaming og konklusjon',
    ]);
    expect(words(documentTexts({ languageForm: 'nn', conventions: { ...defaultConventions(), treatment: 'behandling' } }))).toEqual([
      'Saksbehandlar',
      'Tidlegare behandling',
      'Planutvalet behandla saka i møte 12.11.2026, sak PS 14/26.',
      'Behandling:',
      'Møtet er ope for publikum. Sak PS 3/26 blir behandla i lukka møte.',
      'Møtebehandling og konklusjon',
    ]);
    // Bokmål writes «behandling» whatever a nynorsk choice says.
    expect(words(documentTexts({ languageForm: 'nb', conventions: { ...defaultConventions(), treatment: 'handsaming' } }))[0]).toBe('Saksbehandler');
  });

  it('tags documents nb-NO or nn-NO', () => {
    expect(languageTag('nb')).toBe('nb-NO');
    expect(languageTag('nn')).toBe('nn-NO');
  });
});
