import { useState } from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import { useConfidentialityText } from './confidentialityText';
import type { TextValues } from '../shared/i18n';

const NONE = '';
const OTHER = '__other__';

export interface ClosedMeetingBasisProps {
  /** The committee's own hjemler (`meetingPublicity.ts` `closedMeetingBasesOf`), in its order. */
  options: readonly string[];
  /** The sak's hjemmel; undefined until the secretariat has chosen or typed one (nothing is pre-selected). */
  value: string | undefined;
  onChange: (basis: string) => void;
  /** The committee's words (`wordingValues`): the hint names its «referat» or «protokoll». */
  words: TextValues;
}

/**
 * The hjemmel for lukket møte: one of the committee's, or typed. Nothing is chosen for the
 * secretariat (the law is the body's, and Møtebok cannot know which ledd applies), so until one is,
 * the field says the hjemmel is missing and nothing is saved. A hjemmel stored before the committee
 * had its list (or since removed from it) stays an option, shown as chosen.
 */
export function ClosedMeetingBasis({ options, value, onChange, words }: ClosedMeetingBasisProps) {
  const t = useConfidentialityText();
  const [choices] = useState(() => (value !== undefined && !options.includes(value) ? [...options, value] : options));
  const [other, setOther] = useState(choices.length === 0);
  const [text, setText] = useState('');
  const missing = other ? text.trim() === '' : value === undefined;
  const problem = missing ? { validationState: 'error' as const, validationMessage: t('closed.required') } : {};
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
      <Field label={t('basis')} required hint={t('closed.noList', words)} {...problem}>
        {typed}
      </Field>
    );
  }
  return (
    <>
      <Field label={t('basis')} required {...(other ? {} : problem)}>
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
