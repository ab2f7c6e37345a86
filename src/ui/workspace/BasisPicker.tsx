import { useState } from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import { useConfidentialityText } from './confidentialityText';

const NONE = '';
const OTHER = '__other__';

export interface BasisPickerProps {
  /** The hjemler offered, in their order: `COMMON_EXEMPTION_BASES`, or the committee's own for lukket møte (`closedMeetingBasesOf`). */
  options: readonly string[];
  /** The stored hjemmel; undefined until the secretariat has chosen or typed one (nothing is pre-selected). */
  value: string | undefined;
  onChange: (basis: string) => void;
  /** Said on the field while no hjemmel is chosen or typed, naming what it is for («… for at sak 2026.12 er unntatt offentlighet»). */
  missing: string;
  /** Said when there is no list to choose from and the hjemmel is typed. */
  noListHint?: string;
  /** Said on the list of hjemler about the one chosen (meirinnsyn for a «kan unntas» hjemmel). */
  hint?: string | undefined;
}

/**
 * The ONE hjemmel picker (unntatt offentlighet and lukket møte): one from the list, or typed under
 * «Annen hjemmel». Nothing is chosen for the secretariat (the law is the body's, and Møtebok cannot
 * know which ledd applies), so until one is, the field says what is missing (Field links the message
 * to the control) and nothing is saved; an empty typed text is never saved. A hjemmel stored outside
 * the list (typed, an old default, one since removed from the committee's list) stays an option, shown as chosen.
 */
export function BasisPicker({ options, value, onChange, missing, noListHint, hint }: BasisPickerProps) {
  const t = useConfidentialityText();
  const [choices] = useState(() => (value !== undefined && !options.includes(value) ? [...options, value] : options));
  const [other, setOther] = useState(choices.length === 0);
  const [text, setText] = useState('');
  const isMissing = other ? text.trim() === '' : value === undefined;
  const problem = isMissing ? { validationState: 'error' as const, validationMessage: missing } : {};
  const typed = (
    <Input
      value={text}
      onChange={(_, data) => {
        setText(data.value);
        if (data.value.trim() !== '') onChange(data.value.trim());
      }}
    />
  );
  if (choices.length === 0) {
    return (
      <Field label={t('basis')} required {...(noListHint === undefined ? {} : { hint: noListHint })} {...problem}>
        {typed}
      </Field>
    );
  }
  return (
    <>
      <Field label={t('basis')} required {...(other ? {} : problem)} {...(hint === undefined || other ? {} : { hint })}>
        <Select
          value={other ? OTHER : (value ?? NONE)}
          onChange={(_, data) => {
            setOther(data.value === OTHER);
            if (data.value === OTHER) {
              if (text.trim() !== '') onChange(text.trim());
            } else if (data.value !== NONE) onChange(data.value);
          }}
        >
          {value === undefined && !other ? <option value={NONE}>{t('closed.choose')}</option> : null}
          {choices.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
          <option value={OTHER}>{t('basis.other')}</option>
        </Select>
      </Field>
      {other ? (
        <Field label={t('basis.otherText')} required {...problem}>
          {typed}
        </Field>
      ) : null}
    </>
  );
}
