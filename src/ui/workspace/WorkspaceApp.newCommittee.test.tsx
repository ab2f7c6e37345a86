// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SignedInUser } from '../../auth/createAuth';
import { aCommittee } from '../../domain/testing/builders';
import type { Committee } from '../../domain/model';
import type { PermissionReport } from '../../graph/sitePermissions';
import type { HostContext } from '../../hosts/hostContext';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { MotebokProvider } from '../shared/MotebokProvider';
import { ServicesProvider } from '../shared/ServicesContext';
import { testServices } from '../shared/testing/testServices';
import { WorkspaceApp } from './WorkspaceApp';
import './testing/jsdomResizeObserver';

const hostContext: HostContext = { host: 'browser', frameContext: 'content', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };
const KRISTIN: SignedInUser = { name: 'Kristin Liset', username: 'kristin.liset@example.no' };

afterEach(() => cleanup());

/** The workspace signed in as `account` (MSAL's account), opened on «Nytt møteorgan». */
type Grant = (committees: readonly Committee[]) => Promise<void>;
type Check = (committees: readonly Committee[]) => Promise<PermissionReport>;

async function openNewCommittee(account: SignedInUser | undefined, grant?: Grant, check?: Check) {
  const repository = createInMemoryMeetingRepository({ committees: [aCommittee({ secretariat: [{ name: 'Kristin Liset', email: KRISTIN.username }] })], meetings: [] });
  const nothingDiffers = async (): Promise<PermissionReport> => ({ checked: true, findings: [] });
  const none = async () => undefined;
  const sitePermissions = grant ? { check: check ?? nothingDiffers, repair: nothingDiffers, grant, freeze: none, unfreeze: none } : undefined;
  const signedInUser = async () => ({ addresses: [KRISTIN.username] });
  const services = testServices(hostContext, repository, { signedInUser, ...(sitePermissions ? { sitePermissions } : {}) });
  render(
    <MotebokProvider host={hostContext}>
      <ServicesProvider services={{ ...services, auth: { ...services.auth, account: () => account } }}>
        <WorkspaceApp />
      </ServicesProvider>
    </MotebokProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Innstillinger for møteorganet' }, { timeout: 10_000 }));
  fireEvent.click(await screen.findByRole('button', { name: 'Nytt møteorgan' }, { timeout: 10_000 }));
  const form = await screen.findByRole('form', { name: 'Nytt møteorgan' }, { timeout: 10_000 });
  fireEvent.change(await within(form).findByLabelText(/^Navn på møteorganet/, {}, { timeout: 10_000 }), { target: { value: 'Samhandlingsutvalget' } });
  fireEvent.change(within(form).getByLabelText(/^Kortnavn \(brukes i filnavn\)/), { target: { value: 'SU' } });
  return { repository, form };
}

describe('«Nytt møteorgan»', () => {
  it('starts with whoever is signed in in «Sekretariat», so the first save makes the committee with them managing it', async () => {
    const { repository, form } = await openNewCommittee(KRISTIN);
    expect(within(form).getByRole('option', { name: /^Fjern Kristin Liset/ })).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Opprett møteorganet' }));
    await waitFor(async () => expect((await repository.listCommittees()).map((c) => c.value.name)).toContain('Samhandlingsutvalget'), { timeout: 10_000 });
    const created = (await repository.listCommittees()).find((c) => c.value.name === 'Samhandlingsutvalget')?.value;
    expect(created?.secretariat).toEqual([{ name: 'Kristin Liset', email: 'kristin.liset@example.no' }]);
  });

  it('leaves them removable: without anyone in «Sekretariat» the save is refused as before', async () => {
    const { repository, form } = await openNewCommittee(KRISTIN);
    fireEvent.click(within(form).getByRole('option', { name: /^Fjern Kristin Liset/ }));
    await waitFor(() => expect(within(form).queryByRole('option', { name: /^Fjern Kristin Liset/ })).toBeNull());
    fireEvent.click(within(form).getByRole('button', { name: 'Opprett møteorganet' }));
    await waitFor(() => expect(within(form).getByRole('combobox', { name: /^Sekretariat/ }).getAttribute('aria-invalid')).toBe('true'));
    expect((await repository.listCommittees()).map((c) => c.value.name)).not.toContain('Samhandlingsutvalget');
  });

  it('has Møtebok give the new committee its access on SharePoint (its folder, its people on the lists), with the committees already there', async () => {
    const grant = vi.fn(async (_committees: readonly Committee[]): Promise<void> => undefined);
    const check = vi.fn(async (_committees: readonly Committee[]): Promise<PermissionReport> => ({ checked: true, findings: [] }));
    const { repository, form } = await openNewCommittee(KRISTIN, grant, check);
    fireEvent.click(within(form).getByRole('button', { name: 'Opprett møteorganet' }));
    await waitFor(() => expect(grant).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    // Checked again once it is done, with the new committee.
    await waitFor(() => expect(check.mock.calls.some(([all]) => all.some((c) => c.name === 'Samhandlingsutvalget'))).toBe(true), { timeout: 10_000 });
    const stored = (await repository.listCommittees()).map((c) => c.value);
    expect((grant.mock.calls[0]?.[0] ?? []).map((c) => c.name).sort()).toEqual(stored.map((c) => c.name).sort());
    expect(stored.map((c) => c.name)).toContain('Samhandlingsutvalget');
  });
});
