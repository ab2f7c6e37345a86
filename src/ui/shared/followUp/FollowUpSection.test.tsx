// @vitest-environment jsdom
import * as v from 'valibot';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { CaseNumberSchema, CommitteeSchema, type FollowUp, type FollowUpTask } from '../../../domain/model';
import type { FollowUpStatus } from '../../../domain/followUp';
import type { HostContext } from '../../../hosts/hostContext';
import type { FollowUpTaskInput, FollowUpTasks } from '../../../graph/tasksGateway';
import { createInMemoryMeetingRepository } from '../../../domain/testing/inMemoryMeetingRepository';
import { MotebokProvider } from '../MotebokProvider';
import { ServicesProvider } from '../ServicesContext';
import { testServices } from '../testing/testServices';
import { FollowUpSection } from './FollowUpSection';
import { sakLink, useFollowUps } from './useFollowUps';
import { describeError } from '../describeError';
import { setLanguage, translate } from '../i18n';
import '../commonText';

afterEach(() => cleanup());

const committee = v.parse(CommitteeSchema, { id: 'pm', name: 'Partnerskapsmøtet', shortName: 'PM', languageForm: 'nb', members: [], followUpPlanId: 'plan-1' });
const per = { name: 'Per Christian Voss', directoryId: 'per-id' };
const done: FollowUp = { id: 'f1', what: 'Lag plan for samhandling', who: per, due: '2026-05-01', task: { kind: 'planner', taskId: 't1', planId: 'plan-1' } };
const item = { id: 'i3', caseNumber: v.parse(CaseNumberSchema, '2026.03'), title: 'Samhandlingsavtalen', conclusion: ['Partnerskapsmøtet ber om en plan.'], followUps: [done] };

/** Planner/To Do as the test says it is: a status per task, and the tasks made. */
function fakeTasks(statuses: Record<string, FollowUpStatus>) {
  const made: { input: FollowUpTaskInput; planId: string | undefined }[] = [];
  const tasks: FollowUpTasks = {
    create: async (input, planId): Promise<FollowUpTask> => {
      made.push({ input, planId });
      return { kind: 'planner', taskId: `t${made.length + 1}`, planId: planId ?? '' };
    },
    statuses: async (list) => new Map(list.map((task) => [task.taskId, statuses[task.taskId] ?? { state: 'unknown' }])),
  };
  return { tasks, made };
}

function renderSection(tasks: FollowUpTasks, added: FollowUp[] = []) {
  const hostContext: HostContext = { host: 'teams', frameContext: 'sidePanel', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };
  const services = testServices(hostContext, createInMemoryMeetingRepository({ committees: [committee], meetings: [] }), { followUps: async () => tasks });
  render(
    <MotebokProvider host={hostContext}>
      <ServicesProvider services={services}>
        <FollowUpSection committee={committee} meeting={{ id: 'm1' }} item={item} itemName="2026.03 Samhandlingsavtalen" conclusionWord="konklusjonen" canEdit onAdd={(f) => added.push(f)} />
      </ServicesProvider>
    </MotebokProvider>,
  );
}

describe('FollowUpSection', () => {
  it('reads nothing until opened, then shows each point with its status from Planner', async () => {
    const { tasks } = fakeTasks({ t1: { state: 'completed', completedAt: '2026-04-20T09:00:00Z' } });
    renderSection(tasks);
    const toggle = screen.getByRole('button', { name: 'Oppfølging (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(await screen.findByText('Fullført 20.04.2026', {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Oppfølgingspunkter' }).textContent).toContain('Lag plan for samhandling – Per Christian Voss, frist 01.05.2026');
    expect(screen.getByText('Oppgaven legges i Planner-planen til møteorganet og tildeles den ansvarlige.')).toBeTruthy();
  });
});

describe('useFollowUps', () => {
  it('makes the task in the committee’s plan with a link back to the sak, then adds the point with only the task’s reference', async () => {
    const { tasks, made } = fakeTasks({});
    const added: FollowUp[] = [];
    const { result } = renderHook(() =>
      useFollowUps({ tasks: async () => tasks, committee, meeting: { id: 'm1' }, item, onAdd: (f) => added.push(f), pageUrl: 'https://app.example/sidepanel.html?x=1', newId: () => 'new-1' }),
    );
    let ok = false;
    await act(async () => {
      ok = await result.current.create({ what: ' Send brev ', who: per, due: '2026-09-01' });
    });
    expect(ok).toBe(true);
    expect(made).toEqual([{ input: { what: 'Send brev', who: per, due: '2026-09-01', link: { webUrl: 'https://app.example/workspace.html?committee=pm#meeting=m1', title: '2026.03 Samhandlingsavtalen' }, notes: '2026.03 Samhandlingsavtalen' }, planId: 'plan-1' }]);
    expect(added).toEqual([{ id: 'new-1', what: 'Send brev', who: per, due: '2026-09-01', task: { kind: 'planner', taskId: 't2', planId: 'plan-1' } }]);
    await waitFor(() => expect(result.current.status.kind).toBe('ready'));
  });

  it('reports a field the schema refuses worded in the user’s language, naming what to fix, and makes no task', async () => {
    const { tasks, made } = fakeTasks({});
    const { result } = renderHook(() => useFollowUps({ tasks: async () => tasks, committee, meeting: { id: 'm1' }, item, onAdd: () => undefined }));
    await setLanguage('nn');
    try {
      await act(async () => {
        await result.current.create({ what: 'Send brev', who: per, due: '1.9.2026' });
      });
      expect(describeError(result.current.createError, (key) => translate('common', key)).message).toBe('Dato må ha forma ÅÅÅÅ-MM-DD');
      expect(made).toEqual([]);
    } finally {
      await setLanguage('nb');
    }
  });

  it('links to the workspace on the same host, committee and meeting encoded', () => {
    expect(sakLink('https://host.example/app/sidepanel.html', 'p m', 'a/b')).toBe('https://host.example/app/workspace.html?committee=p%20m#meeting=a%2Fb');
  });
});
