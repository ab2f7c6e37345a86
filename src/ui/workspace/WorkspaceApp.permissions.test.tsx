// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aCommittee } from '../../domain/testing/builders';
import { DomainError } from '../../domain/errors';
import type { Committee } from '../../domain/model';
import type { PermissionReport } from '../../graph/sitePermissions';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { WorkspaceApp } from './WorkspaceApp';
import { renderWithServices } from './testing/renderWithServices';

const drifted: PermissionReport = {
  checked: true,
  findings: [
    { target: { kind: 'list', name: 'MotebokAgendaItems' }, problem: 'inherits' },
    { target: { kind: 'list', name: 'MotebokMeetings' }, problem: 'versioningOff' },
  ],
};
/** `drifted`'s findings as the warning words them in bokmål. */
const driftedTexts = [
  'Listen MotebokAgendaItems arver tillatelsene fra området, så alle med tilgang til området kan lese og kanskje endre den.',
  'Versjonering er slått av for listen MotebokMeetings, så endringer kan ikke spores.',
];

const SECRETARIAT = 'kristin.liset@example.no';
const MEMBER = 'andreas@example.no';

/** The workspace for `signedIn` (`GET /me`'s answer) in a committee with a secretariat and a member. */
function renderWith(
  sitePermissions: {
    check: (c: readonly Committee[]) => Promise<PermissionReport>;
    repair: (c: readonly Committee[]) => Promise<PermissionReport>;
    mayManage?: () => Promise<boolean>;
  },
  signedIn = SECRETARIAT,
) {
  const committee = aCommittee({ secretariat: [{ name: 'Kristin Liset', email: SECRETARIAT }], members: [{ name: 'Andreas Aass-Engstrøm', email: MEMBER }] });
  const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [] });
  renderWithServices(<WorkspaceApp />, repository, {
    services: {
      sitePermissions: { ...sitePermissions, freeze: async () => undefined, unfreeze: async () => undefined },
      signedInUser: async () => ({ addresses: [signedIn] }),
    },
  });
  return committee;
}

afterEach(() => cleanup());

describe('the permission check on start', () => {
  it('starts only once the frame that shows the first screen is painted, not between its commit and that paint', async () => {
    // Begun in the commit, its chunk's import and a render of the whole workspace for «checking» came before
    // the first paint (docs/performance-history.md, h/cold51, h/cold53). Frames here run only when the test says.
    const held: FrameRequestCallback[] = [];
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => held.push(callback));
    try {
      const check = vi.fn(async (): Promise<PermissionReport> => ({ checked: true, findings: [] }));
      renderWith({ check, repair: vi.fn() });
      await screen.findByText(aCommittee().name, {}, { timeout: 10_000 });
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(check).not.toHaveBeenCalled();
      act(() => held.splice(0).forEach((callback) => callback(performance.now())));
      await waitFor(() => expect(check).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    } finally {
      frames.mockRestore();
    }
  });

  it('warns in Norwegian when the site has drifted and repairs it on request', async () => {
    const check = vi.fn(async () => drifted);
    const repair = vi.fn(async (): Promise<PermissionReport> => ({ checked: true, findings: [] }));
    // In the secretariat and a site owner: the repair can break inheritance and add people to the site.
    const committee = renderWith({ check, repair, mayManage: async () => true });
    await waitFor(() => expect(check).toHaveBeenCalled(), { timeout: 10_000 });
    const bar = await screen.findByTestId('permissions-warning', {}, { timeout: 10_000 });
    expect(within(bar).getByText('Tilgangen til møtene er ikke satt opp riktig')).toBeTruthy();
    // What it means for her and what to do, in plain words; the lists and versioning behind «Vis detaljer», closed.
    expect(bar.textContent).toContain('Noen som skal lese eller endre møtene, kan mangle tilgang, eller andre kan ha tilgang de ikke skal ha. Velg «Rett tilgangene», så retter Møtebok det.');
    const details = within(bar).getByText('Vis detaljer').closest('details');
    expect(details?.open).toBe(false);
    expect(within(bar).getAllByRole('listitem').every((li) => details?.contains(li))).toBe(true);
    expect(within(bar).getAllByRole('listitem').map((li) => li.textContent)).toEqual(driftedTexts);
    expect(check).toHaveBeenCalledWith([committee]);
    fireEvent.click(within(bar).getByRole('button', { name: 'Rett tilgangene' }));
    // It asks first, naming what it will change; nothing is changed until she confirms.
    await screen.findByRole('alertdialog', { name: 'Rette tilgangene?' });
    expect(repair).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('permissions-confirm-confirm'));
    await waitFor(() => expect(screen.queryByTestId('permissions-warning')).toBeNull(), { timeout: 10_000 });
    expect(repair).toHaveBeenCalledWith([committee]);
  });

  it('tells a member nothing where the lists still inherit the site’s permissions: only the secretariat can repair', async () => {
    // On such a site anyone can see that the lists inherit, so the check answers for a member too.
    const check = vi.fn(async () => drifted);
    const mayManage = vi.fn(async () => false);
    renderWith({ check, repair: vi.fn(), mayManage }, MEMBER);
    await waitFor(() => expect(check).toHaveBeenCalled(), { timeout: 10_000 });
    await screen.findByText(aCommittee().name, {}, { timeout: 10_000 });
    await waitFor(() => expect(mayManage).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    await act(async () => undefined);
    expect(screen.queryByTestId('permissions-warning')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rett tilgangene' })).toBeNull();
  });

  it('shows a site owner outside every secretariat what differs, and who can repair it, without a repair that would refuse them', async () => {
    const check = vi.fn(async () => drifted);
    const repair = vi.fn();
    const mayManage = vi.fn(async () => true);
    renderWith({ check, repair, mayManage }, 'it-drift@example.no');
    const bar = await screen.findByTestId('permissions-warning', {}, { timeout: 10_000 });
    expect(within(bar).getByText('Tilgangen til møtene er ikke satt opp riktig')).toBeTruthy();
    expect(bar.textContent).not.toContain('Velg «Rett tilgangene», så retter Møtebok det.');
    expect(within(bar).getAllByRole('listitem').map((li) => li.textContent)).toEqual(driftedTexts);
    expect(bar.textContent).toContain('be sekretariatet velge «Rett tilgangene», eller legg deg til under «Sekretariat»');
    expect(within(bar).queryByRole('button')).toBeNull();
    expect(mayManage).toHaveBeenCalledTimes(1);
    expect(repair).not.toHaveBeenCalled();
  });

  it('shows the secretariat from outside, who may not manage the site, what differs and that the site owner must repair it — no «Rett tilgangene» it would be refused', async () => {
    const check = vi.fn(async () => drifted);
    const repair = vi.fn();
    const mayManage = vi.fn(async () => false);
    renderWith({ check, repair, mayManage }, SECRETARIAT);
    const bar = await screen.findByTestId('permissions-warning', {}, { timeout: 10_000 });
    expect(within(bar).getAllByRole('listitem').map((li) => li.textContent)).toEqual(driftedTexts);
    await waitFor(() => expect(bar.textContent).toContain('Du er med i sekretariatet, men har ikke rett til å endre tilgangene på SharePoint-området'), { timeout: 10_000 });
    expect(bar.textContent).toContain('Be eieren av området (eller IT) velge «Rett tilgangene» her, eller gjøre deg til eier av området.');
    expect(within(bar).queryByRole('button')).toBeNull();
    expect(mayManage).toHaveBeenCalledTimes(1);
    expect(repair).not.toHaveBeenCalled();
  });

  it('asks whether the user may manage the site of the secretariat once the check has answered, of anyone else only when there is something to show', async () => {
    const check = vi.fn(async (): Promise<PermissionReport> => ({ checked: true, findings: [] }));
    const asked = vi.fn(async () => true);
    renderWith({ check, repair: vi.fn(), mayManage: asked }, SECRETARIAT);
    await waitFor(() => expect(asked).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    cleanup();
    for (const [report, signedIn] of [
      [{ checked: true, findings: [] }, 'it-drift@example.no'],
      [{ checked: false, findings: [] }, 'it-drift@example.no'],
    ] satisfies Array<[PermissionReport, string]>) {
      const check = vi.fn(async () => report);
      const mayManage = vi.fn(async () => true);
      renderWith({ check, repair: vi.fn(async () => report), mayManage }, signedIn);
      await waitFor(() => expect(check).toHaveBeenCalled(), { timeout: 10_000 });
      await screen.findByText(aCommittee().name, {}, { timeout: 10_000 });
      await act(async () => undefined);
      expect(mayManage).not.toHaveBeenCalled();
      cleanup();
    }
  });

  it('shows nothing when all is right, or when the user may not read the permissions', async () => {
    for (const report of [{ checked: true, findings: [] }, { checked: false, findings: [] }] satisfies PermissionReport[]) {
      const check = vi.fn(async () => report);
      renderWith({ check, repair: vi.fn() });
      await waitFor(() => expect(check).toHaveBeenCalled(), { timeout: 10_000 });
      await screen.findByText(aCommittee().name, {}, { timeout: 10_000 });
      expect(screen.queryByTestId('permissions-warning')).toBeNull();
      cleanup();
    }
  });
});

describe('the permission check on start with Sites.Selected (MOTEBOK_SITE_ACCESS=selected)', () => {
  const values = { role: 'fullcontrol', appId: '7d9e2b4c-1a3f-4e5d-9c8b-6a0f1e2d3c4b', siteId: 'contoso.sharepoint.com,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b' };

  it('tells everyone that the app has not been given the site, naming the role and the grant, where it used to show nothing', async () => {
    const check = vi.fn(async (): Promise<PermissionReport> => {
      throw new DomainError('siteAccess', { key: 'siteAccess.notGranted', values });
    });
    renderWith({ check, repair: vi.fn() }, MEMBER);
    await waitFor(() => expect(check).toHaveBeenCalled(), { timeout: 10_000 });
    const bar = await screen.findByText(/Møtebok har ikke fått tilgang til dette SharePoint-området/, {}, { timeout: 10_000 });
    expect(bar.textContent).toContain('«fullcontrol»');
    expect(bar.textContent).toContain(`Grant-PnPAzureADAppSitePermission -AppId ${values.appId}`);
  });

  it('tells the secretariat, and nobody else, that the app’s role is too small', async () => {
    const report: PermissionReport = { checked: false, findings: [], siteAccess: { key: 'siteAccess.tooSmall', values } };
    renderWith({ check: vi.fn(async () => report), repair: vi.fn() });
    expect((await screen.findByText(/Møtebok har for liten tilgang til dette SharePoint-området/, {}, { timeout: 10_000 })).textContent).toContain('«fullcontrol»');
    cleanup();
    const check = vi.fn(async () => report);
    renderWith({ check, repair: vi.fn() }, MEMBER);
    await waitFor(() => expect(check).toHaveBeenCalled(), { timeout: 10_000 });
    await screen.findByText(aCommittee().name, {}, { timeout: 10_000 });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(screen.queryByText(/Møtebok har for liten tilgang/)).toBeNull();
  });
});
