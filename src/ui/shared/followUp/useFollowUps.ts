import { useCallback, useEffect, useRef, useState } from 'react';
import { checkFollowUpDraft, type FollowUpDraft, type FollowUpStatus } from '../../../domain/followUp';
import type { AgendaItem, Committee, FollowUp, Meeting } from '../../../domain/model';
import type { FollowUpTasks } from '../../../graph/tasksGateway';
import { wordingReady } from '../describeError';

export type StatusState = { kind: 'loading' } | { kind: 'ready'; statuses: ReadonlyMap<string, FollowUpStatus> } | { kind: 'failed'; error: unknown };

/** The link back to the sak a task carries: the workspace with the committee and the meeting open. */
export function sakLink(pageUrl: string, committeeId: string, meetingId: string): string {
  const url = new URL('workspace.html', pageUrl);
  url.search = `?committee=${encodeURIComponent(committeeId)}`;
  url.hash = `#meeting=${encodeURIComponent(meetingId)}`;
  return url.toString();
}

/**
 * A sak's oppfølgingspunkter: their status as Planner/To Do says now (read when shown, never
 * stored), and making a new one — the task first, then the point on the sak through `onAdd`
 * (the surface's save: the side panel's session, the workspace's editor).
 */
export function useFollowUps(options: {
  tasks: (() => Promise<FollowUpTasks>) | undefined;
  committee: Pick<Committee, 'id' | 'followUpPlanId'>;
  meeting: Pick<Meeting, 'id'>;
  item: Pick<AgendaItem, 'caseNumber' | 'title' | 'followUps'>;
  onAdd: (followUp: FollowUp) => void;
  pageUrl?: string;
  newId?: () => string;
}) {
  const { tasks, committee, meeting, item, onAdd } = options;
  const followUps = item.followUps ?? [];
  const [status, setStatus] = useState<StatusState>({ kind: 'loading' });
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>(undefined);
  const [created, setCreated] = useState(false);
  const taskKey = followUps.map((f) => f.task.taskId).join('|');
  // The latest gateway and points, read when a refresh runs: a caller's new function identity must not start another read.
  const latest = useRef({ tasks, followUps });
  latest.current = { tasks, followUps };

  const refresh = useCallback(async () => {
    const { tasks, followUps } = latest.current;
    if (!tasks) return setStatus({ kind: 'failed', error: new Error('no tasks service here (Services.tasks)') });
    if (followUps.length === 0) return setStatus({ kind: 'ready', statuses: new Map() });
    setStatus({ kind: 'loading' });
    try {
      setStatus({ kind: 'ready', statuses: await (await tasks()).statuses(followUps.map((f) => f.task)) });
    } catch (error) {
      setStatus({ kind: 'failed', error });
    }
    // taskKey stands for the list of tasks: a new point reads the statuses again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [taskKey]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Makes the task and records the point; false (with the reason in `createError`) when it could not. What was typed stays with the caller. */
  const create = async (draft: FollowUpDraft): Promise<boolean> => {
    setCreateError(undefined);
    setCreated(false);
    try {
      const checked = checkFollowUpDraft(draft);
      if (!tasks) throw new Error('no tasks service here (Services.tasks)');
      setCreating(true);
      const title = item.caseNumber ? `${item.caseNumber} ${item.title}` : item.title;
      const task = await (await tasks()).create(
        {
          what: checked.what,
          who: checked.who,
          ...(checked.due ? { due: checked.due } : {}),
          link: { webUrl: sakLink(options.pageUrl ?? window.location.href, committee.id, meeting.id), title },
          notes: title,
        },
        committee.followUpPlanId,
      );
      onAdd({ id: (options.newId ?? (() => crypto.randomUUID()))(), what: checked.what, who: checked.who, ...(checked.due ? { due: checked.due } : {}), task });
      setCreated(true);
      return true;
    } catch (error) {
      // Its words first, when they are a chunk of their own (a field's rule): shown worded at once.
      await wordingReady(error);
      setCreateError(error);
      return false;
    } finally {
      setCreating(false);
    }
  };

  return { followUps, status, refresh, create, creating, createError, created, usesPlanner: committee.followUpPlanId !== undefined };
}
