import { makeStyles, tokens } from '@fluentui/react-components';
import type { Committee, Meeting } from '../../domain/model';
import { attendeeLine, presentGroups } from '../../documents/meetingFacts';
import { useSidePanelText } from './sidePanelText';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  group: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface PresentListProps {
  committee: Committee;
  meeting: Meeting;
}

/**
 * Who is at the meeting, for a member following it: the protokoll's «Til stede» under its headings, each line in its words
 * (documents/meetingFacts.ts `presentGroups`, `attendeeLine`: «Kari Nordmann (deltok per telefon)», «… for Ola Berg»), so
 * the panel and the protokoll cannot disagree about who took part or how. Its own chunk (`presentListChunk.ts`).
 */
export function PresentList({ committee, meeting }: PresentListProps) {
  const t = useSidePanelText();
  const styles = useStyles();
  const file = { committee, meeting };
  return (
    <section aria-labelledby="present-heading" data-testid="present-list">
      <h2 id="present-heading" className={styles.heading}>
        {t('attendance.present')}
      </h2>
      {presentGroups(file).map((group, index) => (
        <div key={group.heading ?? index}>
          {group.heading === undefined ? null : <h3 className={styles.group}>{group.heading}</h3>}
          <ul className={styles.list}>
            {group.entries.map((entry, at) => (
              <li key={at}>{attendeeLine(entry, file, group.heading)}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
