import * as v from 'valibot';
import { issueKeys } from './schemaRules';
import { fieldRuleOf } from './fieldRules';
import { describe, expect, it } from 'vitest';
import { committeeLabelOf, ConventionsSchema, DEFAULT_ITEM_KINDS, defaultConventions, MAX_COMMITTEE_LABEL_LENGTH, remoteWaysOf, unknownKinds, wordingOf } from './conventions';

describe('committee conventions', () => {
  it('defaults to the seeds\' words and their five sakstyper when a committee has set none', () => {
    const conventions = defaultConventions();
    expect(conventions.itemKinds.map((kind) => kind.id)).toEqual(['Godkjenning', 'Referatsak', 'Orientering', 'Dialog', 'Beslutning']);
    for (const language of ['nb', 'nn'] as const) {
      const words = wordingOf(undefined, language);
      expect([words.minutes.word, words.conclusion.word, words.proposal.word, words.memoProposal.word, words.background.word]).toEqual([
        'Referat',
        'Konklusjon',
        'Forslag til konklusjon',
        'Forslag til vedtak',
        'Bakgrunn',
      ]);
    }
  });

  it('parses the defaults once and shares them: each screen\'s wording asks at every render (issue 14)', () => {
    expect(defaultConventions()).toBe(defaultConventions());
    // Shared, so frozen: a caller that changed it instead of a copy would change every committee's defaults.
    expect(() => {
      (defaultConventions() as { noticeCommittee: boolean }).noticeCommittee = true;
    }).toThrow(TypeError);
    expect(defaultConventions().noticeCommittee).toBeUndefined();
    expect(defaultConventions()).toEqual(v.parse(ConventionsSchema, {}));
  });

  it('writes each chosen word in bokmål and nynorsk', () => {
    const conventions = v.parse(ConventionsSchema, { minutes: 'moteprotokoll', conclusion: 'vedtak', proposal: 'innstilling', background: 'saksutredning' });
    const nb = wordingOf(conventions, 'nb');
    const nn = wordingOf(conventions, 'nn');
    expect([nb.minutes.word, nb.minutes.definite, nb.conclusion.word, nb.proposal.definite, nb.background.word]).toEqual(['Møteprotokoll', 'møteprotokollen', 'Vedtak', 'innstillingen', 'Saksutredning']);
    expect([nn.minutes.word, nn.conclusion.word, nn.proposal.definite, nn.background.word, nn.background.definite]).toEqual(['Møteprotokoll', 'Vedtak', 'innstillinga', 'Saksutgreiing', 'saksutgreiinga']);
    expect([nb.proceedingsAndConclusion, nn.noConclusion]).toEqual(['Møtebehandling og vedtak', 'Ingen vedtak registrert.']);
  });

  it('offers «Framlegg til vedtak», the nynorsk sakspapir\'s proposal word, also after who makes it', () => {
    const conventions = v.parse(ConventionsSchema, { proposal: 'framleggTilVedtak', memoProposal: 'framleggTilVedtak', proposalBy: 'Kommunedirektøren sitt' });
    const nn = wordingOf(conventions, 'nn');
    expect([nn.proposal.word, nn.memoProposal.lower]).toEqual(['Kommunedirektøren sitt framlegg til vedtak', 'kommunedirektøren sitt framlegg til vedtak']);
    expect(wordingOf({ ...conventions, proposalBy: undefined }, 'nn').proposal.definite).toBe('framlegget til vedtak');
    expect(wordingOf(conventions, 'en').proposal.word).toBe('Proposed decision');
  });

  it('offers «Tilråding», the word nynorsk sakspapir use for a proposal (Vaksdal\'s «LEV - Tilråding:», 2019), feminine, also after who makes it', () => {
    const conventions = v.parse(ConventionsSchema, { proposal: 'tilraading', memoProposal: 'tilraading', proposalBy: 'Kommunedirektøren si' });
    const nn = wordingOf(conventions, 'nn');
    expect([nn.proposal.word, nn.memoProposal.lower]).toEqual(['Kommunedirektøren si tilråding', 'kommunedirektøren si tilråding']);
    const plain = { ...conventions, proposalBy: undefined };
    expect([wordingOf(plain, 'nn').proposal.word, wordingOf(plain, 'nn').proposal.definite, wordingOf(plain, 'nn').proposal.neuter]).toEqual(['Tilråding', 'tilrådinga', false]);
    expect([wordingOf(plain, 'nb').proposal.word, wordingOf(plain, 'nb').proposal.definite]).toEqual(['Tilråding', 'tilrådingen']);
    expect(wordingOf(conventions, 'en').proposal.word).toBe('Recommendation');
  });

  it('offers «Saksopplysninger», the saksframlegg\'s account as kontrollutvalg and formannskap head it (Orkland, Gratangen), nynorsk «Saksopplysningar» (Vaksdal)', () => {
    const conventions = v.parse(ConventionsSchema, { background: 'saksopplysninger' });
    const nb = wordingOf(conventions, 'nb');
    const nn = wordingOf(conventions, 'nn');
    expect([nb.background.word, nb.background.definite, nn.background.word, nn.background.definite]).toEqual(['Saksopplysninger', 'saksopplysningene', 'Saksopplysningar', 'saksopplysningane']);
    expect(wordingOf(conventions, 'en').background.word).toBe('Case information');
  });

  it('calls the record «Møtebok», as a menighetsråd\'s and a kirkelig fellesråd\'s records are headed (Porsgrunn, Lørenskog), in both målformer', () => {
    const conventions = v.parse(ConventionsSchema, { minutes: 'motebok' });
    const nb = wordingOf(conventions, 'nb');
    const nn = wordingOf(conventions, 'nn');
    expect([nb.minutes.word, nb.minutes.lower, nb.minutes.definite, nb.minutes.neuter]).toEqual(['Møtebok', 'møtebok', 'møteboken', false]);
    expect([nn.minutes.word, nn.minutes.definite]).toEqual(['Møtebok', 'møteboka']);
    expect(wordingOf(conventions, 'en').minutes.word).toBe('Minutes');
    // The sak that approves it, for a committee whose sakstyper lack «Referatsak» (Sola kirkelige fellesråd's «Godkjenning av møtebok fra møte …»).
    expect(wordingOf({ ...conventions, itemKinds: [{ id: 'Vedtakssak', nb: 'Vedtakssak', nn: 'Vedtakssak' }] }, 'nb').kindLabel('Referatsak')).toBe('Godkjenning av møtebok');
  });

  it('labels the committee\'s own sakstyper per målform, in its order, and an unknown id as itself', () => {
    const conventions = v.parse(ConventionsSchema, {
      itemKinds: [
        { id: 'Vedtakssak', nb: 'Vedtakssak', nn: 'Vedtakssak' },
        { id: 'Drøfting', nb: 'Drøftingssak', nn: 'Drøftingssak' },
        { id: 'Informasjon', nb: 'Informasjon', nn: 'Informasjon' },
      ],
    });
    expect(wordingOf(conventions, 'nn').kinds.map((kind) => kind.label)).toEqual(['Vedtakssak', 'Drøftingssak', 'Informasjon']);
    expect(wordingOf(conventions, 'nb').kindLabel('Drøfting')).toBe('Drøftingssak');
    expect(wordingOf(conventions, 'nb').kindLabel('Beslutning')).toBe('Beslutning');
    expect(wordingOf(undefined, 'nn').kindLabel('Beslutning')).toBe('Avgjerd');
    expect(unknownKinds(conventions, ['Vedtakssak', 'Orientering'])).toEqual(['Orientering']);
    expect(unknownKinds(undefined, ['Orientering'])).toEqual([]);
  });

  it('labels the sak that approves the record by the committee\'s record word when its sakstyper lack «Referatsak», never «Referatsak»', () => {
    const styre = (minutes: string) =>
      v.parse(ConventionsSchema, { minutes, itemKinds: [{ id: 'Vedtakssak', nb: 'Vedtakssak', nn: 'Vedtakssak' }, { id: 'Orientering', nb: 'Orientering', nn: 'Orientering' }] });
    expect(wordingOf(styre('protokoll'), 'nn').kindLabel('Referatsak')).toBe('Godkjenning av protokoll');
    expect(wordingOf(styre('moteprotokoll'), 'nb').kindLabel('Referatsak')).toBe('Godkjenning av møteprotokoll');
    expect(wordingOf(styre('referat'), 'nb').kindLabel('Referatsak')).toBe('Godkjenning av referat');
    expect(wordingOf(styre('protokoll'), 'en').kindLabel('Referatsak')).toBe('Approval of the record');
    // A list that has it gives it its own label: the seeds' «Referatsak», the helseforetak's «Godkjenning av protokoll».
    expect(wordingOf(undefined, 'nn').kindLabel('Referatsak')).toBe('Referatsak');
    const hf = v.parse(ConventionsSchema, { minutes: 'protokoll', itemKinds: [{ id: 'Referatsak', nb: 'Godkjenning av protokoll', nn: 'Godkjenning av protokoll' }, { id: 'Referatsaker', nb: 'Referatsaker', nn: 'Referatsaker' }] });
    expect(wordingOf(hf, 'nb').kindLabel('Referatsak')).toBe('Godkjenning av protokoll');
    // Only the rules' own kind: any other id the list lacks still prints as itself.
    expect(wordingOf(styre('protokoll'), 'nb').kindLabel('Dialog')).toBe('Dialog');
  });

  it('refuses a sakstype listed twice, an empty list and an unknown word, naming the field', () => {
    const twice = v.safeParse(ConventionsSchema, { itemKinds: [DEFAULT_ITEM_KINDS[0], DEFAULT_ITEM_KINDS[0]] });
    expect(twice.success).toBe(false);
    expect(fieldRuleOf(twice.issues![0]!.message)).toEqual({ code: 'duplicate', field: 'itemKind', value: 'Godkjenning' });
    expect(issueKeys(twice.issues![0]!)).toEqual(['itemKinds', 1, 'id']);
    expect(fieldRuleOf(v.safeParse(ConventionsSchema, { itemKinds: [] }).issues![0]!.message)).toEqual({ code: 'required', field: 'itemKinds' });
    const rulesOf = (kind: Record<string, string>) =>
      (v.safeParse(ConventionsSchema, { itemKinds: [kind] }).issues ?? []).map((issue) => fieldRuleOf(issue.message));
    expect(rulesOf({ id: ' ', nb: 'x', nn: 'x' })).toEqual([{ code: 'required', field: 'itemKind' }]);
    expect(rulesOf({ id: 'x', nb: '', nn: 'y'.repeat(61) })).toEqual([
      { code: 'required', field: 'itemKindNb' },
      { code: 'tooLong', field: 'itemKindNn', max: 60 },
    ]);
    expect(issueKeys(v.safeParse(ConventionsSchema, { conclusion: 'beslutning' }).issues![0]!)).toEqual(['conclusion']);
    expect(v.safeParse(ConventionsSchema, { wording: 'x' }).success).toBe(false);
  });

  it('gives English words to an English screen', () => {
    const words = wordingOf(v.parse(ConventionsSchema, { conclusion: 'vedtak', proposal: 'innstilling' }), 'en');
    expect([words.conclusion.word, words.proposal.word]).toEqual(['Decision', 'Recommendation']);
  });

  it('names who makes the proposal before its word, as a university\'s styresaker do («Rektors forslag til vedtak»), in both proposal headings and in running text', () => {
    const conventions = v.parse(ConventionsSchema, { proposal: 'forslagTilVedtak', memoProposal: 'forslagTilVedtak', proposalBy: '  Rektors ' });
    expect(conventions.proposalBy).toBe('Rektors');
    const words = wordingOf(conventions, 'nb');
    expect([words.proposal.word, words.memoProposal.word]).toEqual(['Rektors forslag til vedtak', 'Rektors forslag til vedtak']);
    // The genitive makes the noun definite: «endret rektors forslag til vedtak», never «… forslaget til vedtak».
    expect([words.proposal.lower, words.proposal.definite]).toEqual(['rektors forslag til vedtak', 'rektors forslag til vedtak']);
    expect(wordingOf(v.parse(ConventionsSchema, { proposal: 'innstilling', proposalBy: 'Høgskoledirektørens' }), 'nn').proposal.word).toBe('Høgskoledirektørens innstilling');
    // An acronym keeps its capitals in running text.
    expect(wordingOf(v.parse(ConventionsSchema, { proposalBy: 'NTNUs' }), 'nb').proposal.lower).toBe('NTNUs forslag til konklusjon');
    // The committee's Norwegian words are not put before an English screen's.
    expect(wordingOf(conventions, 'en').proposal.word).toBe('Proposed decision');
    expect(wordingOf(v.parse(ConventionsSchema, {}), 'nb').proposal.word).toBe('Forslag til konklusjon');
  });

  it('refuses who makes the proposal when it is too long or has a line break, naming the field', () => {
    expect(issueKeys(v.safeParse(ConventionsSchema, { proposalBy: 'x'.repeat(61) }).issues![0]!)).toEqual(['proposalBy']);
    expect(v.safeParse(ConventionsSchema, { proposalBy: 'Rek\ntors' }).success).toBe(false);
  });

  it('labels the row naming the committee «Utvalg» (nynorsk «Utval») until the committee writes its own word, «Organ», «Møte», stored trimmed and printed without a typed colon', () => {
    expect([committeeLabelOf(undefined, 'nb'), committeeLabelOf(defaultConventions(), 'nn')]).toEqual(['Utvalg', 'Utval']);
    const organ = v.parse(ConventionsSchema, { noticeCommittee: true, committeeLabel: '  Organ ' });
    expect(organ.committeeLabel).toBe('Organ');
    expect([committeeLabelOf(organ, 'nb'), committeeLabelOf(organ, 'nn')]).toEqual(['Organ', 'Organ']);
    expect(committeeLabelOf(v.parse(ConventionsSchema, { committeeLabel: 'Møte:' }), 'nb')).toBe('Møte');
    // A colon alone is no word: the målform's stands.
    expect(committeeLabelOf(v.parse(ConventionsSchema, { committeeLabel: ' : ' }), 'nn')).toBe('Utval');
  });

  it('refuses a label for the committee\'s row longer than the facts\' label column holds, or with a tab, naming the field; an unknown field beside it is an error', () => {
    expect(v.safeParse(ConventionsSchema, { committeeLabel: 'x'.repeat(MAX_COMMITTEE_LABEL_LENGTH) }).success).toBe(true);
    const tooLong = v.safeParse(ConventionsSchema, { committeeLabel: 'x'.repeat(MAX_COMMITTEE_LABEL_LENGTH + 1) });
    expect(issueKeys(tooLong.issues![0]!)).toEqual(['committeeLabel']);
    expect(fieldRuleOf(tooLong.issues![0]!.message)).toEqual({ code: 'tooLong', field: 'committeeLabel', max: MAX_COMMITTEE_LABEL_LENGTH });
    expect(fieldRuleOf(v.safeParse(ConventionsSchema, { committeeLabel: 'Or\tgan' }).issues![0]!.message)).toMatchObject({ code: 'controlCharacter', field: 'committeeLabel' });
    expect(issueKeys(v.safeParse(ConventionsSchema, { committeeLabel: 'Organ', committeeWord: 'Organ' }).issues![0]!)).toEqual(['committeeWord']);
  });

  it('offers taking part by video or telephone unless the committee asks to see those from elsewhere (videoOnly, stored as the committee ticked it)', () => {
    expect(remoteWaysOf(undefined)).toEqual(['video', 'phone']);
    expect(remoteWaysOf(defaultConventions())).toEqual(['video', 'phone']);
    const videoOnly = v.parse(ConventionsSchema, { videoOnly: true });
    expect(videoOnly.videoOnly).toBe(true);
    expect(remoteWaysOf(videoOnly)).toEqual(['video']);
  });
});
