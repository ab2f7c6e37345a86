import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Button, Label, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { MAX_CONCLUSION_POINT_LENGTH } from '../../domain/limits';
import { useEditingText } from './editing/editingText';
import { useLengthCountdown } from './LengthCountdown';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  // Number, text and buttons on one line where there is room (the workspace); in Teams' 320 px side
  // panel the buttons wrap to a line of their own, so the text keeps nearly the panel's width
  // instead of ~150 px with words broken inside.
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: '4px', rowGap: '2px' },
  number: { flex: '0 0 auto', minWidth: '1.2em', paddingTop: '6px', textAlign: 'right', color: tokens.colorNeutralForeground2 },
  field: { flex: '1 1 16em', minWidth: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  fill: { width: '100%' },
  // The field grows with its text (height set from scrollHeight below): no inner scroll bar, which
  // would also take width from the text.
  input: { minHeight: 0, maxHeight: 'none', overflowY: 'hidden', overflowWrap: 'break-word' },
  actions: { display: 'flex', gap: '2px', marginInlineStart: 'auto' },
});

/**
 * Sets each textarea's height to its content, so a long point shows whole. All the writes, then all
 * the reads, then all the writes: a read of `scrollHeight` after a write makes the browser lay the
 * page out, so interleaved it did that once per point (about 55 ms when the side panel opens a sak
 * with its points; issue 14, cold-load profile). In three passes it lays out once.
 */
export function fitHeights(inputs: readonly (HTMLTextAreaElement | null)[]): void {
  const present = inputs.filter((input): input is HTMLTextAreaElement => input !== null);
  for (const input of present) input.style.height = 'auto';
  const heights = present.map((input) => input.scrollHeight);
  present.forEach((input, index) => {
    input.style.height = `${heights[index] ?? 0}px`;
  });
}

export interface NumberedPointsEditorProps {
  label: string;
  points: readonly string[];
  onChange: (points: string[]) => void;
  readOnly?: boolean;
}

/** Pure list operations, so the component stays a renderer; `remove` and `move` serve any list edited so (the committee's opening rows). */
export const pointOps = {
  add: (points: readonly string[]): string[] => [...points, ''],
  remove: <T,>(points: readonly T[], index: number): T[] => points.filter((_, i) => i !== index),
  edit: (points: readonly string[], index: number, text: string): string[] => points.map((point, i) => (i === index ? text : point)),
  move: <T,>(points: readonly T[], index: number, delta: -1 | 1): T[] => {
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
  const t = useEditingText();
  const styles = useStyles();
  const labelId = useId();
  const inputs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const listRef = useRef<HTMLOListElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);

  useLayoutEffect(() => fitHeights(inputs.current), [points]);
  // The panel's width changes the wrapping, and with it the height a point needs. The width is first
  // read at the observer's first call, after the panel's first layout: read as the effect runs, it forced
  // that layout before the sak was shown (docs/performance-history.md, h/cold37).
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver === 'undefined') return undefined;
    let width: number | undefined;
    const observer = new ResizeObserver(() => {
      const previous = width;
      width = list.clientWidth;
      if (previous !== undefined && previous !== width) fitHeights(inputs.current);
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

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
      <ol className={styles.list} ref={listRef}>
        {points.map((point, index) => {
          const number = index + 1;
          return (
            <li key={index} className={styles.row}>
              <span className={styles.number} aria-hidden="true">
                {number}.
              </span>
              <PointField
                inputRef={(element) => {
                  inputs.current[index] = element;
                }}
                label={t('points.point', { number })}
                value={point}
                readOnly={readOnly}
                onChange={(text) => onChange(pointOps.edit(points, index, text))}
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

/** One point's text, with the remaining characters shown near the schema's limit. */
function PointField({ inputRef, label, value, readOnly, onChange }: {
  inputRef: (element: HTMLTextAreaElement | null) => void;
  label: string;
  value: string;
  readOnly: boolean;
  onChange: (text: string) => void;
}) {
  const styles = useStyles();
  const countdown = useLengthCountdown(value.length, MAX_CONCLUSION_POINT_LENGTH);
  return (
    <span className={styles.field}>
      <Textarea
        ref={inputRef}
        aria-label={label}
        aria-describedby={readOnly ? undefined : countdown.describedBy}
        className={styles.fill}
        textarea={{ className: styles.input }}
        value={value}
        readOnly={readOnly}
        resize="none"
        rows={1}
        onChange={(_, data) => onChange(data.value)}
      />
      {readOnly ? null : countdown.hint}
      {readOnly ? null : countdown.live}
    </span>
  );
}
