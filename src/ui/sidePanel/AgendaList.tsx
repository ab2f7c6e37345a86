import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { useSidePanelText } from './sidePanelText';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    minHeight: '48px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  current: { borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  body: { display: 'flex', flexDirection: 'column', gap: '2px', flex: 1, minWidth: 0 },
  number: { fontWeight: tokens.fontWeightSemibold },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** The id of a sak's button in the saksliste: the focus goes back to it from the sak (`RecorderView`). */
export function agendaButtonId(itemId: string): string {
  return `agenda-button-${itemId}`;
}

export function itemHeading(item: AgendaItem): string {
  return item.caseNumber ? `${item.caseNumber} ${item.title}` : item.title;
}

/** The saksliste with the current item marked, named by the committee's word for it (`conventions.agendaHeading`); choosing an item opens it. */
export function AgendaList({ committee, meeting, onOpen }: { committee: Pick<Committee, 'conventions'>; meeting: Meeting; onOpen: (itemId: string) => void }) {
  const t = useSidePanelText();
  const styles = useStyles();
  return (
    <nav aria-label={t('agenda.label', { agendaHeading: committee.conventions?.agendaHeading ?? '' })}>
      <ol className={styles.list} data-testid="agenda-list">
        {meeting.items.map((item) => {
          const current = meeting.currentItemId === item.id;
          return (
            <li key={item.id}>
              <Button
                appearance="subtle"
                className={mergeClasses(styles.item, current && styles.current)}
                aria-current={current ? 'step' : undefined}
                onClick={() => onOpen(item.id)}
                icon={<ChevronRightRegular />}
                iconPosition="after"
                id={agendaButtonId(item.id)}
                data-testid={`agenda-item-${item.id}`}
              >
                {/* No aria-label: the name is the visible text (WCAG 2.5.3), so "2026.03 Handlingsplan"
                    said to speech control finds the button. The spaces keep the words apart in the name. */}
                <span className={styles.body}>
                  <Text className={styles.number}>{item.caseNumber ?? t('agenda.unnumbered')}</Text>{' '}
                  <Text>{item.title}</Text>{' '}
                  <span className={styles.badges}>
                    {current ? <Badge appearance="filled" color="brand">{t('agenda.current')}</Badge> : null}{' '}
                    {item.outcome !== 'pending' ? (
                      <Badge appearance="tint" color={item.outcome === 'treated' ? 'success' : 'warning'}>
                        {t(`outcome.${item.outcome}`)}
                      </Badge>
                    ) : null}
                  </span>
                </span>
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
