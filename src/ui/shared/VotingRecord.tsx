import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { LanguageForm, Voting } from '../../domain/model';
import { votingLines, type VotingLine } from '../../domain/voting';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  label: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, whiteSpace: 'pre-wrap' },
  heading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  // The stage: read across the room, as large as its other cards (StageApp.tsx), in the theme's own colours.
  stagePart: {
    padding: 'clamp(12px, 2vw, 24px)',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    gap: tokens.spacingVerticalS,
  },
  stageLabel: { fontSize: 'clamp(16px, 1.5vw, 22px)' },
  stageText: { fontSize: 'clamp(18px, 2vw, 30px)', lineHeight: 1.35 },
});

export interface VotingRecordProps {
  voting: Voting;
  /** The committee's målform: the protokoll's words are the committee's, not the reader's. */
  form: LanguageForm;
  /** The vedtak, as the view shows it: between the proposals and votes and the protokolltilførsler. */
  children?: ReactNode;
  /** `stage`: large, for the meeting stage (its test ids `stage-voting-…`, `stage-vote-line`); otherwise the side panel's member. */
  surface?: 'member' | 'stage';
}

/**
 * A sak's proposals, votes and protokolltilførsler as a member reads them in the side panel and the room on the stage:
 * the protokoll's lines and words (`votingLines`), each vote's line as the protokoll prints it («Innstillingen: Vedtatt
 * med 25 mot 10 stemmer.»). What the reader may see of the sak is the view's to decide (`viewFor`: an exempt sak they
 * may not see has none; the stage shows none of an exempt sak's).
 */
export function VotingRecord({ voting, form, children, surface = 'member' }: VotingRecordProps) {
  const styles = useStyles();
  const stage = surface === 'stage';
  const { beforeConclusion, afterConclusion } = votingLines(voting, form);
  const part = (lines: VotingLine[], name: string) =>
    lines.length === 0 ? null : (
      <section className={mergeClasses(styles.part, stage && styles.stagePart)} data-testid={`${surface}-voting-${name}`}>
        {lines.map((line, index) =>
          line.as === 'label' ? (
            <h3 key={index} className={mergeClasses(styles.label, stage && styles.stageLabel)}>
              {line.text}
            </h3>
          ) : (
            <p
              key={index}
              className={mergeClasses(line.as === 'heading' ? styles.heading : styles.line, stage && styles.stageText)}
              data-testid={line.as === 'vote' ? `${surface}-vote-line` : undefined}
            >
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
