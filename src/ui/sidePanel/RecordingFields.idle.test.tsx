// @vitest-environment jsdom
// The voting fields' chunk is not asked for in the commit that shows her sak (its files' script elements held the task
// before her first frame's ready mark): once the panel is idle, unless it is here already.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { wordingOf } from '../../domain/conventions';
import { aCommittee, anItem } from '../../domain/testing/builders';
import { RecordingFields } from './RecordingFields';

const page = vi.hoisted(() => ({ idle: [] as (() => void)[], votingFieldsImported: 0 }));
vi.mock('../../hosts/whenIdle', () => ({ whenIdle: () => new Promise<void>((resolve) => page.idle.push(resolve)) }));
vi.mock('./VotingFields', () => {
  page.votingFieldsImported += 1;
  return { VotingFields: ({ part }: { part: string }) => <p>voting fields: {part}</p> };
});

afterEach(cleanup);

const committee = aCommittee({ name: 'Formannskapet' });
const sak = (id: string) => <RecordingFields committee={committee} item={anItem(id)} words={wordingOf(committee.conventions, 'nb')} readOnly={false} onEdit={() => undefined} />;

// In this order: the chunk, once fetched, stays for the page (as in the browser).
describe('the voting fields of the sak she opens', () => {
  it('are asked for once the panel is idle, not as the sak is first shown, and show when they are here', async () => {
    render(sak('s1'));
    expect(screen.getByTestId('conclusion')).toBeTruthy();
    await act(async () => undefined);
    expect(page.votingFieldsImported).toBe(0);
    expect(screen.queryByText('voting fields: motions')).toBeNull();
    await act(async () => page.idle.forEach((resolve) => resolve()));
    expect(await screen.findByText('voting fields: motions')).toBeTruthy();
    expect(screen.getByText('voting fields: statements')).toBeTruthy();
    expect(page.votingFieldsImported).toBe(1);
  });

  it('once here, are in the first render of every sak opened after, without waiting for the panel to be idle', () => {
    page.idle.length = 0;
    render(sak('s2'));
    expect(screen.getByText('voting fields: motions')).toBeTruthy();
    expect(page.votingFieldsImported).toBe(1);
  });

  it('set nothing when the panel turns idle after the sak has gone (a test page torn down by then made it an unhandled error)', async () => {
    page.idle.length = 0;
    const { unmount } = render(<RecordingFields committee={committee} item={{ ...anItem('s3'), row: 'heading' }} words={wordingOf(committee.conventions, 'nb')} readOnly={false} onEdit={() => undefined} />);
    await act(async () => undefined);
    unmount();
    const unhandled: unknown[] = [];
    const keep = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', keep);
    // As after vitest's teardown: React reads `window` to set a state, and a page torn down has none.
    vi.stubGlobal('window', undefined);
    try {
      page.idle.forEach((resolve) => resolve());
      await new Promise((settled) => setTimeout(settled, 0));
    } finally {
      vi.unstubAllGlobals();
      process.off('unhandledRejection', keep);
    }
    expect(page.idle.length).toBeGreaterThan(0);
    expect(unhandled).toEqual([]);
  });
});
