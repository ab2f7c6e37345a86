// The brukerutvalg of a helseforetak set up through the product's own settings from the «Brukerutvalg i et helseforetak»
// preset: representatives of the patient and user organisations (FFO, SAFO, Kreftforeningen, Pensjonistforbundet) added as
// members outside the hospital's directory with their organisation, one of them the leder, as Helse Bergen's and Helgelandssykehuset's
// lists show them; the HF's administration is the secretariat. The secretariat makes the meeting («Godkjenning av innkalling og
// saksliste» first, a vedtakssak, «Orienteringssaker» one sak with its orienteringer «1. … 2. Orientering fra administrerende
// direktør», then «Referatsaker», as Helse Nord RHF's Regionalt brukerutvalg's saksliste reads, «Eventuelt» last), sends the «Innkalling til møte i» to the organisations'
// addresses; in the side panel records who came, the administrerende direktør from the administration, the vedtak, the
// orientering taken as noted; makes the protokoll. What each step showed is written to out/brukerutvalg-log.json with the
// screenshots and out/brukerutvalg-protokoll.docx, for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommitteeWalk, type CommitteeWalk } from './support/committeeWalk';
import { screenshotPath } from './support/screenshots';

const NAME = 'Brukerutvalget i Helse Nordfjell HF';
const log: Record<string, unknown> = {};

/** The organisations' representatives, none in the hospital's directory (private addresses, as the HFs' own pages list them). */
const REPRESENTATIVES = [
  { name: 'Liv Haugland', email: 'liv.haugland@ffo.example.no', organisation: 'FFO' },
  { name: 'Øivind Aske', email: 'oivind.aske@safo.example.no', organisation: 'SAFO' },
  { name: 'Atle Grung', email: 'atle.grung@kreftforeningen.example.no', organisation: 'Kreftforeningen' },
  { name: 'Torbjørg Botn', email: 'torbjorg.botn@pensjonist.example.no', organisation: 'Pensjonistforbundet' },
] as const;

describe('a helseforetak\'s brukerutvalg set up through the settings: members from the user organisations, orienterings- and referatsaker, a protokoll', () => {
  let walk: CommitteeWalk;

  beforeAll(async () => {
    walk = await startCommitteeWalk({ name: NAME, slug: 'brukerutvalg' });
  }, 300_000);
  afterAll(async () => walk?.close(log));

  it('the secretariat creates it from the preset with the organisations\' representatives and their leder', async () => {
    const context = await walk.harness.newContext();
    const page = await context.newPage();
    const form = await walk.newCommitteeForm(page, { preset: 'Brukerutvalg i et helseforetak', shortName: 'BU', organisation: 'Helse Nordfjell HF' });
    expect(await form.getByLabel('Saksnummerformat').inputValue()).toBe('Sak {NN}/{YYYY}');
    await walk.addMembers(form, REPRESENTATIVES);
    await form.getByLabel('Verv for Liv Haugland').selectOption({ label: 'Møteleder' });
    log.kinds = await form.locator('fieldset').filter({ hasText: 'Sakstyper' }).innerText();
    log.memberRoles = await form.getByTestId('member-roles').innerText();
    await page.screenshot({ path: screenshotPath('brukerutvalg-settings-new.png'), fullPage: true });
    const created = await walk.createCommittee(page, form);
    log.committee = created;
    expect(created?.conventions).toMatchObject({ minutes: 'protokoll', proposal: 'forslagTilVedtak', agenda: 'saksliste', notice: 'innkallingTilMote', recordFromMeeting: true, minutesApproval: 'nextMeeting', closingRows: 'eventuelt', kindsUnderNumber: false });
    expect(created?.members.find((member) => member.name === 'Øivind Aske')).toMatchObject({ email: 'oivind.aske@safo.example.no', organisation: 'SAFO' });
    expect(created?.defaultChair?.name).toBe('Liv Haugland');
    await context.close();
  }, 300_000);

  it('the secretariat prepares the saksliste with a vedtakssak, the director\'s orientering and the referatsaker, and sends the innkalling to the organisations\' addresses', async () => {
    const context = await walk.harness.newContext();
    await context.clock.install({ time: new Date('2026-04-30T08:00:00+02:00') });
    const page = await context.newPage();
    const agenda = await walk.newMeeting(page, { date: '2026-05-14', starts: '10:00', ends: '15:00', place: 'Nordfjell sjukehus, møterom Utsikten' });
    await expect.poll(() => agenda.innerText(), { timeout: 15_000 }).toMatch(/Sak 01\/2026[\s\S]*Godkjenning av innkalling og saksliste[\s\S]*Eventuelt/);

    await walk.addRow(page, 'Brukerutvalgets innspill til utviklingsplan 2027–2030', { kind: 'Vedtakssak' });
    // «Orienteringssaker» one sak, its orienteringer numbered 1., 2. (the preset ticks it), as Helse Nord RHF's RBU lists them.
    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByRole('textbox', { name: 'Tittel' }).fill('Orienteringssaker');
    await page.getByRole('checkbox', { name: 'Orienteringssak', exact: true }).check();
    const orienteringer = page.getByRole('region', { name: 'Orienteringer i saken' });
    for (const title of ['Informasjon fra brukerutvalgets leder', 'Orientering fra administrerende direktør']) {
      await page.getByRole('button', { name: 'Legg til orientering' }).click();
      await orienteringer.getByRole('textbox', { name: /Tittel/ }).last().fill(title);
    }
    log.subItemsPanel = await orienteringer.innerText();
    expect(log.subItemsPanel).toMatch(/Orientering 1\.[\s\S]*Orientering 2\./);
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await walk.addRow(page, 'Referatsaker: protokoll fra møte i Regionalt brukerutvalg 12.03.2026', { kind: 'Referatsaker' });
    await walk.saved(page);
    log.agenda = await agenda.innerText();
    expect(log.agenda).toMatch(/Sak 01\/2026[\s\S]*Sak 02\/2026[\s\S]*utviklingsplan[\s\S]*Sak 03\/2026[\s\S]*Orienteringssaker[\s\S]*Sak 04\/2026[\s\S]*Regionalt brukerutvalg[\s\S]*Eventuelt/);
    await page.screenshot({ path: screenshotPath('brukerutvalg-agenda.png'), fullPage: true });
    expect((await walk.meeting())?.theme).toBe(`Innkalling til møte i ${NAME}`);

    log.preview = await walk.preview(page, /Sak 04\/2026/);
    expect(log.preview).toMatch(/^Innkalling til møte i/m);
    expect(log.preview).toMatch(/Godkjenning av innkalling og saksliste[\s\S]*Forslag til vedtak:?\s*Innkalling og saksliste godkjennes\./);
    expect(log.preview).toMatch(/Orienteringssaker[\s\S]*1\. Informasjon fra brukerutvalgets leder[\s\S]*2\. Orientering fra administrerende direktør/);
    expect(log.preview).not.toMatch(/Sak 03\/2026\s*Orienteringssak\b/);
    await page.keyboard.press('Escape');

    const send = await walk.openSendDialog(page);
    log.sendDialog = await send.innerText();
    await page.screenshot({ path: screenshotPath('brukerutvalg-send-dialog.png') });
    expect(log.sendDialog).toMatch(/Mottakere \(4\)/);
    await walk.send(send);
    await walk.status('noticeSent');
    await context.close();
  }, 400_000);

  it('the secretariat records who came, the director from the administration, the vedtak and the orientering, and makes the protokoll', async () => {
    const held = await walk.meeting();
    const page = await walk.openSidePanel(await walk.harness.newContext(), held?.id ?? '');
    await walk.startMeeting(page);

    await page.getByRole('tab', { name: 'Oppmøte' }).click();
    await page.getByTestId('attendance').waitFor({ timeout: 30_000 });
    for (const person of ['Liv Haugland', 'Øivind Aske', 'Atle Grung']) await page.getByLabel(`Status for ${person}`).selectOption({ label: 'Til stede' });
    await page.getByLabel('Status for Torbjørg Botn').selectOption({ label: 'Forfall' });
    await page.getByLabel('Legg til deltaker som ikke er fast medlem').fill('Nina Dahl');
    await page.getByLabel('Rolle for deltakeren').selectOption({ label: 'Administrasjonen' });
    await page.getByRole('button', { name: 'Legg til', exact: true }).first().click();
    await expect.poll(async () => (await walk.meeting())?.attendance.some((entry) => entry.person.name === 'Nina Dahl') ?? false, { timeout: 20_000 }).toBe(true);
    log.attendanceTab = await page.getByTestId('attendance').innerText();
    await page.screenshot({ path: screenshotPath('brukerutvalg-side-panel-attendance.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Saksliste' }).click();
    await walk.setCurrent(page, held?.items.find((item) => item.title.startsWith('Brukerutvalgets innspill'))?.id ?? '');
    const conclusion = page.getByTestId('conclusion');
    await conclusion.getByRole('button', { name: 'Legg til punkt' }).click();
    await conclusion.getByRole('textbox', { name: 'Punkt 1' }).fill('Brukerutvalget slutter seg til utkastet og ber om at pasientreiser omtales særskilt.');
    log.sidePanelSak = await page.locator('body').innerText();
    expect(log.sidePanelSak).toMatch(/Sak 02\/2026[\s\S]*Vedtak/);
    await page.screenshot({ path: screenshotPath('brukerutvalg-side-panel-sak.png'), fullPage: true });
    await walk.markTreated(page);

    await page.getByRole('button', { name: /^Tilbake til sakslisten/ }).click();
    await walk.setCurrent(page, held?.items.find((item) => item.title === 'Orienteringssaker')?.id ?? '');
    await page.getByTestId('noted').click();
    const noted = page.getByTestId('conclusion').getByRole('textbox', { name: 'Punkt 1' });
    await expect.poll(() => noted.inputValue()).toMatch(/til orientering/);
    log.notedConclusion = await noted.inputValue();
    await walk.markTreated(page);

    const { minutes, text, afterTab } = await walk.endAndMakeMinutes(page);
    log.afterTab = afterTab;
    // «Protokoll fra møte i …», as its innkalling is «til møte i» (the preset ticks it in the settings).
    expect(minutes.fileName).toMatch(/^Protokoll fra møte i Brukerutvalget i Helse Nordfjell HF 14\.05\.26/);
    log.protokoll = text;
    expect(text).toMatch(/^Protokoll fra møte i Brukerutvalget i Helse Nordfjell HF 14\.05\.26$/m);
    expect(text).toMatch(/Liv Haugland \(FFO, møteleder\)/);
    expect(text).toMatch(/Nina Dahl/);
    expect(text).toMatch(/Sak 02\/2026[\s\S]*Brukerutvalget slutter seg til utkastet/);
    expect(text).toMatch(/Sak 03\/2026[\s\S]*Orienteringssaker[\s\S]*1\. Informasjon fra brukerutvalgets leder[\s\S]*2\. Orientering fra administrerende direktør[\s\S]*til orientering/);
    expect(text).not.toMatch(/[Ss]ak Sak /);
    await page.context().close();
  }, 400_000);
});
