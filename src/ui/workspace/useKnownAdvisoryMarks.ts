import { useEffect, useRef } from 'react';
import type { Committee, Meeting } from '../../domain/model';
import type { AgendaEditor } from './agendaEditor';

/**
 * The open meeting's saksganger follow the committees' current setting (domain/caseRoute.ts `routeWithKnownAdvisory`): a step
 * naming a råd set up as one that gives uttalelser after the step was typed is marked `advisory` when the meeting is read, and
 * saved through the editor as any change, so the innkalling sent from here, the side panel and the stage (which know only
 * their own committee) read it marked, no «Innstilling fra» the råd, without the step being typed again; a setting taken
 * back unmarks it. Only while the saksliste may change (a draft, or a sent innkalling before the meeting); nothing saved
 * when no mark changes. The rules of the saksgang are fetched only for a meeting that has one (the chunk `case-route-words`).
 */
export function useKnownAdvisoryMarks(editor: AgendaEditor, meeting: Meeting, committees: readonly Committee[] | undefined): void {
  const routed = meeting.items.some((item) => (item.caseRoute?.length ?? 0) > 0);
  const editable = meeting.status === 'draft' || meeting.status === 'noticeSent';
  // The committees' names and settings as a key: the list is made anew on every render of the workspace.
  const latest = useRef(committees);
  latest.current = committees;
  const known = JSON.stringify((committees ?? []).map((committee) => [committee.name, committee.conventions?.advisory === true]));
  const routes = JSON.stringify(meeting.items.map((item) => item.caseRoute ?? null));
  useEffect(() => {
    if (!routed || !editable) return;
    const list = latest.current ?? [];
    if (list.length === 0) return;
    let cancelled = false;
    void import(/* webpackChunkName: "case-route-words" */ '../../domain/caseRoute').then(({ routeWithKnownAdvisory }) => {
      if (cancelled) return;
      for (const item of editor.getState().meeting.items) {
        const route = routeWithKnownAdvisory(item.caseRoute, list);
        if (route !== undefined) editor.updateItem(item.id, { caseRoute: route });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [editor, routed, editable, known, routes]);
}
