import { Dropdown, Field, Input, Option, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ATTENDANCE_ROLES, CHAIR_ROLES, PersonDetailsSchema } from '../../domain/model';
import { unlinkedDeputy } from '../../domain/committeeSettings';
import { hasMemberKey, memberKey } from '../../domain/memberKey';
import { MAX_MEMBER_DETAIL_LENGTH, MEMBER_DETAILS, memberDetailProblem } from '../../domain/memberDetails';
import { useWorkspaceText } from './panelText';
import { defineNamespace } from '../shared/i18n';
import { memberDetailsMessages } from './memberDetailsMessages';
import { useSettingsProblemText } from './CommitteeSettingsProblemFocus';
import type { CommitteeSettings } from './useCommitteeSettings';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold, gridColumn: '1 / -1' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/** A member's organisation and stilling: words of their own, loaded with the settings' chunk. */
export const useMemberDetailsText = defineNamespace('memberDetails', memberDetailsMessages);

/**
 * Each standing member's role (medlem, varamedlem, observatør …), office (møteleder, nestleder),
 * role group and, for a varamedlem, the member they are personal vara for, and the committee's role groups: what the protokoll's attendance list prints. One
 * member holds the leder's office (`withMemberChange`). For every member, from the directory or typed by hand, the
 * organisation and stilling the documents print after the name (the directory gives neither: `domain/memberDetails.ts`),
 * kept as typed with a wrong one said on its field; the save refuses it.
 */
export function MemberRolesFields({ settings }: { settings: CommitteeSettings }) {
  const t = useWorkspaceText();
  const details = useMemberDetailsText();
  const problemText = useSettingsProblemText();
  const styles = useStyles();
  const { input } = settings;
  const groups = [...new Set(input.attendanceGroups.split('\n').map((line) => line.trim()).filter((line) => line !== ''))];
  const update = settings.changeMember;
  // Whom a varamedlem may be personal vara for: the medlemmer, by their key (e-mail; the name for one listed without).
  // The vara the save refused (committeeSettings.ts `unlinkedDeputy`): the error stands on their field.
  const unlinked = unlinkedDeputy(input.members);
  const standing = input.members.filter((member) => (member.role ?? 'member') === 'member').map((member) => ({ ...member, key: memberKey(member) }));
  return (
    <section aria-labelledby="member-roles-heading">
      <h3 id="member-roles-heading" className={styles.heading}>
        {t('settings.roles.heading')}
      </h3>
      <Field label={t('settings.attendanceGroups')}>
        <Textarea value={input.attendanceGroups} onChange={(_, data) => settings.set('attendanceGroups', data.value)} resize="vertical" />
      </Field>
      <PersonDetailsField settings={settings} />
      <ul className={styles.list} data-testid="member-roles">
        {input.members.map((member, index) => (
          <li key={`${member.name}-${index}`} className={styles.row}>
            <p className={styles.name}>{member.name}</p>
            <Field label={t('settings.role', { name: member.name })} size="small">
              <Select value={member.role ?? 'member'} onChange={(_, data) => update(index, { role: data.value === 'member' ? undefined : ATTENDANCE_ROLES.find((role) => role === data.value) })}>
                {ATTENDANCE_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`settings.role.${role}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('settings.chairRole', { name: member.name })} size="small">
              <Select value={member.chairRole ?? ''} onChange={(_, data) => update(index, { chairRole: CHAIR_ROLES.find((role) => role === data.value) })}>
                <option value="">{t('settings.none')}</option>
                {CHAIR_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`settings.chairRole.${role}`)}
                  </option>
                ))}
              </Select>
            </Field>
            {member.role === 'deputy' ? (
              <Field
                label={t('settings.deputyFor', { name: member.name })}
                size="small"
                {...(settings.problems.deputyFor !== undefined && member === unlinked
                  ? { validationState: 'error' as const, validationMessage: t('settings.problem.deputyForUnknown', { name: member.name, value: member.deputyFor ?? '' }) }
                  : {})}
              >
                <Select value={member.deputyFor === undefined ? '' : (standing.find((candidate) => hasMemberKey(candidate, member.deputyFor ?? ''))?.key ?? member.deputyFor)} onChange={(_, data) => update(index, { deputyFor: data.value === '' ? undefined : data.value })}>
                  <option value="">{t('settings.none')}</option>
                  {/* A link the list no longer has (the member removed) stays shown, to be changed, not silently dropped. */}
                  {member.deputyFor !== undefined && !standing.some((candidate) => hasMemberKey(candidate, member.deputyFor ?? '')) ? <option value={member.deputyFor}>{member.deputyFor}</option> : null}
                  {standing.map((candidate) => (
                    <option key={candidate.key} value={candidate.key}>
                      {candidate.name}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
            {MEMBER_DETAILS.map((detail) => {
              const problem = memberDetailProblem(member[detail]);
              return (
                <Field
                  key={detail}
                  label={details(detail, { name: member.name })}
                  size="small"
                  {...(problem ? { validationState: 'error' as const, validationMessage: problemText(detail === 'organisation' ? `memberOrganisation.${problem}` : `memberTitle.${problem}`, { name: member.name, max: MAX_MEMBER_DETAIL_LENGTH }) } : {})}
                >
                  <Input value={member[detail] ?? ''} onChange={(_, data) => update(index, { [detail]: data.value === '' ? undefined : data.value })} />
                </Field>
              );
            })}
            {groups.length > 0 || member.group !== undefined ? (
              <Field label={t('settings.group', { name: member.name })} size="small">
                <Select value={member.group ?? ''} onChange={(_, data) => update(index, { group: data.value === '' ? undefined : data.value })}>
                  <option value="">{t('settings.none')}</option>
                  {(member.group === undefined || groups.includes(member.group) ? groups : [member.group, ...groups]).map((group) => (
                    <option key={group} value={group}>
                      {group}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What the documents print after every name, the committee's `personDetails`: nothing, the organisation, the stilling or both
 * (`attendance.ts` `personLine`). Not chosen, the placeholder says what the documents do then (`documents/meetingFacts.ts`).
 */
function PersonDetailsField({ settings }: { settings: CommitteeSettings }) {
  const details = useMemberDetailsText();
  const chosen = settings.input.personDetails;
  return (
    <Field label={details('personDetails')} hint={details('personDetails.hint')}>
      <Dropdown
        value={chosen === undefined ? '' : details(`personDetails.${chosen}`)}
        selectedOptions={chosen === undefined ? [] : [chosen]}
        placeholder={details('personDetails.unset')}
        onOptionSelect={(_, data) => {
          const option = PersonDetailsSchema.options.find((candidate) => candidate === data.optionValue);
          if (option !== undefined) settings.set('personDetails', option);
        }}
      >
        {PersonDetailsSchema.options.map((option) => (
          <Option key={option} value={option}>
            {details(`personDetails.${option}`)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
