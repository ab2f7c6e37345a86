import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { aMeeting, anItem } from '../../domain/testBuilders';
import { openWorkspaceDraftStore } from './workspaceDrafts';

describe('the IndexedDB draft store', () => {
  it('stores, reads and removes a draft only when nothing newer was written', async () => {
    const store = await openWorkspaceDraftStore(`test-${Math.random()}`);
    const meeting = aMeeting({ items: [anItem('a', { title: 'Utkast' })] });
    await store.put({ meetingId: meeting.id, basedOnVersion: '"1"', updatedAt: '2026-05-01T10:00:00.000Z', meeting });
    await store.put({ meetingId: meeting.id, basedOnVersion: '"1"', updatedAt: '2026-05-01T10:00:05.000Z', meeting: { ...meeting, place: 'Larvik' } });
    expect((await store.get(meeting.id))?.meeting.place).toBe('Larvik');
    await store.removeIfUnchanged(meeting.id, '2026-05-01T10:00:00.000Z');
    expect(await store.get(meeting.id)).toBeDefined();
    await store.removeIfUnchanged(meeting.id, '2026-05-01T10:00:05.000Z');
    expect(await store.get(meeting.id)).toBeUndefined();
  });
});
