import { useEffect, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';

export interface WholeNumberFieldProps {
  label: string;
  value: number | undefined;
  /** The largest number taken. */
  max: number;
  /** Said on the field while what is typed is not a whole number from 1 to `max`. */
  invalid: string;
  onChange: (value: number | undefined) => void;
  /** Told whether what is typed is wrong (false again when the field goes), so the form's save can wait for it. */
  onWrong?: (wrong: boolean) => void;
}

/**
 * A committee setting that is a whole number (days of notice, a company's shares): what is typed stays on the screen, a
 * whole number from 1 to `max` is taken, emptied takes it away, anything else is said on the field and not taken (`onWrong`: the
 * settings refuse to save until it is put right or emptied, so nothing is saved over what is shown).
 */
export function WholeNumberField({ label, value, max, invalid, onChange, onWrong }: WholeNumberFieldProps) {
  const [typed, setTyped] = useState(() => (value === undefined ? '' : String(value)));
  // Set from outside (a preset chosen, the number taken from what was typed): shown as it is now.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setTyped(value === undefined ? '' : String(value));
  }
  const trimmed = typed.trim();
  const wrong = trimmed !== '' && !(/^\d+$/.test(trimmed) && Number(trimmed) >= 1 && Number(trimmed) <= max);
  useEffect(() => {
    onWrong?.(wrong);
  }, [onWrong, wrong]);
  useEffect(() => () => onWrong?.(false), [onWrong]);
  return (
    <Field label={label} {...(wrong ? { validationState: 'error' as const, validationMessage: invalid } : {})}>
      <Input
        inputMode="numeric"
        value={typed}
        onChange={(_, data) => {
          setTyped(data.value);
          const next = data.value.trim();
          if (next === '') onChange(undefined);
          else if (/^\d+$/.test(next) && Number(next) >= 1 && Number(next) <= max) onChange(Number(next));
        }}
      />
    </Field>
  );
}
