import { lazy, Suspense, useId } from 'react';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import type { Meeting } from '../../../domain/model';
import { useCommonText } from '../commonText';
import { useServices } from '../ServicesContext';
import { useItemHistory } from './useItemHistory';

// The list and its formatting load when a history is first opened.
const ItemHistoryList = lazy(() => import(/* webpackChunkName: "item-history" */ './ItemHistoryList').then((module) => ({ default: module.ItemHistoryList })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * «Historikk» for one sak, in the side panel and the workspace: a toggle button (aria-expanded,
 * aria-controls) and, when open, who changed what and when — read from SharePoint's versions of
 * the sak's row only then.
 */
export function ItemHistory({ meeting, itemId, itemName }: { meeting: Pick<Meeting, 'id' | 'minutesApprovedAt' | 'reopenings'>; itemId: string; itemName: string }) {
  const t = useCommonText();
  const styles = useStyles();
  const { repository } = useServices();
  const { open, toggle, reload, history } = useItemHistory(repository, meeting, itemId);
  const regionId = useId();
  return (
    <section className={styles.root} aria-label={t('history.region', { item: itemName })} data-testid="item-history">
      <div>
        <Button appearance="subtle" icon={<HistoryRegular />} aria-expanded={open} aria-controls={open ? regionId : undefined} onClick={toggle} data-testid="toggle-history">
          {open ? t('history.hide') : t('history.show')}
        </Button>
      </div>
      {open ? (
        <div id={regionId}>
          <Suspense fallback={<Spinner size="tiny" label={t('history.loading')} />}>
            <ItemHistoryList history={history} onReload={reload} />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}
