import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { safeLinkUrl } from '../../domain/safeUrl';
import type { Wording } from '../../domain/conventions';
import { wordingValues } from '../shared/wordingValues';
import type { AgendaItem, Committee } from '../../domain/model';
import { useProposalNoun } from '../shared/useConclusionNoun';
import { PointList } from '../shared/PointList';
import { SubItemList } from '../shared/SubItemList';
import { useSidePanelText } from './sidePanelText';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: '20px' },
});

/** Presenters, proposed conclusion and documents of an item: what everyone may read. */
export function ItemDetails({ item, committee, words }: { item: AgendaItem; committee: Pick<Committee, 'name' | 'conventions'>; words: Wording }) {
  const t = useSidePanelText();
  const proposal = useProposalNoun(item, committee, words);
  const styles = useStyles();
  const documents = [
    ...(item.caseMemo ? [{ id: 'caseMemo', title: t('item.caseMemo'), webUrl: safeLinkUrl(item.caseMemo.webUrl) }] : []),
    ...item.attachments.map((a) => ({ id: a.id, title: a.number ? t('item.attachmentNumbered', { number: a.number, title: a.title }) : a.title, webUrl: safeLinkUrl(a.webUrl) })),
  ];
  return (
    <>
      {item.presenters.length > 0 ? (
        <section className={styles.section}>
          <h3 className={styles.heading}>{t('item.presenters')}</h3>
          <Text>{item.presenters.map((p) => p.name).join(', ')}</Text>
        </section>
      ) : null}
      {item.subItems.length > 0 ? (
        <section className={styles.section}>
          <h3 className={styles.heading}>{t('item.subItems')}</h3>
          <SubItemList subItems={item.subItems} className={styles.list} label={t('item.subItems')} />
        </section>
      ) : null}
      <section className={styles.section}>
        <h3 className={styles.heading}>{proposal.word}</h3>
        {item.proposedConclusion.length > 0 ? (
          <PointList points={item.proposedConclusion} conventions={committee.conventions} className={styles.list} testId="proposed-conclusion" />
        ) : (
          <Text>{t('item.noProposal', wordingValues(words))}</Text>
        )}
      </section>
      <section className={styles.section}>
        <h3 className={styles.heading}>{t('item.documents')}</h3>
        {documents.length > 0 ? (
          <ul className={styles.list}>
            {documents.map((doc) => (
              <li key={doc.id}>
                {doc.webUrl ? (
                  <Link href={doc.webUrl} target="_blank" rel="noopener noreferrer">
                    {doc.title}
                  </Link>
                ) : (
                  <Text>{doc.title}</Text>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <Text>{t('item.noDocuments')}</Text>
        )}
      </section>
    </>
  );
}
