// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, waitFor } from '@testing-library/react';
import { ConventionsSchema } from '../../domain/conventions';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import type { Meeting } from '../../domain/model';
import { MeetingEditor } from './MeetingEditor';
import { renderWithServices } from './testing/renderWithServices';
import { storedEditor } from './testing/storedEditor';

afterEach(() => cleanup());

const formannskapet = aCommittee({ id: 'fsk', name: 'Formannskapet' });
const eldreradet = (advisory: boolean) => aCommittee({ id: 'eldre', name: 'Eldrerådet', conventions: v.parse(ConventionsSchema, advisory ? { advisory: true } : {}) });
// Typed before the råd was set up as one that gives uttalelser: not marked.
const sak = anItem('s1', { title: 'Budsjett 2027', caseRoute: [{ body: 'Eldrerådet', date: '2026-11-12' }, { body: 'Formannskapet' }] });

async function opened(meeting: Meeting, advisory: boolean) {
  const { repository, editor } = await storedEditor(formannskapet, meeting);
  const committees = [formannskapet, eldreradet(advisory)];
  renderWithServices(<MeetingEditor committee={formannskapet} editor={editor} state={editor.getState()} committees={committees} />, repository);
  return { repository, editor };
}

describe('a saksgang typed before the råd was set up as advisory, when the meeting is opened', () => {
  it('is marked as the råd is set now and saved, so the innkalling, the side panel and the stage read no «Innstilling fra Eldrerådet», without retyping', async () => {
    const { repository, editor } = await opened(aMeeting({ status: 'noticeSent', items: [sak] }), true);
    await waitFor(() => expect(editor.getState().meeting.items[0]?.caseRoute?.[0]).toEqual({ body: 'Eldrerådet', date: '2026-11-12', advisory: true }));
    await editor.flush();
    expect((await repository.getMeeting(editor.getState().meeting.id))?.value.items[0]?.caseRoute?.[0]?.advisory).toBe(true);
  });

  it('changes nothing when the marks agree with the settings, nor in a meeting already held', async () => {
    const agreed = await opened(aMeeting({ items: [sak] }), false);
    const held = await opened(aMeeting({ id: 'held', status: 'held', items: [sak] }), true);
    // Give the lazy rules time to come and be applied, were they applied.
    await import('../../domain/caseRoute');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(agreed.editor.getState().dirty).toBe(false);
    expect(agreed.editor.getState().meeting.items[0]?.caseRoute).toEqual(sak.caseRoute);
    expect(held.editor.getState().meeting.items[0]?.caseRoute).toEqual(sak.caseRoute);
  });
});
