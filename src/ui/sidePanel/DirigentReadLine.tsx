import { chairWord } from '../../documents/chairWord';
import type { Committee, Meeting } from '../../domain/model';
import { defineNamespace, type TextValues } from '../shared/i18n';
import { dirigentReadMessages } from './dirigentReadMessages';

const useDirigentReadText = defineNamespace('dirigentRead', dirigentReadMessages);

export interface DirigentReadLineProps {
  committee: Committee;
  meeting: Pick<Meeting, 'signatures'>;
  /** The committee's words and its list's (`wordingValues`, `agendaHeading`), as the panel's own line takes them. */
  values: TextValues;
}

/**
 * The read-only line of an årsmøte's reader (`conventions.dirigent`): who writes in the protokoll, naming no dirigent
 * before the meeting has elected one (documents/chairWord.ts `chairWord`, the rule the protokoll's «Åpnet av» / «Dirigent»
 * follows: elected once he is recorded as the signing dirigent), «referent og dirigent» after.
 */
export function DirigentReadLine({ committee, meeting, values }: DirigentReadLineProps) {
  const t = useDirigentReadText();
  return <>{t(chairWord({ committee, meeting }, true) === 'opened' ? 'beforeElection' : 'elected', values)}</>;
}
