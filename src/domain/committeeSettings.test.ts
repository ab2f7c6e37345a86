import { describe, expect, it } from 'vitest';
import { blankCommittee } from './blankCommittee';
import { chairDisagreement, checkCommitteeSettings, checkExternalMember, settingsOf, unlinkedDeputy, withMemberChange } from './committeeSettings';
import type { Conventions } from './conventions';

const hilde = { name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example.no' };
// The standing referent is the secretariat until one is chosen (committeeAccess.ts), and has an address.
const base = { ...blankCommittee('pm'), name: 'Partnerskapsmøtet', shortName: 'PM', defaultMinuteTaker: hilde };

describe('committee settings', () => {
  it('stores the secretariat and referents only once they are chosen, so the defaults follow the standing referent until then', () => {
    const untouched = checkCommitteeSettings(settingsOf(base), base);
    expect(untouched.ok && [untouched.committee.secretariat, untouched.committee.referents]).toEqual([undefined, undefined]);
    const kristin = { name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' };
    const chosen = checkCommitteeSettings({ ...settingsOf(base), secretariat: [kristin], referents: [] }, base);
    expect(chosen.ok && [chosen.committee.secretariat, chosen.committee.referents]).toEqual([[kristin], []]);
  });

  it('refuses a committee nobody in the secretariat (by default the standing referent) manages: someone with an e-mail address is needed', () => {
    // As the tester's settings stored Styret i Sykehuset Nordfjell HF: no secretariat, no referents.
    const nobody = { ...settingsOf(base), defaultMinuteTaker: undefined, secretariat: undefined, referents: [] };
    expect(checkCommitteeSettings(nobody, base)).toEqual({ ok: false, problems: { secretariat: 'noManager' } });
    // Chosen, but only by name (the picker's free text) or by directory id alone: SharePoint grants by address, so nobody manages.
    expect(checkCommitteeSettings({ ...nobody, secretariat: [{ name: 'Kristin Liset' }, { name: 'Per Christian Voss', directoryId: '0f3c' }] }, base)).toEqual({ ok: false, problems: { secretariat: 'noManager' } });
    expect(checkCommitteeSettings({ ...settingsOf(base), secretariat: [] }, base)).toEqual({ ok: false, problems: { secretariat: 'noManager' } });
    // A standing referent without an address is no manager either, though an explicit secretariat with one is.
    expect(checkCommitteeSettings({ ...nobody, defaultMinuteTaker: { name: 'Hilde Kari Maugesten' } }, base)).toEqual({ ok: false, problems: { secretariat: 'noManager' } });
    const kristin = { name: 'Kristin Liset', email: 'kristin.liset@siv.example.no', directoryId: '7a1e' };
    expect(checkCommitteeSettings({ ...nobody, secretariat: [{ name: 'Kristin Liset' }, kristin] }, base).ok).toBe(true);
    expect(checkCommitteeSettings({ ...nobody, defaultMinuteTaker: hilde }, base).ok).toBe(true);
  });

  it('reports the missing manager with the other problems, and leaves what was typed as it was', () => {
    const typed = { ...settingsOf(base), name: ' ', secretariat: [{ name: 'Kristin Liset' }], recipientsLine: 'Styrets medlemmer' };
    const before = structuredClone(typed);
    expect(checkCommitteeSettings(typed, base)).toEqual({ ok: false, problems: { name: 'required', secretariat: 'noManager' } });
    expect(typed).toEqual(before);
  });

  it('refuses a short name SharePoint cannot use in file names, a case number format without a serial and a bad mailbox', () => {
    const check = checkCommitteeSettings({ ...settingsOf(base), shortName: 'PM:2', caseNumberFormat: 'Sak {YY}', senderMailbox: 'sekretariat@' }, base);
    expect(check).toEqual({ ok: false, problems: { shortName: 'shortNameNotFileSafe', caseNumberFormat: 'caseNumberFormatWithoutSerial', senderMailbox: 'invalidEmail' } });
    const unknownCode = checkCommitteeSettings({ ...settingsOf(base), caseNumberFormat: '{ÅÅÅÅ}/{N}' }, base);
    expect(unknownCode).toEqual({ ok: false, problems: { caseNumberFormat: 'invalidCaseNumberFormat' } });
    expect(checkCommitteeSettings({ ...settingsOf(base), caseNumberFormat: ' ' }, base)).toEqual({ ok: false, problems: { caseNumberFormat: 'required' } });
    const long = checkCommitteeSettings({ ...settingsOf(base), shortName: 'Partnerskapsmøte' }, base);
    expect(long).toEqual({ ok: false, problems: { shortName: 'shortNameTooLong' } });
  });

  it('turns a valid form into a committee, trimming and dropping empty optional lines', () => {
    const check = checkCommitteeSettings(
      { ...settingsOf(base), name: ' Partnerskapsmøtet ', languageForm: 'nn', caseNumberFormat: ' PS {NN}/{YY} ', caseNumberSerial: 'perMeeting', recipientsLine: ' ', senderMailbox: 'pm@siv.example.no', attachmentMode: 'link' },
      base,
    );
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.committee).toMatchObject({ name: 'Partnerskapsmøtet', languageForm: 'nn', caseNumberFormat: 'PS {NN}/{YY}', caseNumberSerial: 'perMeeting', attachmentMode: 'link', senderMailbox: 'pm@siv.example.no' });
    expect(check.committee.recipientsLine).toBeUndefined();
  });

  it('keeps the innkalling\'s «Kopi» line trimmed, and drops it when emptied', () => {
    const typed = checkCommitteeSettings({ ...settingsOf(base), copyLine: ' Styrets varamedlemmer ' }, base);
    expect(typed.ok && typed.committee.copyLine).toBe('Styrets varamedlemmer');
    const emptied = checkCommitteeSettings({ ...settingsOf({ ...base, copyLine: 'Varamedlemmer' }), copyLine: ' ' }, base);
    expect(emptied.ok && emptied.committee.copyLine).toBeUndefined();
    expect(settingsOf({ ...base, copyLine: 'Varamedlemmer' }).copyLine).toBe('Varamedlemmer');
  });

  it('stores what the documents print after a name as chosen, and shows the committee\'s choice when opened', () => {
    const chosen = checkCommitteeSettings({ ...settingsOf(base), personDetails: 'titleAndOrganisation' }, base);
    expect(chosen.ok && chosen.committee.personDetails).toBe('titleAndOrganisation');
    const stored = { ...base, personDetails: 'organisation' as const };
    expect(settingsOf(stored).personDetails).toBe('organisation');
    const changed = checkCommitteeSettings({ ...settingsOf(stored), personDetails: 'none' }, stored);
    expect(changed.ok && changed.committee.personDetails).toBe('none');
    // Never chosen: nothing stored, so the documents keep their defaults (the organisation in the attendance list, the name alone in Ansvar).
    const untouched = checkCommitteeSettings(settingsOf(base), base);
    expect(untouched.ok && untouched.committee.personDetails).toBeUndefined();
  });

  it('stores the Planner plan for oppfølging trimmed, clears it when emptied and refuses one longer than a plan id can be', () => {
    const withPlan = checkCommitteeSettings({ ...settingsOf(base), followUpPlanId: ' plan-pm-2026 ' }, base);
    expect(withPlan.ok && withPlan.committee.followUpPlanId).toBe('plan-pm-2026');
    if (!withPlan.ok) return;
    expect(settingsOf(withPlan.committee).followUpPlanId).toBe('plan-pm-2026');
    const cleared = checkCommitteeSettings({ ...settingsOf(withPlan.committee), followUpPlanId: '  ' }, withPlan.committee);
    expect(cleared.ok && cleared.committee.followUpPlanId).toBeUndefined();
    expect(checkCommitteeSettings({ ...settingsOf(base), followUpPlanId: 'p'.repeat(101) }, base)).toEqual({ ok: false, problems: { followUpPlanId: 'planIdTooLong' } });
  });

  it('refuses a personal vara whose member is not on the committee, naming the field, and keeps one whose member is (by e-mail, or by name without one)', () => {
    const ola = { name: 'Ola Hansen', email: 'ola.hansen@example.no' };
    const vara = { name: 'Vera Vara', role: 'deputy' as const, deputyFor: 'borte@example.no' };
    const members = [ola, vara, { name: 'Kari Fast' }];
    expect(unlinkedDeputy(members)).toBe(vara);
    expect(checkCommitteeSettings({ ...settingsOf(base), members }, base)).toEqual({ ok: false, problems: { deputyFor: 'deputyForUnknown' } });
    // Nor vara for themselves.
    expect(unlinkedDeputy([{ ...vara, email: 'vera@example.no', deputyFor: 'vera@example.no' }])).toBeDefined();
    const linked = [ola, { ...vara, deputyFor: 'OLA.HANSEN@example.no' }, { name: 'Siri Vara', role: 'deputy' as const, deputyFor: 'Per Uten' }, { name: 'Per Uten' }];
    expect(unlinkedDeputy(linked)).toBeUndefined();
    const check = checkCommitteeSettings({ ...settingsOf(base), members: linked }, base);
    expect(check.ok && check.committee.members[1]).toEqual({ ...vara, deputyFor: 'OLA.HANSEN@example.no' });
  });

  it('keeps each member\'s role, office and role group, and the role groups one per line without blanks or repeats', () => {
    const input = {
      ...settingsOf(base),
      members: [{ name: 'Kari Fast', role: 'observer' as const, chairRole: 'viceChair' as const, group: 'Rådmenn' }],
      attendanceGroups: ' Ordførarar \n\nRådmenn\nOrdførarar',
    };
    const check = checkCommitteeSettings(input, base);
    expect(check.ok && check.committee.attendanceGroups).toEqual(['Ordførarar', 'Rådmenn']);
    expect(check.ok && check.committee.members).toEqual([{ name: 'Kari Fast', role: 'observer', chairRole: 'viceChair', group: 'Rådmenn' }]);
    if (check.ok) expect(settingsOf(check.committee).attendanceGroups).toBe('Ordførarar\nRådmenn');
    const none = checkCommitteeSettings({ ...input, attendanceGroups: ' ' }, base);
    expect(none.ok && none.committee.attendanceGroups).toBeUndefined();
  });

  it('adds an external member by name and e-mail once', () => {
    const added = checkExternalMember('Ola Kommune', 'ola@sandefjord.kommune.no', 'Sandefjord kommune', []);
    expect(added).toEqual({ ok: true, person: { name: 'Ola Kommune', email: 'ola@sandefjord.kommune.no', organisation: 'Sandefjord kommune' } });
    if (!added.ok) return;
    expect(checkExternalMember('Ola', 'OLA@sandefjord.kommune.no', '', [added.person])).toEqual({ ok: false, problems: ['duplicate'] });
    expect(checkExternalMember(' ', 'ola', '', [])).toEqual({ ok: false, problems: ['nameRequired', 'invalidEmail'] });
  });
});

describe('the conventions checked on save', () => {
  it('says each refused convention on its own field at once, with the case number format\'s problem beside them', () => {
    const typed = settingsOf(base);
    const checked = checkCommitteeSettings(
      { ...typed, caseNumberFormat: 'Sak {YY}', conventions: { ...typed.conventions, notedConclusion: 'x'.repeat(201), signatureStatement: 'y'.repeat(301), proposalBy: 'Rektors\tforslag', committeeLabel: 'O'.repeat(21) } },
      base,
    );
    expect(checked).toEqual({
      ok: false,
      problems: { caseNumberFormat: 'caseNumberFormatWithoutSerial', notedConclusion: 'notedConclusionInvalid', signatureStatement: 'signatureStatementInvalid', proposalBy: 'proposalByInvalid', committeeLabel: 'committeeLabelInvalid' },
    });
  });
});

describe('the unnumbered opening row in the settings', () => {
  it('stores the title trimmed, and refuses one longer than a sak\'s title may be as the opening row\'s problem', () => {
    const written = checkCommitteeSettings({ ...settingsOf(base), conventions: { ...settingsOf(base).conventions, openingRow: ' Andakt ' } }, base);
    expect(written.ok && written.committee.conventions?.openingRow).toBe('Andakt');
    const tooLong = checkCommitteeSettings({ ...settingsOf(base), conventions: { ...settingsOf(base).conventions, openingRow: 'x'.repeat(256) } }, base);
    expect(tooLong).toEqual({ ok: false, problems: { openingRows: 'openingRowInvalid' } });
  });
});

describe('the opening rows in the settings', () => {
  const withRows = (openingRows: unknown) =>
    checkCommitteeSettings({ ...settingsOf(base), conventions: { ...settingsOf(base).conventions, openingRows } as Conventions }, base);

  it('stores the list in its order, titles trimmed, a numbered row marked', () => {
    const written = withRows([{ title: ' Åpning ' }, { title: 'Valg av møteleder', numbered: true }]);
    expect(written.ok && written.committee.conventions?.openingRows).toEqual([{ title: 'Åpning' }, { title: 'Valg av møteleder', numbered: true }]);
  });

  it('refuses a row without a title, one too long and a field it does not know as the opening rows\' problem', () => {
    expect(withRows([{ title: 'Åpning' }, { title: '  ' }])).toEqual({ ok: false, problems: { openingRows: 'openingRowInvalid' } });
    expect(withRows([{ title: 'x'.repeat(256) }])).toEqual({ ok: false, problems: { openingRows: 'openingRowInvalid' } });
    expect(withRows([{ title: 'Åpning', nummer: 1 }])).toEqual({ ok: false, problems: { openingRows: 'openingRowInvalid' } });
  });
});

describe('the leder\'s office', () => {
  const employer = { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no', organisation: 'Sykehuset i Vestfold' };
  const employee = { name: 'Christian Reissig', email: 'christian.reissig@siv.example.no' };
  const other = { name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' };
  const amu = { ...base, members: [{ ...employer, chairRole: 'chair' as const, group: 'Arbeidsgiversiden' }, { ...employee, group: 'Arbeidstakersiden' }], defaultChair: employer };

  it('moves to the member given it, and the standing møteleder with it, when the leder alternates between the sides', () => {
    const next = withMemberChange(settingsOf(amu), 1, { chairRole: 'chair' });
    expect(next.members).toEqual([{ ...employer, group: 'Arbeidsgiversiden' }, { ...employee, group: 'Arbeidstakersiden', chairRole: 'chair' }]);
    expect(next.defaultChair).toEqual(employee);
  });

  it('makes the member given the office the standing møteleder, also where there was none or another was chosen apart', () => {
    const none = { ...amu, members: [employer, employee], defaultChair: undefined };
    expect(withMemberChange(settingsOf(none), 0, { chairRole: 'chair' }).defaultChair).toEqual(employer);
    const apart = { ...amu, defaultChair: other };
    expect(withMemberChange(settingsOf(apart), 1, { chairRole: 'chair' }).defaultChair).toEqual(employee);
  });

  it('leaves the other offices and fields alone: a nestleder beside the leder, a role cleared', () => {
    const next = withMemberChange(settingsOf(amu), 1, { chairRole: 'viceChair' });
    expect(next.members.map((member) => member.chairRole)).toEqual(['chair', 'viceChair']);
    expect(next.defaultChair).toEqual(employer);
    const cleared = withMemberChange(settingsOf({ ...amu, members: [{ ...employer, role: 'observer' as const }] }), 0, { role: undefined });
    expect(cleared.members).toEqual([employer]);
  });
});

describe('«Fast møteleder» is the member he is, not a copy', () => {
  const kari = { name: 'Kari Nordmann', email: 'kari.nordmann@skien.example.no', organisation: 'Skien kommune' };
  const per = { name: 'Per Hansen', email: 'per.hansen@skien.example.no' };
  const council = { ...base, members: [kari, per], defaultChair: kari };

  it('carries an organisation or stilling corrected on the member to «Fast møteleder», and saves him so', () => {
    const corrected = withMemberChange(withMemberChange(settingsOf(council), 0, { organisation: 'Porsgrunn kommune' }), 0, { title: 'Ordfører' });
    expect(corrected.defaultChair).toEqual({ ...kari, organisation: 'Porsgrunn kommune', title: 'Ordfører' });
    const saved = checkCommitteeSettings(corrected, council);
    expect(saved.ok && saved.committee.defaultChair).toEqual({ ...kari, organisation: 'Porsgrunn kommune', title: 'Ordfører' });
    expect(withMemberChange(settingsOf(council), 1, { organisation: 'Bamble kommune' }).defaultChair).toEqual(kari);
  });

  it('shows and saves, from a file whose copy went stale, the møteleder as the member list has him', () => {
    const stale = { ...council, members: [{ ...kari, name: 'Kari Nordmann-Lie', organisation: 'Porsgrunn kommune' }, per] };
    const expected = { name: 'Kari Nordmann-Lie', email: 'kari.nordmann@skien.example.no', organisation: 'Porsgrunn kommune' };
    expect(settingsOf(stale).defaultChair).toEqual(expected);
    const saved = checkCommitteeSettings({ ...settingsOf(base), members: stale.members, defaultChair: kari }, base);
    expect(saved.ok && saved.committee.defaultChair).toEqual(expected);
  });
});

describe('a personal varamedlem tied to their member', () => {
  const kari = { name: 'Kari Nordmann', email: 'kari.nordmann@skien.example.no' };
  const per = { name: 'Per Hansen', email: 'per.hansen@skien.example.no', role: 'deputy' as const };
  const council = { ...base, members: [kari, per] };

  it('links the vara to the member by e-mail, clears it again, and never carries it into the møteleder as a person', () => {
    const linked = withMemberChange(settingsOf(council), 1, { deputyFor: 'kari.nordmann@skien.example.no' });
    expect(linked.members[1]).toEqual({ ...per, deputyFor: 'kari.nordmann@skien.example.no' });
    const checked = checkCommitteeSettings(linked, council);
    expect(checked.ok && checked.committee.members[1]?.deputyFor).toBe('kari.nordmann@skien.example.no');
    expect(withMemberChange(linked, 1, { deputyFor: undefined }).members[1]).toEqual(per);
    const chairing = withMemberChange(linked, 1, { chairRole: 'chair' });
    expect(chairing.defaultChair).toEqual({ name: 'Per Hansen', email: 'per.hansen@skien.example.no' });
  });
});

describe('«Fast møteleder» and the member whose office is møteleder are one person', () => {
  const tobias = { name: 'Tobias Solli Iveland', email: 'tobias.solli.iveland@sandefjord.kommune.example.no' };
  const ingrid = { name: 'Ingrid Fjeld', email: 'ingrid.fjeld@larvik.kommune.example.no' };
  const withMembers = { ...settingsOf(base), members: [tobias, ingrid], defaultChair: undefined };

  it('giving a member the office møteleder makes them the fast møteleder, whatever the office is called (leder, leiar, styreleder)', () => {
    const chosen = withMemberChange({ ...withMembers, defaultChair: { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no' } }, 0, { chairRole: 'chair' });
    expect(chosen.members[0]).toEqual({ ...tobias, chairRole: 'chair' });
    expect(chosen.defaultChair).toEqual(tobias);
    expect(chairDisagreement(chosen)).toBeUndefined();
    // Nestleder, or no office, leaves «Fast møteleder» as it was.
    const vice = withMemberChange(chosen, 1, { chairRole: 'viceChair' });
    expect([vice.members[1], vice.defaultChair]).toEqual([{ ...ingrid, chairRole: 'viceChair' }, tobias]);
    expect(withMemberChange(vice, 1, { chairRole: undefined }).members[1]).toEqual(ingrid);
  });

  it('refuses a fast møteleder other than the member with the office (or none), naming the field and keeping what was typed', () => {
    const typed = { ...withMembers, members: [{ ...tobias, chairRole: 'chair' as const }, ingrid], defaultChair: ingrid };
    const before = structuredClone(typed);
    expect(chairDisagreement(typed)).toEqual({ ...tobias, chairRole: 'chair' });
    expect(checkCommitteeSettings(typed, base)).toEqual({ ok: false, problems: { defaultChair: 'chairNotOffice' } });
    expect(typed).toEqual(before);
    expect(checkCommitteeSettings({ ...typed, defaultChair: undefined }, base)).toEqual({ ok: false, problems: { defaultChair: 'chairNotOffice' } });
    // Matched as a person (address, or name for one without), not by the object: a picker's copy counts.
    expect(checkCommitteeSettings({ ...typed, defaultChair: { ...tobias, organisation: 'Sandefjord kommune' } }, base).ok).toBe(true);
    // Nobody holding the office: a fast møteleder from outside the members is the committee's choice.
    expect(checkCommitteeSettings({ ...withMembers, defaultChair: { name: 'Per Christian Voss' } }, base).ok).toBe(true);
  });
});

describe('a sakstype\'s own numbering series in the settings', () => {
  const kinds = (series: string | undefined) => [
    { id: 'Vedtakssak', nb: 'Vedtakssak', nn: 'Vedtakssak' },
    { id: 'Referatsaker', nb: 'Referatsaker', nn: 'Referatsaker', ...(series === undefined ? {} : { caseNumberFormat: series }) },
  ];
  const typed = (series: string | undefined) => {
    const input = settingsOf(base);
    return { ...input, caseNumberFormat: 'PS {N}/{YY}', conventions: { ...input.conventions, itemKinds: kinds(series) } };
  };

  it('stores the series typed for a kind, without the spaces around it', () => {
    const check = checkCommitteeSettings(typed(' RS {N}/{YY} '), base);
    expect(check.ok && check.committee.conventions?.itemKinds).toEqual(kinds('RS {N}/{YY}'));
  });

  it('refuses a series that is no format, and one whose numbers read as the committee\'s own, each on the sakstyper', () => {
    expect(checkCommitteeSettings(typed('RS {YY}'), base)).toEqual({ ok: false, problems: { conventions: 'kindSeriesInvalid' } });
    expect(checkCommitteeSettings(typed('RS {X}/{YY}'), base)).toEqual({ ok: false, problems: { conventions: 'kindSeriesInvalid' } });
    expect(checkCommitteeSettings(typed('PS {NN}/{YY}'), base)).toEqual({ ok: false, problems: { conventions: 'kindSeriesClash' } });
  });

  it('stores series without a year when every series starts at 1 in each meeting (UiO\'s «V-sak 1», «O-sak 1»)', () => {
    const check = checkCommitteeSettings({ ...typed('O-sak {N}'), caseNumberFormat: 'V-sak {N}', caseNumberSerial: 'perMeeting' }, base);
    const stored = check.ok ? check.committee : undefined;
    expect([stored?.caseNumberFormat, stored?.caseNumberSerial, stored?.conventions?.itemKinds[1]?.caseNumberFormat]).toEqual([
      'V-sak {N}',
      'perMeeting',
      'O-sak {N}',
    ]);
  });
});

describe('a vara made a medlem again', () => {
  it('is nobody\'s personal vara any more', () => {
    const members = [{ name: 'Kari Nordmann', email: 'kari@skien.example.no' }, { name: 'Per Hansen', email: 'per@skien.example.no', role: 'deputy' as const, deputyFor: 'kari@skien.example.no' }];
    expect(withMemberChange(settingsOf({ ...base, members }), 1, { role: undefined }).members[1]).toEqual({ name: 'Per Hansen', email: 'per@skien.example.no' });
  });
});

describe('a member\'s organisation and title, typed in the settings for anyone (the directory gives neither)', () => {
  const withMember = { ...base, members: [{ name: 'Ingrid Fjeld', email: 'ingrid.fjeld@siv.example.no', directoryId: 'u-ingrid' }] };

  it('sets and clears them with the other member fields, saved trimmed and left out when empty', () => {
    const typed = withMemberChange(withMemberChange(settingsOf(withMember), 0, { organisation: ' Sykehuset i Vestfold ' }), 0, { title: 'Klinikksjef' });
    const check = checkCommitteeSettings(typed, withMember);
    expect(check.ok && check.committee.members[0]).toEqual({ name: 'Ingrid Fjeld', email: 'ingrid.fjeld@siv.example.no', directoryId: 'u-ingrid', organisation: 'Sykehuset i Vestfold', title: 'Klinikksjef' });
    const cleared = withMemberChange(withMemberChange(typed, 0, { organisation: undefined }), 0, { title: '  ' });
    const again = checkCommitteeSettings(cleared, withMember);
    expect(again.ok && again.committee.members[0]).toEqual(withMember.members[0]);
  });

  it('refuses one too long or with a control character, typed by hand too', () => {
    expect(checkCommitteeSettings(withMemberChange(settingsOf(withMember), 0, { title: 'x'.repeat(201) }), withMember)).toEqual({ ok: false, problems: { memberDetails: 'memberDetailTooLong' } });
    expect(checkCommitteeSettings(withMemberChange(settingsOf(withMember), 0, { organisation: 'SiV\u0000' }), withMember)).toEqual({ ok: false, problems: { memberDetails: 'memberDetailControlCharacter' } });
    expect(checkCommitteeSettings(withMemberChange(settingsOf(withMember), 0, { organisation: 'x'.repeat(200) }), withMember).ok).toBe(true);
    expect(checkExternalMember('Ola', 'ola@skien.example.no', 'x'.repeat(201), [])).toEqual({ ok: false, problems: ['organisationTooLong'] });
    expect(checkExternalMember('Ola', 'ola@skien.example.no', 'Skien\tkommune', [])).toEqual({ ok: false, problems: ['organisationControlCharacter'] });
  });
});
