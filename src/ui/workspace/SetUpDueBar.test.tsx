// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { aCommittee } from '../../domain/testing/builders';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { SetUpDueBar } from './SetUpDueBar';
import { renderWithServices } from './testing/renderWithServices';

const NOTICE = 'SharePoint-området bør klargjøres på nytt';
const committee = aCommittee();

/** A repository that says, when the test wants, that a save found the site without some columns. */
function siteWithOldColumns() {
  const listeners = new Set<() => void>();
  const site = {
    checks: 0,
    onSetUpDue: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saveFoundOldSite: () => act(() => listeners.forEach((listener) => listener())),
    // As the SharePoint repository: the check finds the columns missing and tells the listeners.
    checkSetUp: async () => {
      site.checks += 1;
      listeners.forEach((listener) => listener());
    },
  };
  return site;
}

const bar = (props: ComponentProps<typeof SetUpDueBar>) => <SetUpDueBar {...props} />;
const show = (props: ComponentProps<typeof SetUpDueBar>) =>
  renderWithServices(bar(props), createInMemoryMeetingRepository({ committees: [committee], meetings: [] }));

afterEach(cleanup);

describe('the workspace’s notice that the site should be set up again', () => {
  it('says nothing until a save finds old columns, then offers set-up once; done, it does not come back', async () => {
    const repository = siteWithOldColumns();
    let provisioned = 0;
    show({ repository, provision: async () => void (provisioned += 1), busy: false, secretariat: undefined });
    expect(screen.queryByText(NOTICE)).toBeNull();
    repository.saveFoundOldSite();
    expect(screen.getByText(NOTICE)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Klargjør SharePoint-området' })));
    expect(provisioned).toBe(1);
    expect(screen.queryByText(NOTICE)).toBeNull();
    repository.saveFoundOldSite();
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('can be put off for this session', () => {
    const repository = siteWithOldColumns();
    show({ repository, provision: async () => undefined, busy: false, secretariat: undefined });
    repository.saveFoundOldSite();
    fireEvent.click(screen.getByRole('button', { name: 'Senere' }));
    repository.saveFoundOldSite();
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('asks the site once it is known that the user is in a secretariat, and says so before anyone saves', async () => {
    const repository = siteWithOldColumns();
    const props = { repository, provision: async () => undefined, busy: false };
    const { rerender } = show({ ...props, secretariat: undefined });
    await act(async () => undefined);
    expect(repository.checks).toBe(0);
    expect(screen.queryByText(NOTICE)).toBeNull();
    rerender(bar({ ...props, secretariat: true }));
    expect(await screen.findByText(NOTICE)).toBeTruthy();
    rerender(bar({ ...props, secretariat: true }));
    expect(repository.checks).toBe(1);
  });

  it('never asks for someone outside every secretariat, so never tells them', async () => {
    const repository = siteWithOldColumns();
    show({ repository, provision: async () => undefined, busy: false, secretariat: false });
    await act(async () => undefined);
    expect(repository.checks).toBe(0);
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('says nothing when the check fails', async () => {
    const repository = { ...siteWithOldColumns(), checkSetUp: async () => Promise.reject(new Error('nettverksfeil')) };
    show({ repository, provision: async () => undefined, busy: false, secretariat: true });
    await act(async () => undefined);
    expect(screen.queryByText(NOTICE)).toBeNull();
  });
});
