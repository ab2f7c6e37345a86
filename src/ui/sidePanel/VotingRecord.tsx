import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { LanguageForm, Voting } from '../../domain/model';
import { votingLines, type VotingLine } from '../../domain/voting';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  label: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, whiteSpace: 'pre-wrap' },
  heading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export interface VotingRecordProps {
  voting: Voting;
  /** The committee's målform: the protokoll's words are the committee's, not the reader's. */
  form: LanguageForm;
  /** The vedtak, as the read-only view shows it: between the proposals and votes and the protokolltilførsler. */
  children?: ReactNode;
}

/**
 * A sak's proposals, votes and protokolltilførsler as a member reads them in the side panel: the protokoll's lines and words
 * (`votingLines`), each vote's line as the protokoll prints it («Innstillingen: Vedtatt med 25 mot 10 stemmer.»). What
 * the member may see of the sak is the read-only view's to decide (`viewFor`: an exempt sak they may not see has none).
 */
export function VotingRecord({ voting, form, children }: VotingRecordProps) {
  const styles = useStyles();
  const { beforeConclusion, afterConclusion } = votingLines(voting, form);
  const part = (lines: VotingLine[], name: string) =>
    lines.length === 0 ? null : (
      <section className={styles.part} data-testid={`member-voting-${name}`}>
        {lines.map((line, index) =>
          line.as === 'label' ? (
            <h3 key={index} className={styles.label}>
              {line.text}
            </h3>
          ) : (
            <p key={index} className={line.as === 'heading' ? styles.heading : styles.line} data-testid={line.as === 'vote' ? 'member-vote-line' : undefined}>
              {line.text}
            </p>
          ),
        )}
      </section>
    );
  return (
    <>
      {part(beforeConclusion, 'motions')}
      {children}
      {part(afterConclusion, 'statements')}
    </>
  );
}
