import * as v from 'valibot';
import { Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { roleOf } from '../../domain/confidentiality';
import { sameAddress } from '../../domain/personIdentity';
import { CommitteeRoleSchema, type CommitteeRole } from '../../domain/confidentialitySchemas';
import { withConfidentialityRule } from '../../domain/committeeSettings';
import { useConfidentialityText } from './confidentialityText';
import type { CommitteeSettings } from './useCommitteeSettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  intro: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: tokens.spacingHorizontalM },
});

const DEFAULT = '';

/**
 * In the committee settings: who sees content unntatt offentlighet. Whether vara may, and for each
 * standing member the role that counts for access when it is not their attendance role. What the
 * rule means in every channel is decided by domain/confidentiality.ts (`roleOf`, `maySeeExempt`);
 * the hint under each person says what it means for them.
 */
export function ConfidentialityRulesFields({ settings }: { settings: CommitteeSettings }) {
  const t = useConfidentialityText();
  const styles = useStyles();
  const { input } = settings;
  const rule = input.confidentiality;
  const roleName = (role: CommitteeRole | undefined) => t(role === undefined ? 'rules.role.none' : `rules.role.${role}`);
  const people = input.members.filter((member) => member.email !== undefined && member.email.trim() !== '');
  return (
    <section className={styles.root} aria-labelledby="confidentiality-rules-heading">
      <h3 id="confidentiality-rules-heading" className={styles.heading}>
        {t('rules.heading')}
      </h3>
      <p className={styles.intro}>{t('rules.intro')}</p>
      <Checkbox
        label={t('rules.substitutes')}
        checked={rule?.substitutesMaySee === true}
        onChange={(_, data) => settings.set('confidentiality', withConfidentialityRule(rule, { substitutesMaySee: data.checked === true }))}
      />
      {people.length > 0 ? (
        <fieldset className={styles.root}>
          <legend>{t('rules.people')}</legend>
          <ul className={styles.list}>
            {people.map((member) => {
              const email = member.email ?? '';
              const override = rule?.roles?.find((entry) => sameAddress(entry.email, email))?.role;
              const byAttendance = roleOf({ members: input.members, confidentiality: withConfidentialityRule(rule, { email, role: undefined }) }, email);
              const effective = override ?? byAttendance;
              const sees = effective === 'member' || (effective === 'substitute' && rule?.substitutesMaySee === true);
              return (
                <li key={email}>
                  <Field label={t('rules.access', { name: member.name })} size="small" hint={sees ? t('rules.sees.all') : t('rules.sees.public')}>
                    <Select
                      value={override ?? DEFAULT}
                      onChange={(_, data) => {
                        const role = v.safeParse(CommitteeRoleSchema, data.value);
                        settings.set('confidentiality', withConfidentialityRule(rule, { email, role: role.success ? role.output : undefined }));
                      }}
                    >
                      <option value={DEFAULT}>{t('rules.access.default', { role: roleName(byAttendance) })}</option>
                      {CommitteeRoleSchema.options.map((role) => (
                        <option key={role} value={role}>
                          {roleName(role)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
    </section>
  );
}
