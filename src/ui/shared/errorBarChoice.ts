import type { Wording } from '../../domain/conventions';
import type { Translate } from './i18n';
import type { CommonKey } from './messages';
import { describeError, type DescribedError } from './describeError';

export interface ErrorMessageBarProps {
  error: unknown;
  onDismiss?: () => void;
  /** Offered for conflicts and bugs: load the stored version again. */
  onReload?: () => void;
  /** Offered for conflicts: write the user's version over the stored one. */
  onKeepMine?: () => void;
  /** The committee's words, for a rule that names the record or its decisions («Skriv hvorfor protokollen gjenåpnes»). */
  words?: Wording;
}

export interface ErrorBarAction {
  id: 'reload' | 'keepMine';
  label: string;
  onClick: () => void;
}

/** What an error bar says and offers: the one decision `ErrorMessageBar` and its plain stand-in (`lateProblemBars.tsx`) both show. */
export interface ErrorBarChoice {
  described: DescribedError;
  /** A conflict is a warning titled "Konflikt"; anything else an error titled "Noe gikk galt". */
  conflict: boolean;
  title: string;
  /** In the order shown. */
  actions: ErrorBarAction[];
  /** Closing the bar, when the screen offers it (Fluent shows it as the bar's ✕). */
  dismiss?: { label: string; onClick: () => void };
}

/**
 * Which words and which actions an error gets: reload when the screen offers it, "keep mine" only
 * for a conflict, and closing the bar when the screen offers it. Pure, so both bars agree.
 */
export function errorBarChoice({ error, onDismiss, onReload, onKeepMine, words }: ErrorMessageBarProps, t: Translate<CommonKey>): ErrorBarChoice {
  const described = describeError(error, t, words);
  const conflict = described.kind === 'conflict';
  const actions: ErrorBarAction[] = [
    ...(onReload ? [{ id: 'reload' as const, label: t('error.reload'), onClick: onReload }] : []),
    ...(conflict && onKeepMine ? [{ id: 'keepMine' as const, label: t('error.keepMine'), onClick: onKeepMine }] : []),
  ];
  return {
    described,
    conflict,
    title: conflict ? t('save.conflict') : t('error.title'),
    actions,
    ...(onDismiss ? { dismiss: { label: t('error.dismiss'), onClick: onDismiss } } : {}),
  };
}
