import { useId, useState } from 'react';
import { Field, Textarea } from '@fluentui/react-components';
import { plainTextOf, richTextFromPlain, type RichText } from '../../domain/richText';

/**
 * A textarea mirroring a stored value: what the user types stays exactly as typed (trailing
 * spaces, blank lines) while the parsed value goes up; a change from outside ("Som forslag",
 * a restored draft) replaces the text.
 */
function useMirroredText<T>(value: T, toText: (value: T) => string, fromText: (text: string) => T) {
  const serialised = JSON.stringify(value);
  const [text, setText] = useState(() => toText(value));
  const [emitted, setEmitted] = useState(serialised);
  if (serialised !== emitted) {
    // React's "adjust state when a prop changes" pattern: no effect, no flash of old text.
    setEmitted(serialised);
    setText(toText(value));
  }
  const change = (next: string): T => {
    const parsed = fromText(next);
    setText(next);
    setEmitted(JSON.stringify(parsed));
    return parsed;
  };
  return [text, change] as const;
}

const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

export interface ProceedingsFieldProps {
  label: string;
  hint: string;
  value: RichText;
  readOnly?: boolean;
  onChange: (value: RichText) => void;
}

export function ProceedingsField({ label, hint, value, readOnly, onChange }: ProceedingsFieldProps) {
  const [text, change] = useMirroredText(value, plainTextOf, richTextFromPlain);
  return (
    <Field label={label} hint={hint}>
      <Textarea
        value={text}
        readOnly={readOnly}
        resize="vertical"
        rows={6}
        onChange={(_, data) => onChange(change(data.value))}
        data-testid="proceedings"
      />
    </Field>
  );
}

export interface ConclusionFieldProps {
  label: string;
  hint: string;
  value: string[];
  readOnly?: boolean;
  onChange: (value: string[]) => void;
}

/** Numbered points, one per line; the referat numbers them. */
export function ConclusionField({ label, hint, value, readOnly, onChange }: ConclusionFieldProps) {
  const [text, change] = useMirroredText(value, (points) => points.join('\n'), linesOf);
  const hintId = useId();
  return (
    <Field label={label} hint={{ children: hint, id: hintId }}>
      <Textarea
        value={text}
        readOnly={readOnly}
        resize="vertical"
        rows={4}
        onChange={(_, data) => onChange(change(data.value))}
        data-testid="conclusion"
      />
    </Field>
  );
}
