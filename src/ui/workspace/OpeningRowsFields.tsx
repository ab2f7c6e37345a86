import { Button, Checkbox, Field, Input, makeStyles } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import * as v from 'valibot';
import { ConventionsSchema, type Conventions, type OpeningRow } from '../../domain/conventions';
import { OPENING_ROW_TITLES } from '../../domain/fixedRows';
import { afterOpeningRows } from '../../domain/openingOrder';
import { pointOps } from '../shared/NumberedPointsEditor';
import { useWordingValues } from '../shared/wordingValues';
import { useWorkspaceText } from './panelText';
import { useSettingsProblemText } from './CommitteeSettingsProblemFocus';

const useStyles = makeStyles({
  group: { padding: '16px', display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
  title: { flex: '1 1 16em', minWidth: 0 },
});

/** The list as the committee has it: its `openingRows`, or the one unnumbered `openingRow` stored before the list. */
export function openingRowsOf(conventions: Conventions): OpeningRow[] {
  if (conventions.openingRows !== undefined) return conventions.openingRows;
  const title = conventions.openingRow?.trim() ?? '';
  return title === '' ? [] : [{ title }];
}

/** The conventions with the list written in place of the old single row; an empty list leaves neither. */
export function withOpeningRows(conventions: Conventions, rows: readonly OpeningRow[]): Conventions {
  const { openingRow: _old, openingRows: _list, ...rest } = conventions;
  return rows.length === 0 ? rest : { ...rest, openingRows: [...rows] };
}

/**
 * The rows a new meeting's saksliste opens with before the approval row (`conventions.openingRows`), fixed first in the
 * saksliste: added, renamed, numbered as a sak or not, moved up and down and removed by keyboard, the focus following the
 * row acted on (WCAG 2.4.3); the titles real bodies print offered. A row the settings refuse shows why under its title.
 */
export function OpeningRowsFields({ conventions, invalid, onSet }: { conventions: Conventions; invalid: boolean; onSet: (next: Conventions) => void }) {
  const t = useWorkspaceText();
  const problemText = useSettingsProblemText();
  const styles = useStyles();
  const titlesId = useId();
  const rows = openingRowsOf(conventions);
  // Named by the committee's word for its list (`conventions.agendaHeading`): «Rader først i sakskartet …».
  const agenda = { agendaHeading: conventions.agendaHeading ?? '' };
  // What the innkalling opens with when there are none (`afterOpeningRows`): the approval, or, for a committee that approves
  // no innkalling (`approvalRow: false`), the last record's sak, the choice of co-signers or the first sak.
  const minutesWords = useWordingValues({ conventions });
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);
  const add = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusIndex === undefined) return;
    // The last row removed: «Legg til rad» takes the focus.
    (focusIndex < 0 ? add.current : inputs.current[focusIndex])?.focus();
    setFocusIndex(undefined);
  }, [focusIndex, rows.length]);
  const set = (next: readonly OpeningRow[], focus?: number) => {
    onSet(withOpeningRows(conventions, next));
    if (focus !== undefined) setFocusIndex(focus);
  };
  const setRow = (index: number, patch: Partial<OpeningRow>) => set(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const refused = (row: OpeningRow) => invalid && !v.safeParse(ConventionsSchema, { openingRows: [row] }).success;
  // The old single row was refused (stored before the list): said once, as the list shows it.
  const refusedElsewhere = invalid && !rows.some(refused);

  return (
    <fieldset className={styles.group}>
      <legend>{t('settings.openingRows', agenda)}</legend>
      <p style={{ margin: 0 }}>{t('settings.openingRows.hint', { ...agenda, ...minutesWords, opens: afterOpeningRows(conventions) })}</p>
      <ol className={styles.list}>
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={index} className={styles.row}>
              <Field
                className={styles.title}
                label={t('settings.openingRows.title', { number })}
                {...(refused(row) ? { validationState: 'error' as const, validationMessage: problemText('openingRows.rowInvalid', { number }) } : {})}
              >
                <Input
                  ref={(element) => {
                    inputs.current[index] = element;
                  }}
                  value={row.title}
                  input={{ list: titlesId }}
                  onChange={(_, data) => setRow(index, { title: data.value })}
                />
              </Field>
              <Checkbox
                label={t('settings.openingRows.numbered', { number })}
                checked={row.numbered === true}
                onChange={(_, data) => {
                  const { numbered: _old, ...rest } = row;
                  set(rows.map((other, i) => (i === index ? (data.checked === true ? { ...rest, numbered: true } : rest) : other)));
                }}
              />
              <Button appearance="subtle" icon={<ArrowUpRegular />} aria-label={t('settings.openingRows.up', { number })} disabled={index === 0} onClick={() => set(pointOps.move(rows, index, -1), index - 1)} />
              <Button
                appearance="subtle"
                icon={<ArrowDownRegular />}
                aria-label={t('settings.openingRows.down', { number })}
                disabled={index === rows.length - 1}
                onClick={() => set(pointOps.move(rows, index, 1), index + 1)}
              />
              {/* The row's button is gone with it: the row that took its place (or the one before, when it was the last) takes the focus. */}
              <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t('settings.openingRows.remove', { number })} onClick={() => set(pointOps.remove(rows, index), Math.min(index, rows.length - 2))} />
            </li>
          );
        })}
      </ol>
      <datalist id={titlesId}>
        {OPENING_ROW_TITLES.map((title) => (
          <option key={title} value={title} />
        ))}
      </datalist>
      {refusedElsewhere ? (
        <p role="alert" style={{ margin: 0 }}>
          {t('settings.problem.openingRowInvalid', agenda)}
        </p>
      ) : null}
      <div>
        <Button ref={add} icon={<AddRegular />} onClick={() => set([...rows, { title: '' }], rows.length)}>
          {t('settings.openingRows.add', agenda)}
        </Button>
      </div>
    </fieldset>
  );
}
