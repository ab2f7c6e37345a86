import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '../domain/model';
import { documentTexts, languageTag } from './texts';

describe('document texts', () => {
  it('has every text in both målformer, none empty', () => {
    for (const form of ['nb', 'nn'] as const) {
      const texts = documentTexts(form);
      for (const [key, value] of Object.entries(texts)) {
        if (typeof value === 'string') expect(value.trim(), `${form}.${key}`).not.toBe('');
      }
      for (const kind of ITEM_KINDS) expect(texts.kinds[kind]).not.toBe('');
    }
  });

  it('writes the nynorsk forms where nynorsk differs from bokmål', () => {
    const nb = documentTexts('nb');
    const nn = documentTexts('nn');
    expect([nb.chair, nn.chair]).toEqual(['Møteleder', 'Møteleiar']);
    expect([nb.caseOfficer, nn.caseOfficer]).toEqual(['Saksbehandler', 'Saksbehandlar']);
    expect([nb.present, nn.present]).toEqual(['Til stede', 'Til stades']);
    expect([nb.backToAgenda, nn.backToAgenda]).toEqual(['Tilbake til sakslisten', 'Tilbake til saklista']);
    expect([nb.dateAndPlace, nn.dateAndPlace]).toEqual(['Dato/sted', 'Dato/stad']);
    expect([nb.changesSinceLast, nn.changesSinceLast]).toEqual(['Endringer siden forrige utsending:', 'Endringar sidan førre utsending:']);
    expect(nn.attachmentCount(3)).toBe('3 vedlegg');
  });

  it('keeps the texts that are the same in both', () => {
    for (const key of ['absent', 'proposedConclusion', 'proposedDecision', 'conclusion', 'background', 'responsible', 'caseNumberColumn'] as const) {
      expect(documentTexts('nn')[key]).toBe(documentTexts('nb')[key]);
    }
  });

  it('tags documents nb-NO or nn-NO', () => {
    expect(languageTag('nb')).toBe('nb-NO');
    expect(languageTag('nn')).toBe('nn-NO');
  });
});
