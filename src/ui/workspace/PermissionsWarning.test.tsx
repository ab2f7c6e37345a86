// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as v from 'valibot';
import { ConventionsSchema } from '../../domain/conventions';
import type { Committee } from '../../domain/model';
import type { PermissionFinding } from '../../graph/sitePermissions';
import type { HostContext } from '../../hosts/hostContext';
import { setLanguage, type AppLanguage } from '../shared/i18n';
import { MotebokProvider } from '../shared/MotebokProvider';
import { PermissionsWarning } from './PermissionsWarning';

afterEach(async () => {
  cleanup();
  await setLanguage('nb');
});

const KOMMUNESTYRET: Pick<Committee, 'id' | 'conventions'> = { id: 'ks', conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak' }) };
const meeting = { kind: 'meeting', committeeId: 'ks', committee: 'Kommunestyret', date: '2026-06-11' } as const;
const approvedMissing: PermissionFinding = { target: meeting, problem: 'missing', who: 'andreas@example.no', approved: true, level: 'read' };
const unlocked: PermissionFinding = { target: meeting, problem: 'notFrozen', rows: 2, approved: true };
const outsider: PermissionFinding = { target: { kind: 'committee', committeeId: 'ks', committee: 'Kommunestyret' }, problem: 'noAccount', who: 'ola@nabokommune.example.no', name: 'Ola Nordmann' };

/** The warning as a secretary in `language` sees it: its sentences and its buttons. */
async function shown(language: AppLanguage, findings: readonly PermissionFinding[], onRepair: () => void = () => undefined) {
  await setLanguage(language);
  const host: HostContext = { host: 'teams', frameContext: 'content', locale: language, theme: 'default', onThemeChange: () => () => undefined };
  await act(async () => {
    render(
      <MotebokProvider host={host}>
        <PermissionsWarning findings={findings} committees={[KOMMUNESTYRET]} canRepair repairing={false} repairError={undefined} onRepair={onRepair} />
      </MotebokProvider>,
    );
  });
  const bar = await screen.findByTestId('permissions-warning');
  return { items: within(bar).getAllByRole('listitem').map((item) => item.textContent), buttons: within(bar).queryAllByRole('button').map((button) => button.textContent), text: bar.textContent ?? '' };
}

describe('the permission warning', () => {
  it('words an approved meeting’s findings in nynorsk with a protokoll committee’s words', async () => {
    const { items } = await shown('nn', [unlocked, approvedMissing]);
    expect(items).toEqual([
      'Protokollen for møtet i Kommunestyret 11.06.2026 er godkjend, men 2 rader er ikkje låste i SharePoint, så referentane kan framleis endre dei.',
      'andreas@example.no manglar lesetilgang til møtet i Kommunestyret 11.06.2026, som har godkjend protokoll.',
    ]);
  });

  it('words them in English with the committee’s words', async () => {
    const { items } = await shown('en', [unlocked, approvedMissing]);
    expect(items).toEqual([
      'The record for the meeting of Kommunestyret on 11 June 2026 is approved, but 2 rows are not locked in SharePoint, so the referents can still change them.',
      'andreas@example.no lacks read access to the meeting of Kommunestyret on 11 June 2026, whose record is approved.',
    ]);
  });

  it('names a protokoll with exempt saker that lies open in the meeting folder, in the committee’s words and the record’s gender', async () => {
    const open: PermissionFinding = { target: meeting, problem: 'referatOpen' };
    expect((await shown('nb', [open])).items).toEqual([
      'Protokollen for møtet i Kommunestyret 11.06.2026 holder saker unntatt offentlighet, men ligger åpen i møtemappen, så alle medlemmene kan lese den i SharePoint. «Rett tilgangene» lukker den.',
    ]);
    cleanup();
    expect((await shown('nb', [{ ...open, target: { ...meeting, committeeId: 'other' } }])).items[0]).toContain('Referatet for møtet i Kommunestyret 11.06.2026 holder saker unntatt offentlighet, men ligger åpent');
    cleanup();
    expect((await shown('nn', [open])).items[0]).toContain('Protokollen for møtet i Kommunestyret 11.06.2026 har saker unnatekne offentlegheit, men ligg open i møtemappa');
  });

  it('names a meeting row that still holds what the meeting recorded about an exempt sak, and offers «Rett tilgangene» for it', async () => {
    const held: PermissionFinding = { target: meeting, problem: 'exemptPartsInMeetingRow' };
    const nb = await shown('nb', [held]);
    expect(nb.items).toEqual([
      'Møteraden for møtet i Kommunestyret 11.06.2026 holder fortsatt det møtet registrerte om en sak unntatt offentlighet (grunnen til en inhabilitet, hvem som kom bare for saken, svar i en skriftlig behandling), så alle med lesetilgang til listen kan lese det i SharePoint. Raden ble lagret før dette ble flyttet til sakens egen lukkede rad. «Rett tilgangene» flytter det dit.',
    ]);
    expect(nb.buttons).toEqual(['Rett tilgangene']);
    cleanup();
    expect((await shown('nn', [held])).items[0]).toContain('Møteraden for møtet i Kommunestyret 11.06.2026 held framleis det møtet registrerte om ei sak unnateken offentlegheit');
    cleanup();
    expect((await shown('en', [held])).items[0]).toContain('still holds what the meeting recorded about an item exempt from public access');
  });

  it('asks before «Rett tilgangene» changes who can read: an alert dialog naming each change it will make (not what it cannot), «Avbryt» first, nothing done until confirmed, the focus back on the button when cancelled; in nynorsk and English too', async () => {
    const onRepair = vi.fn();
    const { buttons } = await shown('nb', [unlocked, outsider], onRepair);
    expect(buttons).toEqual(['Rett tilgangene']);
    const button = within(screen.getByTestId('permissions-warning')).getByRole('button', { name: 'Rett tilgangene' });
    button.focus();
    fireEvent.click(button);
    const dialog = await screen.findByRole('alertdialog', { name: 'Rette tilgangene?' });
    expect(dialog.textContent).toContain('Møtebok endrer dette i SharePoint, og med det hvem som kan lese og endre det:');
    // The repairable finding, in the warning's words; the member without an account is no change it makes.
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Protokollen for møtet i Kommunestyret 11.06.2026 er godkjent, men 2 rader er ikke låst i SharePoint, så referentene kan fortsatt endre dem.',
    ]);
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Avbryt', 'Rett tilgangene']);
    // The focus inside it (on «Avbryt» in a browser: e2e/exemptPartsMove.test.ts walks it by keyboard).
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    // By its test id: jsdom's tabster may hide the surface from the role queries while the focus settles.
    fireEvent.click(screen.getByTestId('permissions-confirm-cancel'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onRepair).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(button));
    fireEvent.click(button);
    await screen.findByRole('alertdialog', { name: 'Rette tilgangene?' });
    fireEvent.click(screen.getByTestId('permissions-confirm-confirm'));
    expect(onRepair).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    cleanup();
    await shown('nn', [unlocked]);
    fireEvent.click(within(screen.getByTestId('permissions-warning')).getByRole('button', { name: 'Rett tilgangane' }));
    const nn = await screen.findByRole('alertdialog', { name: 'Rette tilgangane?' });
    const actions = () => [screen.getByTestId('permissions-confirm-cancel').textContent, screen.getByTestId('permissions-confirm-confirm').textContent];
    expect(nn.textContent).toContain('Møtebok endrar dette i SharePoint, og med det kven som kan lese og endre det:');
    expect(actions()).toEqual(['Avbryt', 'Rett tilgangane']);
    cleanup();
    await shown('en', [unlocked]);
    fireEvent.click(within(screen.getByTestId('permissions-warning')).getByRole('button', { name: 'Repair the permissions' }));
    const en = await screen.findByRole('alertdialog', { name: 'Repair the permissions?' });
    expect(en.textContent).toContain('Møtebok changes the following in SharePoint, and with it who can read and change it:');
    expect(actions()).toEqual(['Cancel', 'Repair the permissions']);
  });

  it('words them in bokmål, a referat committee’s by default', async () => {
    const { items } = await shown('nb', [{ ...unlocked, rows: 1, target: { ...meeting, committeeId: 'other' } }]);
    expect(items).toEqual(['Referatet for møtet i Kommunestyret 11.06.2026 er godkjent, men én rad er ikke låst i SharePoint, så referentene kan fortsatt endre dem.']);
  });

  it('says why a member without an account in the organisation cannot be given access, and offers no repair for it alone', async () => {
    const alone = await shown('nb', [outsider]);
    expect(alone.items).toHaveLength(1);
    expect(alone.items[0]).toContain('Ola Nordmann (ola@nabokommune.example.no) har ingen konto i organisasjonen, heller ikke som gjest');
    expect(alone.items[0]).toContain('protokollen når den sendes på e-post');
    expect(alone.items[0]).toContain('må IT invitere adressen som gjest');
    expect(alone.buttons).toEqual([]);
    expect(alone.text).not.toContain('be sekretariatet velge «Rett tilgangene»');
    cleanup();
    // Beside something «Rett tilgangene» can repair, the button is there for that.
    expect((await shown('nb', [outsider, unlocked])).buttons).toEqual(['Rett tilgangene']);
  });

  it('says it in nynorsk and English too', async () => {
    expect((await shown('nn', [outsider])).items[0]).toContain('har ingen konto i organisasjonen, heller ikkje som gjest');
    cleanup();
    expect((await shown('en', [outsider])).items[0]).toContain('has no account in the organisation, not even as a guest');
  });

  it('tells a secretary before she sends that the kommunestyre\'s level for saker taken from another body is missing and only a site owner makes it', async () => {
    const level: PermissionFinding = { target: { kind: 'committee', committeeId: 'ks', committee: 'Kommunestyret' }, problem: 'levelMissing', levelName: 'Møtebok hentet sak ks' };
    const nb = await shown('nb', [level]);
    expect(nb.items).toEqual([
      'SharePoint-området mangler tillatelsesnivået «Møtebok hentet sak ks», som møteorganet Kommunestyret gir lesetilgang gjennom til dokumenter unntatt offentlighet i saker hentet fra et annet utvalg. Uten det får de innkalte vanlig lesetilgang, og det andre utvalgets neste utsending tar den bort igjen, så de ikke kan åpne dokumentene. Bare en eier av SharePoint-området kan lage nivået: be vedkommende velge «Rett tilgangene» før innkallingen sendes.',
    ]);
    expect(nb.buttons).toEqual(['Rett tilgangene']);
    cleanup();
    expect((await shown('nn', [level])).items[0]).toContain('SharePoint-området manglar løyvenivået «Møtebok hentet sak ks», som møteorganet Kommunestyret gir lesetilgang gjennom');
    cleanup();
    expect((await shown('en', [level])).items[0]).toContain('which the other committee’s next send takes away again, so they cannot open the documents. Only an owner of the SharePoint site can make the level');
  });

  it('names a level of that name with other rights than Read, and offers no repair for it alone (someone changes it by hand)', async () => {
    const other: PermissionFinding = { target: { kind: 'committee', committeeId: 'ks', committee: 'Kommunestyret' }, problem: 'levelOtherRights', levelName: 'Møtebok hentet sak ks' };
    const shownOther = await shown('nb', [other]);
    expect(shownOther.items[0]).toContain('Tillatelsesnivået «Møtebok hentet sak ks» på SharePoint-området gir andre rettigheter enn Lese, så Møtebok bruker det ikke for møteorganet Kommunestyret');
    expect(shownOther.buttons).toEqual([]);
  });
});
