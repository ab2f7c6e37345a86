import { Checkbox, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useConfidentialityText } from './confidentialityText';
import { useSettingsProblemText } from './CommitteeSettingsProblemFocus';
import type { CommitteeSettings } from './useCommitteeSettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/**
 * In the committee settings: whether its meetings are open to the public, and the hjemler it closes
 * one by (`meetingPublicity.ts`), one per line as typed; what the law is depends on the body, so the
 * list is the committee's (its preset may fill it). A committee that meets in private (an
 * arbeidsmiljøutvalg) has no lukket møte, so its list is not asked for.
 */
export function MeetingPublicityFields({ settings }: { settings: CommitteeSettings }) {
  const t = useConfidentialityText();
  const problemText = useSettingsProblemText();
  const styles = useStyles();
  const { input, problems } = settings;
  const problem = problems.closedMeetingBases;
  return (
    <section className={styles.root} aria-labelledby="meeting-publicity-heading">
      <h3 id="meeting-publicity-heading" className={styles.heading}>
        {t('publicity.heading')}
      </h3>
      <Field hint={t('publicity.public.hint')}>
        <Checkbox label={t('publicity.public')} checked={input.publicMeetings} onChange={(_, data) => settings.set('publicMeetings', data.checked === true)} />
      </Field>
      {input.publicMeetings ? (
        <Field label={t('publicity.bases')} hint={t('publicity.bases.hint')} {...(problem ? { validationState: 'error' as const, validationMessage: problemText(problem === 'basisTooLong' ? 'closedMeetingBases.basisTooLong' : 'closedMeetingBases.basisControlCharacter') } : {})}>
          <Textarea value={input.closedMeetingBases} resize="vertical" onChange={(_, data) => settings.set('closedMeetingBases', data.value)} />
        </Field>
      ) : null}
    </section>
  );
}
