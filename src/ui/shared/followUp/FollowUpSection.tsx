import { lazy, Suspense, useId, useState } from 'react';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCommonText } from '../commonText';
import type { FollowUpPanelProps } from './FollowUpPanel';

// The form, the people picker and the Graph gateway load when a sak's follow-up is first opened;
// the toggle has no icon, as the side panel's first load is at its budget (.size-limit.js).
const FollowUpPanel = lazy(() => import(/* webpackChunkName: "follow-up-ui" */ './FollowUpPanel').then((module) => ({ default: module.FollowUpPanel })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * «Oppfølging» for one sak, in the side panel and the workspace: a toggle (aria-expanded) that
 * opens the sak's oppfølgingspunkter with their status from Planner/To Do and, for the referent,
 * the form that turns a konklusjon point into a task. Nothing is read from Graph until it is opened.
 */
export function FollowUpSection(props: FollowUpPanelProps & { itemName: string }) {
  const t = useCommonText();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const count = props.item.followUps?.length ?? 0;
  return (
    <section className={styles.root} aria-label={t('followUp.region', { item: props.itemName })} data-testid="follow-up">
      <div>
        <Button appearance="subtle" aria-expanded={open} aria-controls={open ? regionId : undefined} onClick={() => setOpen(!open)} data-testid="toggle-follow-up">
          {open ? t('followUp.hide') : t('followUp.show', { count: String(count) })}
        </Button>
      </div>
      {open ? (
        <div id={regionId}>
          <Suspense fallback={<Spinner size="tiny" label={t('followUp.loading')} />}>
            <FollowUpPanel {...props} />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}
