import { useState } from 'react';
import {
  checkCommitteeSettings,
  checkExternalMember,
  settingsOf,
  type CommitteeSettingsField,
  type CommitteeSettingsInput,
  type CommitteeSettingsProblem,
  type ExternalMemberProblem,
} from '../../domain/committeeSettings';
import type { Committee, Person } from '../../domain/model';
import { ConflictError, type MeetingRepository, type Versioned } from '../../domain/ports';

export type CommitteeSaveState = 'idle' | 'saving' | 'saved' | 'conflict' | 'error';

export interface CommitteeSettings {
  input: CommitteeSettingsInput;
  problems: Partial<Record<CommitteeSettingsField, CommitteeSettingsProblem>>;
  saveState: CommitteeSaveState;
  error: unknown;
  set: <K extends keyof CommitteeSettingsInput>(key: K, value: CommitteeSettingsInput[K]) => void;
  /** An external member typed by hand; problems come back and nothing is added when they exist. */
  addExternalMember: (name: string, email: string, organisation: string) => ExternalMemberProblem[];
  removeMember: (member: Person) => void;
  /** Saves with the version the form was opened on; a 412 keeps the form as typed and reports a conflict. */
  save: () => Promise<Versioned<Committee> | undefined>;
  /** Conflict: take what is stored now (the typed form is replaced). */
  reload: () => Promise<void>;
  /** Conflict: write the form over what is stored. */
  keepMine: () => Promise<Versioned<Committee> | undefined>;
}

/**
 * The secretariat's committee settings (also "Nytt møteorgan": `stored.version` undefined).
 * Kept as typed until saved; the committee written is always parsed by the domain schema.
 */
export function useCommitteeSettings(stored: Versioned<Committee> | { value: Committee; version: undefined }, repository: Pick<MeetingRepository, 'saveCommittee' | 'listCommittees'>): CommitteeSettings {
  const [input, setInput] = useState<CommitteeSettingsInput>(() => settingsOf(stored.value));
  const [base, setBase] = useState<{ value: Committee; version: string | undefined }>(stored);
  const [problems, setProblems] = useState<Partial<Record<CommitteeSettingsField, CommitteeSettingsProblem>>>({});
  const [saveState, setSaveState] = useState<CommitteeSaveState>('idle');
  const [error, setError] = useState<unknown>(undefined);

  const write = async (version: string | undefined): Promise<Versioned<Committee> | undefined> => {
    const check = checkCommitteeSettings(input, base.value);
    if (!check.ok) {
      setProblems(check.problems);
      return undefined;
    }
    setProblems({});
    setSaveState('saving');
    setError(undefined);
    try {
      const saved = await repository.saveCommittee(check.committee, version);
      setBase(saved);
      setSaveState('saved');
      return saved;
    } catch (caught) {
      // The repository reports a stale version as ConflictError; nothing else is a conflict.
      setError(caught);
      setSaveState(caught instanceof ConflictError ? 'conflict' : 'error');
      return undefined;
    }
  };

  const current = async (): Promise<Versioned<Committee> | undefined> => (await repository.listCommittees()).find((entry) => entry.value.id === base.value.id);

  return {
    input,
    problems,
    saveState,
    error,
    set: (key, value) => {
      setInput((previous) => ({ ...previous, [key]: value }));
      if (saveState === 'saved') setSaveState('idle');
    },
    addExternalMember: (name, email, organisation) => {
      const check = checkExternalMember(name, email, organisation, input.members);
      if (!check.ok) return check.problems;
      setInput((previous) => ({ ...previous, members: [...previous.members, check.person] }));
      return [];
    },
    removeMember: (member) => setInput((previous) => ({ ...previous, members: previous.members.filter((entry) => entry !== member) })),
    save: () => write(base.version),
    reload: async () => {
      const fresh = await current();
      if (!fresh) return;
      setBase(fresh);
      setInput(settingsOf(fresh.value));
      setSaveState('idle');
      setError(undefined);
    },
    keepMine: async () => write((await current())?.version),
  };
}
