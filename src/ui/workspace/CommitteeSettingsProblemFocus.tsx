import { useCallback, useEffect, useRef, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { defineNamespace } from '../shared/i18n';
import { settingsProblemMessages } from './settingsProblemMessages';

/** The settings' problems said with their field's name (`settingsProblemMessages.ts`), and the held-back save's summary. */
export const useSettingsProblemText = defineNamespace('settingsProblems', settingsProblemMessages);

const useStyles = makeStyles({
  summary: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Marked so: a part of the form whose problems hold no save back (the hand-typed member's «Legg til medlem»). */
export const ASIDE_FROM_SAVE = 'data-settings-aside';

/**
 * The fields a held-back save is waiting for, in the order a keyboard reaches them: every control Fluent's Field marks
 * `aria-invalid` (its message under it), and a message standing for a list of fields (`data-settings-problem`).
 */
function badFields(form: HTMLElement): HTMLElement[] {
  return [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"], [data-settings-problem]')].filter((element) => element.closest(`[${ASIDE_FROM_SAVE}]`) === null);
}

/** What a field is called on the screen: its label's visible words (the required mark left out), or the list's name. */
function fieldName(element: HTMLElement): string {
  const listName = element.getAttribute('data-settings-problem');
  if (listName !== null) return listName;
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id));
  const label = (element as HTMLInputElement).labels?.[0] ?? labelledBy.find((found) => found !== null);
  if (!label) return element.getAttribute('aria-label') ?? '';
  const copy = label.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').trim();
}

/** The element the keyboard lands on for a bad field: itself, or the chosen (else first) option of a radio group. */
function focusable(element: HTMLElement): HTMLElement {
  if (element.getAttribute('role') !== 'radiogroup') return element;
  return element.querySelector<HTMLElement>('input:checked') ?? element.querySelector<HTMLElement>('input') ?? element;
}

/**
 * WCAG 3.3.1: a save held back by a bad field moves the keyboard to the first one (its label and message are read as it
 * gets the focus), and a polite live region under the form says how many fields wait and names them. A live region
 * rather than the error-summary pattern with links at the top: the focus goes to the field itself, where the problem is
 * put right, not to a box far above the save button that one must tab out of again; the summary only adds what the
 * field cannot say (how many, which), and polite lets the field be read first.
 */
export function useHeldBackSave() {
  const form = useRef<HTMLFormElement>(null);
  const [heldBack, setHeldBack] = useState(0);
  const [summary, setSummary] = useState('');
  const text = useSettingsProblemText();
  useEffect(() => {
    if (heldBack === 0 || !form.current) return undefined;
    const bad = badFields(form.current);
    // Held back by something else (a conflict, SharePoint's refusal): its own message says so.
    setSummary('');
    if (bad.length === 0) return undefined;
    focusable(bad[0]!).focus();
    const said = text('summary', { count: bad.length, fields: bad.map((field) => `«${fieldName(field)}»`).join(', ') });
    // Emptied first, filled a moment later: a second save held back by the same fields is said again.
    const timer = setTimeout(() => setSummary(said), 150);
    return () => clearTimeout(timer);
    // `text` changes with the language only; the summary is said again at the next save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [heldBack]);
  return {
    form,
    /** The save wrote nothing: look for the fields it waits for once they are shown. */
    held: useCallback(() => setHeldBack((count) => count + 1), []),
    /** A save went through (or was begun): the summary no longer holds. */
    clear: useCallback(() => setSummary(''), []),
    summary,
  };
}

/** The held-back save's summary: a polite live region, in the page from the start so its first words are read. */
export function HeldBackSummary({ summary }: { summary: string }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" data-held-back-summary className={styles.summary}>
      {summary}
    </div>
  );
}
