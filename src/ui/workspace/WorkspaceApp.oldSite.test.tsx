// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { aCommittee } from '../../domain/testing/builders';
import type { PermissionReport } from '../../graph/sitePermissions';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { WorkspaceApp } from './WorkspaceApp';
import { renderWithServices } from './testing/renderWithServices';

const NOTICE = 'SharePoint-området bør klargjøres på nytt';

/**
 * The workspace on a site set up before some columns existed: the repository's start-up check
 * (`checkSetUp`) finds them missing and tells `onSetUpDue`'s listeners, as the SharePoint one does.
 * The permission check answers when the test says.
 */
function openOnOldSite(signedIn: string) {
  const committee = aCommittee({ secretariat: [{ name: 'Kristin Liset', email: 'kristin.liset@example.no' }], members: [{ name: 'Andreas Aass-Engstrøm', email: 'andreas@example.no' }] });
  const listeners = new Set<() => void>();
  const checkSetUp = vi.fn(async () => listeners.forEach((listener) => listener()));
  const repository = {
    ...createInMemoryMeetingRepository({ committees: [committee], meetings: [] }),
    onSetUpDue: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    checkSetUp,
  };
  let answer: (report: PermissionReport) => void = () => undefined;
  const check = vi.fn(() => new Promise<PermissionReport>((resolve) => (answer = resolve)));
  // Graph's `GET /me`, counted (the page's shared answer is not memoised here: every call would be a request).
  const me = vi.fn(async () => ({ addresses: [signedIn] }));
  renderWithServices(<WorkspaceApp />, repository, {
    services: {
      sitePermissions: { check, repair: vi.fn(), freeze: async () => undefined, unfreeze: async () => undefined },
      signedInUser: me,
    },
  });
  return { committee, checkSetUp, check, me, answerPermissions: (report: PermissionReport) => act(async () => answer(report)) };
}

afterEach(() => cleanup());

describe('the workspace on a site set up before some of Møtebok’s columns existed', () => {
  it('tells the secretariat at start-up, once the first screen is shown and the permission check has answered', async () => {
    const site = openOnOldSite('kristin.liset@example.no');
    await screen.findByText(site.committee.name, {}, { timeout: 10_000 });
    await waitFor(() => expect(site.check).toHaveBeenCalled(), { timeout: 10_000 });
    // Nothing is asked before the permission check has answered: not on the start-up path.
    expect(site.checkSetUp).not.toHaveBeenCalled();
    await site.answerPermissions({ checked: true, findings: [] });
    expect(await screen.findByText(NOTICE, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Klargjør SharePoint-området' })).toHaveLength(1);
    expect(site.checkSetUp).toHaveBeenCalledTimes(1);
  });

  it('asks Graph who is signed in once for both the set-up check and the permission warning', async () => {
    const site = openOnOldSite('kristin.liset@example.no');
    await screen.findByText(site.committee.name, {}, { timeout: 10_000 });
    await waitFor(() => expect(site.check).toHaveBeenCalled(), { timeout: 10_000 });
    expect(site.me).not.toHaveBeenCalled();
    await site.answerPermissions({ checked: true, findings: [{ target: { kind: 'list', name: 'MotebokMeetings' }, problem: 'versioningOff' }] });
    expect(await screen.findByText(NOTICE, {}, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByTestId('permissions-warning', {}, { timeout: 10_000 })).toBeTruthy();
    expect(site.me).toHaveBeenCalledTimes(1);
  });

  /** The workspace shown and the permission check answered (`checked`) for `signedIn`: whether the site was asked, whether the notice shows. */
  async function afterStartUp(signedIn: string, checked: boolean) {
    const site = openOnOldSite(signedIn);
    await screen.findByText(site.committee.name, {}, { timeout: 10_000 });
    await waitFor(() => expect(site.check).toHaveBeenCalled(), { timeout: 10_000 });
    await site.answerPermissions({ checked, findings: [] });
    await act(async () => undefined);
    return { asked: site.checkSetUp.mock.calls.length, told: screen.queryByText(NOTICE) !== null };
  }

  it('never asks, nor tells, someone the permission check does not answer for (a referent, a member on a set-up site)', async () => {
    expect(await afterStartUp('kristin.liset@example.no', false)).toEqual({ asked: 0, told: false });
  });

  it('never tells a member even where the old site lets them read its permissions (lists inheriting the site’s)', async () => {
    expect(await afterStartUp('andreas@example.no', true)).toEqual({ asked: 0, told: false });
  });
});
