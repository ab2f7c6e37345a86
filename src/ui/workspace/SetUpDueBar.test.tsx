// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import { MotebokProvider } from '../shared/MotebokProvider';
import { SetUpDueBar } from './SetUpDueBar';

const host: HostContext = { host: 'browser', frameContext: 'content', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };

/** A repository that says, when the test wants, that a save found the site without some columns. */
function siteWithOldColumns() {
  const listeners = new Set<() => void>();
  return {
    onSetUpDue: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saveFoundOldSite: () => act(() => listeners.forEach((listener) => listener())),
  };
}

afterEach(cleanup);

describe('the workspace’s notice that the site should be set up again', () => {
  it('says nothing until a save finds old columns, then offers set-up once; done, it does not come back', async () => {
    const repository = siteWithOldColumns();
    let provisioned = 0;
    render(
      <MotebokProvider host={host}>
        <SetUpDueBar repository={repository} provision={async () => void (provisioned += 1)} busy={false} />
      </MotebokProvider>,
    );
    expect(screen.queryByText('SharePoint-området bør klargjøres på nytt')).toBeNull();
    repository.saveFoundOldSite();
    expect(screen.getByText('SharePoint-området bør klargjøres på nytt')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Klargjør SharePoint-området' })));
    expect(provisioned).toBe(1);
    expect(screen.queryByText('SharePoint-området bør klargjøres på nytt')).toBeNull();
    repository.saveFoundOldSite();
    expect(screen.queryByText('SharePoint-området bør klargjøres på nytt')).toBeNull();
  });

  it('can be put off for this session', () => {
    const repository = siteWithOldColumns();
    render(
      <MotebokProvider host={host}>
        <SetUpDueBar repository={repository} provision={async () => undefined} busy={false} />
      </MotebokProvider>,
    );
    repository.saveFoundOldSite();
    fireEvent.click(screen.getByRole('button', { name: 'Senere' }));
    repository.saveFoundOldSite();
    expect(screen.queryByText('SharePoint-området bør klargjøres på nytt')).toBeNull();
  });
});
