import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ConventionsSchema } from '../domain/conventions';
import { newMeetingFromTemplate } from '../domain/agendaTemplate';
import { blankCommittee } from '../domain/blankCommittee';
import type { MeetingFile } from '../domain/model';
import { docxParagraphs } from './testing/docxText';
import { inNynorsk, loadSeedMeeting } from './testing/fixtures';
import { renderInnkallingDocx } from './docx/innkallingDocx';
import { renderAgendaHtml } from './html/agendaHtml';

/** The 2026 seed meeting as an eldreråd's, in nynorsk, with the heading word its innkalling uses. */
function eldreraad(notice: string | undefined): MeetingFile {
  const file = inNynorsk(loadSeedMeeting('pm-2026.json'));
  const conventions = v.parse(ConventionsSchema, notice === undefined ? {} : { notice });
  const { theme: _seedTheme, ...meeting } = file.meeting;
  return { committee: { ...file.committee, name: 'Eldrerådet i Fjordvik kommune', conventions }, meeting };
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe("the innkalling's heading is the committee's own word for it", () => {
  it('«Innkalling til møte i Eldrerådet …» in the .docx, its Tema and the preview, when the committee calls it so', async () => {
    const file = eldreraad('innkallingTilMote');
    const paragraphs = await docxParagraphs(await renderInnkallingDocx(file));
    expect(paragraphs).toContain('Innkalling til møte i Eldrerådet i Fjordvik kommune 11.06.26');
    expect(paragraphs).toContain('Innkalling til møte i Eldrerådet i Fjordvik kommune');
    expect(textOf(renderAgendaHtml(file))).toContain('Innkalling til møte i Eldrerådet i Fjordvik kommune 11.06.26');
  });

  it('«Møteinnkalling Eldrerådet …», as many råd head theirs', async () => {
    const paragraphs = await docxParagraphs(await renderInnkallingDocx(eldreraad('moteinnkalling')));
    expect(paragraphs).toContain('Møteinnkalling Eldrerådet i Fjordvik kommune 11.06.26');
  });

  it('«Innkalling til møte i Eldrerådet …» when the committee has not chosen: a name «… i …» reads on from «Innkalling» (domain noticeHeading)', async () => {
    const paragraphs = await docxParagraphs(await renderInnkallingDocx(eldreraad(undefined)));
    expect(paragraphs).toContain('Innkalling til møte i Eldrerådet i Fjordvik kommune 11.06.26');
    expect(paragraphs).not.toContain('Innkalling Eldrerådet i Fjordvik kommune 11.06.26');
  });

  it('«Innkalling til årsmøte i …» for an årsmøte, in the .docx, its Tema and the preview, nb and nn', async () => {
    for (const form of ['nb', 'nn'] as const) {
      const file = eldreraad(undefined);
      const named = { ...file, committee: { ...file.committee, name: 'Årsmøtet i Nordfjell idrettslag', languageForm: form } };
      const paragraphs = await docxParagraphs(await renderInnkallingDocx(named));
      expect(paragraphs).toContain('Innkalling til årsmøte i Nordfjell idrettslag 11.06.26');
      expect(paragraphs).toContain('Innkalling til årsmøte i Nordfjell idrettslag');
      expect(textOf(renderAgendaHtml(named))).toContain('Innkalling til årsmøte i Nordfjell idrettslag 11.06.26');
    }
  });

  it("a new meeting's Tema, and so the invite's subject, takes the word", () => {
    const conventions = v.parse(ConventionsSchema, { notice: 'innkallingTilMote' });
    const committee = { ...blankCommittee('e'), name: 'Eldrerådet i Fjordvik kommune', languageForm: 'nn' as const, conventions, secretariat: [{ name: 'Kari', email: 'kari@fjordvik.example.no' }] };
    let id = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-12-10', start: '10:00', end: '13:00', online: false, existingMeetings: [], idFactory: () => `id-${++id}` });
    expect(meeting.theme).toBe('Innkalling til møte i Eldrerådet i Fjordvik kommune');
  });
});
