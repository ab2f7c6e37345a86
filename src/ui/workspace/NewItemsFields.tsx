import { useState } from 'react';
import { Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { COMMON_EXEMPTION_BASES } from '../../domain/exemptionBases';
import { basesFromText } from '../../domain/meetingPublicity';
import { withNewItems } from '../../domain/newItemConfidentiality';
import { useWordingValues } from '../shared/wordingValues';
import { useConfidentialityText } from './confidentialityText';
import { useSettingsProblemText } from './CommitteeSettingsProblemFocus';
import type { CommitteeSettings } from './useCommitteeSettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
});

const NONE = '';
const SUGGESTIONS_ID = 'new-items-exemption-bases';

/**
 * In the committee settings: how a new sak starts (`newItemConfidentiality.ts`). A body whose saker are
 * mostly exempt (a tilsettingsråd, an administrasjonsutvalg's personalsaker) marks each new sak unntatt
 * offentlighet with the hjemmel it types here once — Møtebok suggests the common ones and chooses none —
 * and, when its meetings are public and it lists hjemler for lukket møte, has it treated in a lukket møte. A
 * tilsettingsråd says too that the vedtak of such saker is public (offl. § 25: who was appointed), «Vedtaket er offentlig».
 */
export function NewItemsFields({ settings }: { settings: CommitteeSettings }) {
  const t = useConfidentialityText();
  const problemText = useSettingsProblemText();
  const styles = useStyles();
  const { input, problems } = settings;
  const words = useWordingValues(input);
  const rule = input.confidentiality;
  const exempt = rule?.newItems?.exempt;
  const stored = exempt?.basis ?? '';
  const [typed, setTyped] = useState(stored);
  // What was typed, spaces and all, while it is what is stored; otherwise (a preset, a reset) what is stored.
  const text = typed.trim() === stored ? typed : stored;
  // The committee's own hjemler for lukket møte as typed above; none while its meetings are not public.
  const listed = input.publicMeetings ? basesFromText(input.closedMeetingBases) : undefined;
  const closedBases = listed?.ok === true ? listed.bases : [];
  const closed = rule?.newItems?.closedMeeting?.basis;
  const problem = problems.newItemsBasis;
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t('newItems.heading')}</legend>
      <Field hint={t('newItems.exempt.hint')}>
        <Checkbox
          label={t('newItems.exempt')}
          checked={exempt !== undefined}
          onChange={(_, data) => settings.set('confidentiality', withNewItems(rule, { exempt: data.checked === true ? { basis: text } : undefined }))}
        />
      </Field>
      {exempt !== undefined ? (
        <Field
          label={t('newItems.basis')}
          hint={t('newItems.basis.hint')}
          {...(problem ? { validationState: 'error' as const, validationMessage: problemText(problem === 'basisTooLong' ? 'newItemsBasis.basisTooLong' : 'newItemsBasis.basisControlCharacter') } : {})}
        >
          <Input
            value={text}
            list={SUGGESTIONS_ID}
            onChange={(_, data) => {
              setTyped(data.value);
              settings.set('confidentiality', withNewItems(rule, { exempt: { basis: data.value } }));
            }}
          />
        </Field>
      ) : null}
      {exempt !== undefined ? (
        <Field hint={t('newItems.decisionPublic.hint', words)}>
          <Checkbox
            label={t('newItems.decisionPublic', words)}
            checked={exempt.decisionPublic === true}
            onChange={(_, data) => settings.set('confidentiality', withNewItems(rule, { decisionPublic: data.checked === true }))}
          />
        </Field>
      ) : null}
      <datalist id={SUGGESTIONS_ID}>
        {COMMON_EXEMPTION_BASES.map((basis) => (
          <option key={basis} value={basis} />
        ))}
      </datalist>
      {closedBases.length > 0 ? (
        <Field label={t('newItems.closed')}>
          <Select value={closed !== undefined && closedBases.includes(closed) ? closed : NONE} onChange={(_, data) => settings.set('confidentiality', withNewItems(rule, { closedMeetingBasis: data.value === NONE ? undefined : data.value }))}>
            <option value={NONE}>{t('newItems.closed.none')}</option>
            {closedBases.map((basis) => (
              <option key={basis} value={basis}>
                {basis}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </fieldset>
  );
}
