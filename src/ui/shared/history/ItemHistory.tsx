import { HistoryRegular } from '@fluentui/react-icons';
import type { Meeting } from '../../../domain/model';
import type { Wording } from '../../../domain/conventions';
import { useEditingText } from '../editing/editingText';
import { useServices } from '../ServicesContext';
import { ToggledSection } from '../ToggledSection';
import { useItemHistory } from './useItemHistory';
import { loadableView } from '../loadableView';

// The list and its formatting load when a history is first opened.
const { View: ItemHistoryList } = loadableView(() => import(/* webpackChunkName: "item-history" */ './ItemHistoryList').then((module) => module.ItemHistoryList));

/**
 * «Historikk» for one sak, in the side panel and the workspace: a toggle button (aria-expanded,
 * aria-controls) and, when open, who changed what and when — read from SharePoint's versions of
 * the sak's row only then.
 */
export function ItemHistory({ meeting, itemId, itemName, words }: { meeting: Pick<Meeting, 'id' | 'minutesApprovedAt' | 'reopenings'>; itemId: string; itemName: string; words: Wording }) {
  const t = useEditingText();
  const { repository } = useServices();
  const { open, toggle, reload, history } = useItemHistory(repository, meeting, itemId);
  return (
    <ToggledSection
      label={t('history.region', { item: itemName })}
      open={open}
      onToggle={toggle}
      toggleText={open ? t('history.hide') : t('history.show')}
      icon={<HistoryRegular />}
      loadingLabel={t('history.loading')}
      testId="item-history"
      toggleTestId="toggle-history"
    >
      <ItemHistoryList history={history} onReload={reload} words={words} />
    </ToggledSection>
  );
}
