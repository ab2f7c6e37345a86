// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { aCommittee, aMeeting } from '../../domain/testing/builders';
import { planBoardPack, layoutBoardPack, packDocuments } from '../../domain/boardPack';
import { FULL_VIEWER } from '../../domain/confidentiality';
import { defaultConventions } from '../../domain/conventions';
import type { MeetingFile } from '../../domain/model';
import type { BoardPackBuildProgress, BoardPackResult, BoardPackService } from '../../graph/boardPackService';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { BoardPackPanel } from './BoardPackPanel';
import { renderWithServices } from './testing/renderWithServices';

const file: MeetingFile = { committee: aCommittee(), meeting: aMeeting({ innkalling: { fileName: 'Innkalling.docx', driveItemId: 'inn' } }) };
const packRef = { fileName: 'Møtebok.pdf', driveItemId: 'pack', webUrl: 'https://example.sharepoint.com/sites/m/Møtebok.pdf' };

/** A service the test drives by hand: it reports what the test says and finishes when told. */
function controlledService(stored?: typeof packRef) {
  let report: (progress: BoardPackBuildProgress) => void = () => undefined;
  let finish: (result: BoardPackResult) => void = () => undefined;
  const service: BoardPackService = {
    findStored: async () => stored,
    build: (_file, onProgress) =>
      new Promise((resolve) => {
        report = (progress) => onProgress?.(progress);
        finish = resolve;
      }),
  };
  return { service, report: (progress: BoardPackBuildProgress) => act(() => report(progress)), finish: (result: BoardPackResult) => act(() => finish(result)) };
}

function renderPanel(service: BoardPackService, shown: MeetingFile = file) {
  const repository = createInMemoryMeetingRepository({ committees: [shown.committee], meetings: [shown.meeting] });
  renderWithServices(<BoardPackPanel file={shown} />, repository, { services: { boardPacks: service } });
}

afterEach(() => cleanup());

describe('«Lag møtebok (PDF)»', () => {
  it('says which document is being fetched, then how many pages the stored pack has, and links to it', async () => {
    const control = controlledService();
    renderPanel(control.service);
    fireEvent.click(await screen.findByRole('button', { name: 'Lag møtebok (PDF)' }));
    expect(screen.getByRole('button', { name: 'Lag møtebok (PDF)' })).toHaveProperty('disabled', true);
    const plan = planBoardPack(file, FULL_VIEWER);
    const [innkalling] = packDocuments(plan);
    await control.report({ phase: 'fetch', done: 0, total: 1, ...(innkalling ? { current: innkalling } : {}) });
    expect(screen.getByRole('status').textContent).toContain('Dokument 1 av 1: Innkalling');
    expect(screen.getByRole('progressbar', { name: 'Lager møteboken' })).toBeTruthy();
    await control.report({ phase: 'store', done: 1, total: 1 });
    expect(screen.getByRole('status').textContent).toContain('Lagrer møteboken i møtemappen');
    const layout = layoutBoardPack(plan, new Map([['innkalling', { pages: 3 }]]));
    await control.finish({ ref: packRef, plan, layout, converted: 1, reused: 0 });
    expect(screen.getByRole('status').textContent).toContain('Møteboken er lagret (4 sider).');
    expect(screen.getByRole('link', { name: 'Åpne møteboken (PDF)' }).getAttribute('href')).toBe(packRef.webUrl);
    expect(screen.getByRole('button', { name: 'Lag møteboken på nytt' })).toBeTruthy();
  });

  it('links to a pack already stored in the meeting folder', async () => {
    renderPanel(controlledService(packRef).service);
    expect((await screen.findByRole('link', { name: 'Åpne møteboken (PDF)' })).getAttribute('href')).toBe(packRef.webUrl);
    expect(screen.getByRole('button', { name: 'Lag møteboken på nytt' })).toBeTruthy();
  });
});

describe('the buttons say the committee\'s word for the PDF of the papers', () => {
  it('«Sakskart (PDF)» for a committee that calls it Sakskart, «møteboka» for a nynorsk one with the default word', async () => {
    const sakskart = { ...file, committee: aCommittee({ conventions: { ...defaultConventions(), pack: 'sakskart' } }) };
    renderPanel(controlledService().service, sakskart);
    expect(await screen.findByRole('heading', { name: 'Sakskart (PDF)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lag sakskart (PDF)' })).toBeTruthy();
    cleanup();
    renderPanel(controlledService(packRef).service, sakskart);
    expect((await screen.findByRole('link', { name: 'Åpne sakskartet (PDF)' })).getAttribute('href')).toBe(packRef.webUrl);
    expect(screen.getByRole('button', { name: 'Lag sakskartet på nytt' })).toBeTruthy();
    cleanup();
    renderPanel(controlledService(packRef).service, { ...file, committee: aCommittee({ languageForm: 'nn' }) });
    expect(await screen.findByRole('link', { name: 'Åpne møteboka (PDF)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lag møteboka på nytt' })).toBeTruthy();
  });
});

describe('the pack\'s progress and notes say the committee\'s word too, never a «møtebok» it does not call the pack', () => {
  it('says «saksdokumentene» while building, stored and before sending for a committee whose record is the Møtebok', async () => {
    const shown = { ...file, meeting: { ...file.meeting, notice: undefined }, committee: aCommittee({ conventions: { ...defaultConventions(), minutes: 'motebok' } }) };
    const control = controlledService();
    renderPanel(control.service, shown);
    fireEvent.click(await screen.findByRole('button', { name: 'Lag saksdokumenter (PDF)' }));
    expect(screen.getByText(/^Du kan lage saksdokumentene før innkallingen sendes for å se over PDF-en\./)).toBeTruthy();
    const plan = planBoardPack(shown, FULL_VIEWER);
    await control.report({ phase: 'fetch', done: 0, total: 1 });
    expect(screen.getByRole('progressbar', { name: 'Lager saksdokumentene' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Setter sammen saksdokumentene');
    await control.report({ phase: 'store', done: 1, total: 1 });
    expect(screen.getByRole('status').textContent).toContain('Lagrer saksdokumentene i møtemappen');
    await control.finish({ ref: packRef, plan, layout: layoutBoardPack(plan, new Map([['innkalling', { pages: 3 }]])), converted: 1, reused: 0 });
    expect(screen.getByRole('status').textContent).toContain('Saksdokumentene er lagret (4 sider).');
    expect(document.body.textContent).not.toMatch(/møtebok/i);
  });
});
