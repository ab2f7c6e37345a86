import { useState } from 'react';
import { useEditingText } from '../editing/editingText';
import { ToggledSection } from '../ToggledSection';
import type { FollowUpPanelProps } from './FollowUpPanel';
import { loadableView } from '../loadableView';

// The form, the people picker and the Graph gateway load when a sak's follow-up is first opened;
// the toggle has no icon, as the side panel's first load is at its budget (.size-limit.js).
const { View: FollowUpPanel } = loadableView(() => import(/* webpackChunkName: "follow-up-ui" */ './FollowUpPanel').then((module) => module.FollowUpPanel));

/**
 * «Oppfølging» for one sak, in the side panel and the workspace: a toggle (aria-expanded) that
 * opens the sak's oppfølgingspunkter with their status from Planner/To Do and, for the referent,
 * the form that turns a konklusjon point into a task. Nothing is read from Graph until it is opened.
 */
export function FollowUpSection(props: FollowUpPanelProps & { itemName: string }) {
  const t = useEditingText();
  const [open, setOpen] = useState(false);
  const count = props.item.followUps?.length ?? 0;
  return (
    <ToggledSection
      label={t('followUp.region', { item: props.itemName })}
      open={open}
      onToggle={() => setOpen(!open)}
      toggleText={open ? t('followUp.hide') : t('followUp.show', { count: String(count) })}
      loadingLabel={t('followUp.loading')}
      testId="follow-up"
      toggleTestId="toggle-follow-up"
    >
      <FollowUpPanel {...props} />
    </ToggledSection>
  );
}
