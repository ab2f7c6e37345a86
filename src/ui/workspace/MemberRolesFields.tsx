import { Field, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ATTENDANCE_ROLES, CHAIR_ROLES, type CommitteeMember } from '../../domain/model';
import { useWorkspaceText } from './text';
import type { CommitteeSettings } from './useCommitteeSettings';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold, gridColumn: '1 / -1' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/**
 * Each standing member's role (medlem, varamedlem, observatør …), office (møteleder, nestleder) and
 * role group, and the committee's role groups: what the protokoll's attendance list prints.
 */
export function MemberRolesFields({ settings }: { settings: CommitteeSettings }) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const { input } = settings;
  const groups = [...new Set(input.attendanceGroups.split('\n').map((line) => line.trim()).filter((line) => line !== ''))];
  const update = (index: number, change: Partial<CommitteeMember>) =>
    settings.set(
      'members',
      input.members.map((member, at) => {
        if (at !== index) return member;
        const next: CommitteeMember = { ...member, ...change };
        // An unset choice is left out of the stored member, as in a file written by hand.
        for (const key of ['role', 'chairRole', 'group'] as const) if (next[key] === undefined) delete next[key];
        return next;
      }),
    );
  return (
    <section aria-labelledby="member-roles-heading">
      <h3 id="member-roles-heading" className={styles.heading}>
        {t('settings.roles.heading')}
      </h3>
      <Field label={t('settings.attendanceGroups')}>
        <Textarea value={input.attendanceGroups} onChange={(_, data) => settings.set('attendanceGroups', data.value)} resize="vertical" />
      </Field>
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
              <Select value={member.chairRole ?? ''} onChange={(_, data) => settings.setOffice(index, CHAIR_ROLES.find((role) => role === data.value))}>
                <option value="">{t('settings.none')}</option>
                {CHAIR_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`settings.chairRole.${role}`)}
                  </option>
                ))}
              </Select>
            </Field>
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
