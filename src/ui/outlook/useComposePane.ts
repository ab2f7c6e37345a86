import { useCallback, useEffect, useState } from 'react';
import type { Committee, Meeting } from '../../domain/model';
import type { MeetingRepository, Versioned } from '../../domain/ports';
import { newMeetingFromTemplate, previousHeldMeeting } from '../../domain/agendaTemplate';
import { utcToOslo } from '../../domain/dates';
import type { ComposeAppointment } from '../../hosts/outlook/appointment';
import { agendaState, insertAgenda, PROPERTY, type AgendaState, type InsertResult } from './insertAgenda';

export interface ComposePaneDeps {
  appointment: ComposeAppointment;
  repository: MeetingRepository;
  canAttachFiles: boolean;
  appUrl: string;
  newId?: () => string;
}

export type ComposeAgendaState = AgendaState | 'otherMeeting';

export interface ComposePaneState {
  loading: boolean;
  committees: Versioned<Committee>[];
  committeeId: string | undefined;
  meetings: Versioned<Meeting>[];
  meetingId: string | undefined;
  /** The meeting the appointment was linked to earlier (custom property). */
  linkedMeetingId: string | undefined;
  agenda: ComposeAgendaState;
  busy: boolean;
  result: InsertResult | undefined;
  createdDate: string | undefined;
  error: unknown;
}

const sortByDate = (rows: Versioned<Meeting>[]) => [...rows].sort((a, b) => a.value.date.localeCompare(b.value.date));

/**
 * Behaviour of the organiser's pane: what is chosen, whether the invite is up to date, and the
 * actions. The component only renders this. Errors are kept in state (never thrown at React), and
 * nothing the organiser wrote in the appointment is touched until "Sett inn saksliste".
 */
export function useComposePane(deps: ComposePaneDeps) {
  const { appointment, repository } = deps;
  const [state, setState] = useState<ComposePaneState>({
    loading: true,
    committees: [],
    committeeId: undefined,
    meetings: [],
    meetingId: undefined,
    linkedMeetingId: undefined,
    agenda: 'notInserted',
    busy: false,
    result: undefined,
    createdDate: undefined,
    error: undefined,
  });
  const [storedHash, setStoredHash] = useState<string | undefined>(undefined);
  const patch = useCallback((change: Partial<ComposePaneState>) => setState((s) => ({ ...s, ...change })), []);

  const loadMeetings = useCallback(
    async (committeeId: string, preferred?: string) => {
      const meetings = sortByDate(await repository.listMeetings(committeeId));
      const open = meetings.filter((m) => m.value.status === 'draft' || m.value.status === 'noticeSent');
      const meetingId = meetings.find((m) => m.value.id === preferred)?.value.id ?? open[0]?.value.id;
      patch({ committeeId, meetings, meetingId });
    },
    [repository, patch],
  );

  const start = useCallback(async () => {
    patch({ loading: true, error: undefined });
    try {
      const properties = await appointment.loadCustomProperties();
      const linkedMeetingId = properties.get(PROPERTY.meetingId);
      setStoredHash(properties.get(PROPERTY.agendaHash));
      const committees = await repository.listCommittees();
      const committeeId = properties.get(PROPERTY.committeeId) ?? (committees.length === 1 ? committees[0]?.value.id : undefined);
      patch({ committees, linkedMeetingId });
      if (committeeId && committees.some((c) => c.value.id === committeeId)) await loadMeetings(committeeId, linkedMeetingId);
      patch({ loading: false });
    } catch (error) {
      patch({ loading: false, error });
    }
  }, [appointment, repository, loadMeetings, patch]);

  useEffect(() => {
    void start();
  }, [start]);

  const meeting = state.meetings.find((m) => m.value.id === state.meetingId);
  const committee = state.committees.find((c) => c.value.id === state.committeeId);

  // Whether the invite shows this meeting's current agenda.
  useEffect(() => {
    let live = true;
    if (!meeting) return;
    if (state.linkedMeetingId && state.linkedMeetingId !== meeting.value.id) {
      patch({ agenda: 'otherMeeting' });
      return;
    }
    void agendaState(state.linkedMeetingId ? storedHash : undefined, meeting.value).then((agenda) => {
      if (live) patch({ agenda });
    });
    return () => {
      live = false;
    };
  }, [meeting, storedHash, state.linkedMeetingId, patch]);

  const selectCommittee = useCallback(
    (committeeId: string) => {
      patch({ error: undefined, result: undefined, createdDate: undefined, meetings: [], meetingId: undefined });
      loadMeetings(committeeId).catch((error: unknown) => patch({ error }));
    },
    [loadMeetings, patch],
  );

  const selectMeeting = useCallback((meetingId: string) => patch({ meetingId, result: undefined, error: undefined, createdDate: undefined }), [patch]);

  /** A new meeting on the appointment's date and time, with the template's standing items. */
  const createFromAppointment = useCallback(async () => {
    if (!committee) return;
    patch({ busy: true, error: undefined, result: undefined });
    try {
      const [startAt, endAt, location] = await Promise.all([appointment.getStart(), appointment.getEnd(), appointment.getLocation()]);
      const from = utcToOslo(startAt.toISOString());
      const to = utcToOslo(endAt.toISOString());
      const others = state.meetings.map((m) => m.value);
      const previous = previousHeldMeeting(others, { date: from.date, start: from.time });
      const created = newMeetingFromTemplate({
        committee: committee.value,
        date: from.date,
        start: from.time,
        end: to.time,
        place: location.trim() || undefined,
        online: false,
        previousMeeting: previous,
        existingMeetings: others,
        committeeMeetings: others,
        idFactory: deps.newId ?? (() => crypto.randomUUID()),
      });
      const saved = await repository.saveMeeting(created);
      patch({ busy: false, meetings: sortByDate([...state.meetings, saved]), meetingId: saved.value.id, createdDate: from.date });
    } catch (error) {
      patch({ busy: false, error });
    }
  }, [appointment, committee, deps.newId, repository, state.meetings, patch]);

  const insert = useCallback(async () => {
    if (!committee || !meeting) return;
    patch({ busy: true, error: undefined, result: undefined });
    try {
      // The newest stored version, so the invite never shows an agenda older than SharePoint's.
      const latest = (await repository.getMeeting(meeting.value.id)) ?? meeting;
      const result = await insertAgenda({ ...deps }, committee.value, latest);
      setStoredHash(result.agendaHash);
      patch({
        busy: false,
        result,
        linkedMeetingId: latest.value.id,
        meetings: state.meetings.map((m) => (m.value.id === result.meeting.value.id ? result.meeting : m)),
      });
    } catch (error) {
      patch({ busy: false, error });
    }
  }, [committee, meeting, deps, repository, state.meetings, patch]);

  return { state, committee, meeting, selectCommittee, selectMeeting, createFromAppointment, insert, retry: start };
}
