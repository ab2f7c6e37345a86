import { Suspense, useId, type ReactElement, type ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from './LoadingSpinner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ToggledSectionProps {
  /** The section's accessible name («Oppfølging for sak 12/26»). */
  label: string;
  open: boolean;
  onToggle: () => void;
  /** The button's visible text («Vis historikk» / «Skjul historikk»). */
  toggleText: string;
  icon?: ReactElement;
  /** Said by the spinner while the panel's chunk is on its way. */
  loadingLabel: string;
  testId: string;
  toggleTestId: string;
  /** The panel, shown only when open: typically a `loadableView`'s view, fetched and reading only then. */
  children: ReactNode;
}

/**
 * A part of a sak opened on demand, in the side panel and the workspace (its «Oppfølging» and its
 * «Historikk»): a toggle button (aria-expanded, aria-controls) and, when open, the panel, with a
 * spinner while its chunk loads.
 */
export function ToggledSection({ label, open, onToggle, toggleText, icon, loadingLabel, testId, toggleTestId, children }: ToggledSectionProps) {
  const styles = useStyles();
  const regionId = useId();
  return (
    <section className={styles.root} aria-label={label} data-testid={testId}>
      <div>
        <Button appearance="subtle" {...(icon ? { icon } : {})} aria-expanded={open} aria-controls={open ? regionId : undefined} onClick={onToggle} data-testid={toggleTestId}>
          {toggleText}
        </Button>
      </div>
      {open ? (
        <div id={regionId}>
          <Suspense fallback={<LoadingSpinner size="tiny" label={loadingLabel} />}>{children}</Suspense>
        </div>
      ) : null}
    </section>
  );
}
