import { Checkbox } from '@fluentui/react-components';
import type { Wording } from '../../domain/conventions';
import type { Voting } from '../../domain/model';
import type { ItemPatch } from '../shared/autosave/meetingDrafts';
import { defineNamespace } from '../shared/i18n';
import { wordingValues } from '../shared/wordingValues';
import { unanimousMessages } from './unanimousMessages';

const useUnanimousText = defineNamespace('unanimous', unanimousMessages);

export interface UnanimousChoiceProps {
  words: Wording;
  /** Whether the sak holds the choice made (`isUnanimousChoice`). */
  checked: boolean;
  readOnly: boolean;
  onEdit: (patch: ItemPatch) => void;
  newId?: () => string;
}

/**
 * For a committee that records no votes (`conventions.voting` off): «Vedtaket var enstemmig», the one thing many protokoller
 * say of a vote, without counting. Ticked, the sak holds one unanimous vote on nothing named, which the protokoll prints
 * alone after the vedtak, «Enstemmig vedtatt.» / nynorsk «Samrøystes vedteke.» (domain/voting.ts `votingLines`); unticked, none.
 */
export function UnanimousChoice({ words, checked, readOnly, onEdit, newId = () => crypto.randomUUID() }: UnanimousChoiceProps) {
  const t = useUnanimousText();
  const values = wordingValues(words);
  const unanimous = (): Voting => ({ proposals: [], votes: [{ id: newId(), on: '', adopted: true, unanimous: true }], statements: [] });
  return (
    <Checkbox
      label={t('label', values)}
      checked={checked}
      disabled={readOnly}
      onChange={(_, data) => onEdit({ voting: data.checked === true ? unanimous() : null })}
    />
  );
}
