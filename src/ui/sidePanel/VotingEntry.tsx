import type { ReactNode } from 'react';
import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';

/** An entry's frame and its row of buttons: a vote's fieldset (`VotingFields.tsx`) is framed the same. */
export const useVotingEntryStyles = makeStyles({
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

/** Which list an entry is in (`data-voting-entry`): the focus finds the one just added by it. */
export type VotingEntryKind = 'proposal' | 'vote' | 'statement';

/** The words of one entry: its legend («Forslag 1»), its two fields' labels and its remove button's («Fjern forslag 1»). */
export interface VotingEntryLabels {
  legend: string;
  by: string;
  byHint?: string;
  text: string;
  remove: string;
}

/**
 * One entry of the referent's møtebehandling that someone put forward: a proposal made in the meeting or a
 * protokolltilførsel — who (`by`), what (`text`), and its remove button, in a fieldset named by its legend. A proposal adds
 * its kind between the two fields (`children`) and «Voter over forslag …» before remove (`actions`). `VotingFields.tsx`.
 */
export function VotingEntry({ labels, kind, by, text, readOnly, onChange, onRemove, children, actions }: {
  labels: VotingEntryLabels;
  kind: VotingEntryKind;
  by: string;
  text: string;
  readOnly: boolean;
  onChange: (change: { by: string } | { text: string }) => void;
  onRemove: () => void;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const styles = useVotingEntryStyles();
  return (
    <fieldset className={styles.entry} data-voting-entry={kind}>
      <legend>{labels.legend}</legend>
      <Field label={labels.by} hint={labels.byHint}>
        <Input value={by} readOnly={readOnly} onChange={(_, data) => onChange({ by: data.value })} />
      </Field>
      {children}
      <Field label={labels.text}>
        <Textarea value={text} readOnly={readOnly} resize="vertical" onChange={(_, data) => onChange({ text: data.value })} />
      </Field>
      <div className={styles.row}>
        {actions}
        <Button icon={<DeleteRegular />} disabled={readOnly} onClick={onRemove}>
          {labels.remove}
        </Button>
      </div>
    </fieldset>
  );
}
