// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useBusyAction } from './useBusyAction';
import { reopenApprovedMinutes } from '../../domain/minutesApproval';
import { aMeeting } from '../../domain/testing/builders';
import { describeError } from './describeError';
import { commonMessages, type CommonKey } from './messages';
import type { Translate } from './i18n';

const t: Translate<CommonKey> = (key) => commonMessages.nb[key];

afterEach(() => cleanup());

describe('a screen’s busy action', () => {
  it('says what runs while it runs, keeps what it threw until the next one starts, and never rejects', async () => {
    const { result } = renderHook(() => useBusyAction<'sending' | 'approving'>());
    let finish: () => void = () => undefined;
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run('sending', () => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.busy).toBe('sending');
    await act(async () => (finish(), await running));
    expect(result.current.busy).toBeUndefined();
    expect(result.current.error).toBeUndefined();

    const refused = new Error('Mottakeren finnes ikke');
    await act(async () => {
      await expect(result.current.run('approving', async () => Promise.reject(refused))).resolves.toBeUndefined();
    });
    expect(result.current.busy).toBeUndefined();
    expect(result.current.error).toBe(refused);

    act(() => {
      running = result.current.run('sending', () => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.error).toBeUndefined();
    await act(async () => (finish(), await running));
  });

  it('lets the screen dismiss the error', async () => {
    const { result } = renderHook(() => useBusyAction<'sending'>());
    await act(async () => result.current.run('sending', async () => Promise.reject(new Error('nei'))));
    expect(result.current.error).toBeInstanceOf(Error);
    act(() => result.current.dismissError());
    expect(result.current.error).toBeUndefined();
  });

  it('keeps a refused field’s error only once its words are here, so the screen shows it worded at once (fieldRuleText.ts, its own chunk)', async () => {
    const { result } = renderHook(() => useBusyAction<'reopening'>());
    const approved = aMeeting({ status: 'minutesApproved', minutesApprovedAt: '2026-06-11T11:40:00.000Z' });
    await act(async () => result.current.run('reopening', async () => void reopenApprovedMinutes(approved, { by: 'Hilde', at: '2026-06-20T08:00:00.000Z', reason: ' ' })));
    expect(describeError(result.current.error, t)).toEqual({ kind: 'rule', message: 'Skriv hvorfor referatet gjenåpnes' });
  });
});
