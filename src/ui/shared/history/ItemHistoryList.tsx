import type { CSSProperties } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../LoadingSpinner';
import type { FieldChange, HistoryEntry, MeetingAct } from '../../../domain/itemHistory';
import { useEditingText } from '../editing/editingText';
import { rowProblemText } from '../unreadableText';
import { useUnreadableText } from '../unreadableMessages';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { currentLanguage } from '../i18n';
import type { ItemHistoryState } from './useItemHistory';
import type { Wording } from '../../../domain/conventions';
import { wordingValues } from '../wordingValues';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  entry: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  act: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  changes: { margin: `${tokens.spacingVerticalXS} 0 0`, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  before: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
});

// Read out by screen readers, not shown: the struck-through text says «before» only to the eye.
const VISUALLY_HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

type Row = { kind: 'entry'; at: string; entry: HistoryEntry } | { kind: 'act'; at: string; act: MeetingAct };

/** The history, newest first: the sak's changes and the meeting's approvals and reopenings together. */
export function ItemHistoryList({ history, onReload, words }: { history: ItemHistoryState; onReload: () => void; words: Wording }) {
  const t = useEditingText();
  // The record and the fields in the committee's words: «protokollen vart godkjend», «Vedtak».
  const w = wordingValues(words);
  const fieldName = (field: FieldChange['field']): string =>
    field === 'conclusion' ? words.conclusion.word : field === 'proposedConclusion' ? words.proposal.word : t(`history.field.${field}`);
  const unreadableText = useUnreadableText();
  const styles = useStyles();
  if (history.state === 'closed') return null;
  if (history.state === 'loading') return <LoadingSpinner size="tiny" label={t('history.loading')} />;
  if (history.state === 'failed') return <ErrorMessageBar error={history.error} onReload={onReload} />;
  const when = new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Oslo' });
  const at = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : when.format(date);
  };
  const rows: Row[] = [...history.entries.map((entry): Row => ({ kind: 'entry', at: entry.at, entry })), ...history.acts.map((act): Row => ({ kind: 'act', at: act.at, act }))].sort((a, b) => b.at.localeCompare(a.at));
  if (rows.length === 0) return <Text>{t('history.empty')}</Text>;
  const value = (change: FieldChange, text: string) => (change.field === 'outcome' && text !== '' ? t(`history.outcome.${text === 'treated' ? 'treated' : 'postponed'}`) : text === '' ? t('history.emptyValue') : text);
  return (
    <ol className={styles.list} aria-label={t('history.listLabel')} data-testid="history-list">
      {rows.map((row) =>
        row.kind === 'act' ? (
          <li key={`act-${row.act.kind}-${row.at}`} className={styles.act}>
            <Text weight="semibold">{row.act.kind === 'approved' ? t('history.approved', { ...w, at: at(row.at) }) : t('history.reopened', { ...w, at: at(row.at), by: row.act.by })}</Text>
            {row.act.kind === 'reopened' ? <Text as="p">{t('history.reason', { reason: row.act.reason })}</Text> : null}
          </li>
        ) : (
          <li key={`v-${row.entry.versionId}`} className={styles.entry}>
            <Text weight="semibold">{t('history.changedBy', { at: at(row.at), by: row.entry.by })}</Text>
            {row.entry.problem ? (
              <Text as="p">{t('history.unreadable', { problem: rowProblemText(row.entry.problem, unreadableText) })}</Text>
            ) : (
              <dl className={styles.changes}>
                {row.entry.changes.map((change) => (
                  <div key={change.field} style={{ display: 'contents' }}>
                    <dt className={styles.term}>{fieldName(change.field)}</dt>
                    <dd className={styles.definition}>
                      <span className={styles.before}>
                        <span style={VISUALLY_HIDDEN}>{t('history.before')} </span>
                        {value(change, change.before)}
                      </span>
                      {' → '}
                      <span>
                        <span style={VISUALLY_HIDDEN}>{t('history.after')} </span>
                        {value(change, change.after)}
                      </span>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ),
      )}
    </ol>
  );
}
