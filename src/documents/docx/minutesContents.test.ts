import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { publicVersion } from '../../domain/confidentiality';
import { ConventionsSchema, type Conventions } from '../../domain/conventions';
import type { MeetingFile } from '../../domain/model';
import { docxParagraphs } from '../testing/docxText';
import { inNynorsk, loadSeedMeeting } from '../testing/fixtures';
import { renderReferatDocx } from './referatDocx';

/** The seed meeting with the committee's conventions given (the rest as the seed's). */
function withConventions(file: MeetingFile, conventions: Partial<Conventions>): MeetingFile {
  return { ...file, committee: { ...file.committee, conventions: v.parse(ConventionsSchema, { ...file.committee.conventions, ...conventions }) } };
}

/** The paragraphs from the list's heading to the first sak's number in the body (the second time 2026.01 is printed). */
async function contents(file: MeetingFile, heading: string): Promise<string[]> {
  const paragraphs = await docxParagraphs(await renderReferatDocx(file));
  const start = paragraphs.indexOf(heading);
  expect(start).toBeGreaterThan(-1);
  const body = paragraphs.indexOf('2026.01', paragraphs.indexOf('2026.01', start) + 1);
  return paragraphs.slice(start, body);
}

describe('the referat’s list of saker at its head (conventions.minutesContents)', () => {
  it('lists every row it records, the unnumbered too, under «Saksliste» before the first sak', async () => {
    const file = withConventions(loadSeedMeeting('pm-2026.json'), { minutesContents: true });
    const list = await contents(file, 'Saksliste');
    expect(list.slice(0, 3)).toEqual(['Saksliste', 'Saksnr.', 'Sak']);
    for (const item of file.meeting.items) expect(list).toContain(item.title);
    expect(list.indexOf('2026.02')).toBe(list.indexOf(file.meeting.items[1]?.title ?? '') - 1);
    expect(list).toContain('Oppsummering og avslutning');
  });

  it('is not there unless the committee asks for it, as the seeds’ referat goes from its facts to the saker', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(loadSeedMeeting('pm-2026.json')));
    expect(paragraphs).not.toContain('Saksliste');
    expect(paragraphs.filter((text) => text === '2026.03')).toHaveLength(1);
  });

  it('takes the list’s own word and the nynorsk one: «Sakskart», «Sakliste»', async () => {
    expect((await contents(withConventions(loadSeedMeeting('pm-2026.json'), { minutesContents: true, agendaHeading: 'sakskart' }), 'Sakskart'))[0]).toBe('Sakskart');
    expect((await contents(inNynorsk(withConventions(loadSeedMeeting('pm-2026.json'), { minutesContents: true })), 'Sakliste'))[0]).toBe('Sakliste');
  });

  it('puts «Arkivsaksnr.» between number and title where the saksliste has that column', async () => {
    const seed = withConventions(loadSeedMeeting('pm-2026.json'), { minutesContents: true, archiveColumn: true });
    const items = seed.meeting.items.map((item) => (item.caseNumber === '2026.03' ? { ...item, archiveRef: '2026/117-4' } : item));
    const list = await contents({ ...seed, meeting: { ...seed.meeting, items } }, 'Saksliste');
    expect(list.slice(0, 4)).toEqual(['Saksliste', 'Saksnr.', 'Arkivsaksnr.', 'Sak']);
    expect(list.slice(list.indexOf('2026.03'), list.indexOf('2026.03') + 3)).toEqual(['2026.03', '2026/117-4', items[2]?.title]);
  });

  it('says no more than the body in the public version: an exempt sak’s title is its public one', async () => {
    const file = withConventions(loadSeedMeeting('pm-2026-unntatt.json'), { minutesContents: true });
    const exempt = file.meeting.items.find((item) => item.caseNumber === '2026.04');
    const list = await contents(publicVersion(file), 'Saksliste');
    expect(list).not.toContain(exempt?.title);
    expect(list[list.indexOf('2026.04') + 1]).toBe('Unntatt offentlighet');
  });
});
