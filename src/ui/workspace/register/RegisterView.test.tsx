// @vitest-environment jsdom
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../../domain/testing/builders';
import { createInMemoryDecisionRegister } from '../../../domain/testing/inMemoryDecisionRegister';
import { CaseNumberSchema } from '../../../domain/model';
import type { HostContext } from '../../../hosts/hostContext';
import { MotebokProvider } from '../../shared/MotebokProvider';
import { RegisterView, sakHref } from './RegisterView';
import type { FollowUpStatusReader } from '../../../domain/decisionRegister';
import type { FollowUp } from '../../../domain/model';
import type { FollowUpStatus } from '../../../domain/followUp';

const committee = aCommittee({ id: 'pm', name: 'Partnerskapsmøtet' });
/** An oppfølgingspunkt whose Planner task is `taskId`. */
const point = (taskId: string): FollowUp => ({ id: `f-${taskId}`, what: 'Følg opp', who: { name: 'Per Christian Voss' }, task: { kind: 'planner', taskId, planId: 'plan' } });
/** Points on saker 5 (open), 8 (one completed, one open), 11 (completed) and 14 (a task Graph will not show). */
const points: Record<string, FollowUp[]> = { i4: [point('open-a')], i7: [point('done-b'), point('open-c')], i10: [point('done-d')], i13: [point('gone-e')] };
/** 30 saker with a konklusjon in 2024 (the word "budsjett" in every third), one without. */
const meeting2024 = aMeeting({
  id: 'm2024',
  committeeId: 'pm',
  date: '2024-05-30',
  items: [
    ...Array.from({ length: 30 }, (_, n) => anItem(`i${n}`, { caseNumber: v.parse(CaseNumberSchema, `2024.${n + 1}`), title: `Sak nummer ${n + 1}`, conclusion: [n % 3 === 0 ? 'Budsjett vedtatt.' : 'Tatt til orientering.'], ...(points[`i${n}`] ? { followUps: points[`i${n}`] } : {}) })),
    anItem('open', { caseNumber: v.parse(CaseNumberSchema, '2024.31'), title: 'Ikke behandlet', conclusion: [] }),
  ],
});

function renderView(followUpStatuses?: FollowUpStatusReader) {
  const register = createInMemoryDecisionRegister([meeting2024], () => 'https://contoso.sharepoint.com/sites/m/Referat.docx');
  const host: HostContext = { host: 'browser', frameContext: 'content', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };
  const load = () => Promise.resolve(register);
  render(
    <MotebokProvider host={host}>
      <RegisterView committees={[committee]} load={load} {...(followUpStatuses ? { followUpStatuses } : {})} />
    </MotebokProvider>,
  );
  return register;
}

afterEach(cleanup);

describe('the decision register view', () => {
  it('shows the hits of a free-text search with their konklusjon and links', async () => {
    renderView();
    fireEvent.change(screen.getByLabelText('Fritekst', { exact: false }), { target: { value: 'budsjett' } });
    fireEvent.click(screen.getByRole('button', { name: 'Søk' }));
    const list = await screen.findByRole('list', { name: 'Vedtaksregister' });
    const hits = within(list).getAllByRole('listitem');
    expect(hits).toHaveLength(10);
    expect(hits[0]?.textContent).toContain('Budsjett vedtatt.');
    expect(within(hits[0] as HTMLElement).getByRole('link', { name: 'Åpne referatet' }).getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/m/Referat.docx');
    expect(screen.getByText('10 treff vist')).toBeTruthy();
  });

  it('pages with «Vis flere» (the keyboard path) until every konklusjon is shown, leaving out saker without one', async () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Søk' }));
    await screen.findByText('25 treff vist, flere finnes');
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    await screen.findByText('30 treff vist');
    expect(screen.queryByRole('button', { name: 'Vis flere' })).toBeNull();
    expect(screen.queryByText('Ikke behandlet', { exact: false })).toBeNull();
  });

  it('offers «Bare saker med åpen oppfølging» when follow-up is available, and keeps the saker Planner says have an open task', async () => {
    renderView();
    expect(screen.queryByLabelText('Bare saker med åpen oppfølging')).toBeNull();
    cleanup();
    const asked: string[][] = [];
    renderView(async (tasks) => {
      asked.push(tasks.map((task) => task.taskId));
      const status = (taskId: string): FollowUpStatus | undefined => (taskId.startsWith('open') ? { state: 'open', percentComplete: 0 } : taskId.startsWith('done') ? { state: 'completed' } : undefined);
      return new Map(tasks.flatMap((task): Array<[string, FollowUpStatus]> => {
        const known = status(task.taskId);
        return known ? [[task.taskId, known]] : [];
      }));
    });
    // Not asked before the filter is used: status is read when searched, not kept.
    fireEvent.click(screen.getByRole('button', { name: 'Søk' }));
    await screen.findByText('25 treff vist, flere finnes');
    expect(asked).toEqual([]);
    fireEvent.click(screen.getByLabelText('Bare saker med åpen oppfølging'));
    fireEvent.click(screen.getByRole('button', { name: 'Søk' }));
    await screen.findByText('2 treff vist');
    expect(asked.flat().sort()).toEqual(['done-b', 'done-d', 'gone-e', 'open-a', 'open-c']);
    expect(within(screen.getByRole('list', { name: 'Vedtaksregister' })).getAllByRole('listitem').map((item) => item.querySelector('h3')?.textContent)).toEqual(['Sak 2024.5 Sak nummer 5', 'Sak 2024.8 Sak nummer 8']);
    // The task Graph would not show is said, not silently dropped.
    expect(screen.getByText('Status for 1 oppfølgingspunkt kunne ikke leses', { exact: false })).toBeTruthy();
  });

  it('links a sak to its meeting in the workspace', () => {
    expect(sakHref({ committeeId: 'pm', meetingId: 'm 1' }, 'https://app.example/workspace.html?committee=x#meeting=y')).toBe('https://app.example/workspace.html?committee=pm#meeting=m%201');
  });
});
