import { describe, expect, it } from 'vitest';
import { blankCommittee, checkCommitteeSettings, checkExternalMember, settingsOf } from './committeeSettings';

const base = { ...blankCommittee('pm'), name: 'Partnerskapsmøtet', shortName: 'PM' };

describe('committee settings', () => {
  it('stores the secretariat and referents only once they are chosen, so the defaults follow the standing referent until then', () => {
    const untouched = checkCommitteeSettings(settingsOf(base), base);
    expect(untouched.ok && [untouched.committee.secretariat, untouched.committee.referents]).toEqual([undefined, undefined]);
    const kristin = { name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' };
    const chosen = checkCommitteeSettings({ ...settingsOf(base), secretariat: [kristin], referents: [] }, base);
    expect(chosen.ok && [chosen.committee.secretariat, chosen.committee.referents]).toEqual([[kristin], []]);
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

  it('stores the Planner plan for oppfølging trimmed, clears it when emptied and refuses one longer than a plan id can be', () => {
    const withPlan = checkCommitteeSettings({ ...settingsOf(base), followUpPlanId: ' plan-pm-2026 ' }, base);
    expect(withPlan.ok && withPlan.committee.followUpPlanId).toBe('plan-pm-2026');
    if (!withPlan.ok) return;
    expect(settingsOf(withPlan.committee).followUpPlanId).toBe('plan-pm-2026');
    const cleared = checkCommitteeSettings({ ...settingsOf(withPlan.committee), followUpPlanId: '  ' }, withPlan.committee);
    expect(cleared.ok && cleared.committee.followUpPlanId).toBeUndefined();
    expect(checkCommitteeSettings({ ...settingsOf(base), followUpPlanId: 'p'.repeat(101) }, base)).toEqual({ ok: false, problems: { followUpPlanId: 'planIdTooLong' } });
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
