import { describe, expect, it } from 'vitest';
import { DEFAULT_ITEM_KINDS } from '../domain/conventions';
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
        'Møtebehandling og konklusjon',
      ]);
    }
  });

  it('prints the committee\'s own words where it has chosen them', () => {
    const conventions = { minutes: 'protokoll', conclusion: 'vedtak', proposal: 'innstilling', memoProposal: 'innstilling', background: 'saksutredning' } as const;
    const nb = documentTexts({ languageForm: 'nb', conventions: { ...conventions, itemKinds: [...DEFAULT_ITEM_KINDS], minutesApproval: 'nextMeeting' } });
    const nn = documentTexts({ languageForm: 'nn', conventions: { ...conventions, itemKinds: [...DEFAULT_ITEM_KINDS], minutesApproval: 'nextMeeting' } });
    expect([nb.referat, nb.conclusion, nb.proposedConclusion, nb.background, nb.noConclusion]).toEqual(['Protokoll', 'Vedtak:', 'Innstilling:', 'Saksutredning:', 'Ingen vedtak registrert.']);
    expect([nn.referat, nn.conclusion, nn.proposedConclusion, nn.background, nn.proceedingsAndConclusion]).toEqual(['Protokoll', 'Vedtak:', 'Innstilling:', 'Saksutgreiing:', 'Møtebehandling og vedtak']);
    expect(nn.minutesMailSubject(nn.words.minutes, 'Kommunestyret', '04.06.26', false)).toBe('Protokoll frå Kommunestyret 04.06.26 – til kommentar');
    expect(nb.minutesMailLinked(nb.words.minutes)).toBe('Protokollen ligger i møtemappen:');
  });

  it('tags documents nb-NO or nn-NO', () => {
    expect(languageTag('nb')).toBe('nb-NO');
    expect(languageTag('nn')).toBe('nn-NO');
  });
});
