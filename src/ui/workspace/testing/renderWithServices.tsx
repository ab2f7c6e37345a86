import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import type { MeetingRepository } from '../../../domain/ports';
import type { HostContext } from '../../../hosts/hostContext';
import { MotebokProvider } from '../../shared/MotebokProvider';
import { ServicesProvider } from '../../shared/ServicesContext';
import type { Services } from '../../shared/services';
import { testServices } from '../../shared/testing/testServices';
import { browserHost } from './storedEditor';

export interface RenderWithServicesOptions {
  /** The browser tab's locale (`browserHost`); nb-NO when not given. */
  locale?: string;
  /** A host of the test's own instead of a browser tab. */
  host?: HostContext;
  /** Services the screen reaches beyond the repository (`testServices` fails the rest loudly). */
  services?: Partial<Services>;
}

/**
 * A workspace screen rendered as the workspace renders it: in the app's provider and a screen test's services
 * over `repository`. The providers wrap the screen, so `rerender` takes the screen alone.
 */
export function renderWithServices(
  ui: ReactElement,
  repository: MeetingRepository,
  { locale, host = browserHost(locale), services = {} }: RenderWithServicesOptions = {},
): RenderResult {
  const all = testServices(host, repository, services);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MotebokProvider host={host}>
      <ServicesProvider services={all}>{children}</ServicesProvider>
    </MotebokProvider>
  );
  return render(ui, { wrapper });
}
