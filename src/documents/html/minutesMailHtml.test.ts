import { describe, expect, it } from 'vitest';
import type { MeetingFile } from '../../domain/model';
import { inNynorsk, loadSeedMeeting } from '../testing/fixtures';
import { renderMinutesMail } from './minutesMailHtml';

const REF = { fileName: 'Referat Partnerskapsmøtet 11.06.26.docx', webUrl: 'https://tenant.example/r.docx' };
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the referat mail, as a member from another organisation reads it', () => {
  it('names the referent who takes the comments, by name and address, in both målformer', () => {
    const file = loadSeedMeeting('pm-2026.json');
    expect(textOf(renderMinutesMail(file, REF, true).html)).toContain(
      'Send eventuelle kommentarer til referenten, Hilde Kari Maugesten (hilde.kari.maugesten@siv.example.no), innen én uke.',
    );
    expect(textOf(renderMinutesMail(inNynorsk(file), REF, true).html)).toContain(
      'Send eventuelle kommentarar til referenten, Hilde Kari Maugesten (hilde.kari.maugesten@siv.example.no), innan éi veke.',
    );
  });

  it('names her as the committee’s standing referent when the meeting has none of its own, and escapes what it prints', () => {
    const seed = loadSeedMeeting('pm-2026.json');
    const { minuteTaker: _none, ...meeting } = seed.meeting;
    const file: MeetingFile = { committee: { ...seed.committee, defaultMinuteTaker: { name: 'Kari <Sekretær>', email: 'kari@siv.example.no' } }, meeting };
    const html = renderMinutesMail(file, REF, true).html;
    expect(html).toContain('til referenten, Kari &lt;Sekretær&gt; (kari@siv.example.no), innen én uke.');
    expect(html).not.toContain('<Sekretær>');
  });

  it('says «til referenten» alone when nobody is named', () => {
    const seed = loadSeedMeeting('pm-2026.json');
    const { minuteTaker: _none, ...meeting } = seed.meeting;
    const { defaultMinuteTaker: _neither, ...committee } = seed.committee;
    expect(textOf(renderMinutesMail({ committee, meeting }, REF, true).html)).toContain('Send eventuelle kommentarer til referenten innen én uke.');
  });
});
