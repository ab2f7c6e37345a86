import { useEffect, useId, useRef, useState } from 'react';
import { Button, Label, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { useCommonText } from './commonText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'grid', gridTemplateColumns: '2em 1fr auto', alignItems: 'start', gap: '6px' },
  number: { paddingTop: '6px', textAlign: 'right', color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: '2px' },
});

export interface NumberedPointsEditorProps {
  label: string;
  points: readonly string[];
  onChange: (points: string[]) => void;
  readOnly?: boolean;
}

/** Pure list operations, so the component stays a renderer. */
export const pointOps = {
  add: (points: readonly string[]): string[] => [...points, ''],
  remove: (points: readonly string[], index: number): string[] => points.filter((_, i) => i !== index),
  edit: (points: readonly string[], index: number, text: string): string[] => points.map((point, i) => (i === index ? text : point)),
  move: (points: readonly string[], index: number, delta: -1 | 1): string[] => {
    const target = index + delta;
    if (target < 0 || target >= points.length) return [...points];
    const next = [...points];
    const [moved] = next.splice(index, 1);
    if (moved !== undefined) next.splice(target, 0, moved);
    return next;
  },
};

/**
 * Forslag til konklusjon / konklusjon as numbered points: add, edit, remove, move up/down with
 * labelled buttons (keyboard and screen reader friendly; no drag needed). Focus follows the point
 * the user acted on.
 */
export function NumberedPointsEditor({ label, points, onChange, readOnly = false }: NumberedPointsEditorProps) {
  const t = useCommonText();
  const styles = useStyles();
  const labelId = useId();
  const inputs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);

  useEffect(() => {
    if (focusIndex === undefined) return;
    inputs.current[focusIndex]?.focus();
    setFocusIndex(undefined);
  }, [focusIndex, points]);

  return (
    <div className={styles.root} role="group" aria-labelledby={labelId}>
      <Label id={labelId} weight="semibold">
        {label}
      </Label>
      {points.length === 0 ? <Text size={200}>{t('points.empty')}</Text> : null}
      <ol className={styles.list}>
        {points.map((point, index) => {
          const number = index + 1;
          return (
            <li key={index} className={styles.row}>
              <span className={styles.number} aria-hidden="true">
                {number}.
              </span>
              <Textarea
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                aria-label={t('points.point', { number })}
                value={point}
                readOnly={readOnly}
                resize="vertical"
                rows={1}
                onChange={(_, data) => onChange(pointOps.edit(points, index, data.value))}
              />
              {readOnly ? null : (
                <span className={styles.actions}>
                  <Button
                    appearance="subtle"
                    icon={<ArrowUpRegular />}
                    aria-label={t('points.moveUp', { number })}
                    disabled={index === 0}
                    onClick={() => {
                      onChange(pointOps.move(points, index, -1));
                      setFocusIndex(index - 1);
                    }}
                  />
                  <Button
                    appearance="subtle"
                    icon={<ArrowDownRegular />}
                    aria-label={t('points.moveDown', { number })}
                    disabled={index === points.length - 1}
                    onClick={() => {
                      onChange(pointOps.move(points, index, 1));
                      setFocusIndex(index + 1);
                    }}
                  />
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t('points.remove', { number })}
                    onClick={() => {
                      onChange(pointOps.remove(points, index));
                      setFocusIndex(Math.max(0, index - 1));
                    }}
                  />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <div>
          <Button
            icon={<AddRegular />}
            onClick={() => {
              onChange(pointOps.add(points));
              setFocusIndex(points.length);
            }}
          >
            {t('points.add')}
          </Button>
        </div>
      )}
    </div>
  );
}
