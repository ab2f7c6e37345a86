import * as v from 'valibot';
import { useCallback, useState } from 'react';
import {
  checkCommitteeSettings,
  checkExternalMember,
  folderNameTaken,
  settingsOf,
  withMemberChange,
  withPreset,
  type CommitteeSettingsField,
  type CommitteeSettingsInput,
  type CommitteeSettingsProblem,
  type ExternalMemberProblem,
  type MemberChange,
} from '../../domain/committeeSettings';
import { exampleCaseNumber } from '../../domain/caseNumbering';
import { hasManager } from '../../domain/committeeAccess';
import type { CommitteePresetId } from '../../domain/committeePresets';
import { CommitteeSchema, type Committee, type Person } from '../../domain/model';
import { ConflictError, type MeetingRepository, type Versioned } from '../../domain/ports';
import { changedFields, clashingFields } from '../shared/autosave/fieldClashes';

export type CommitteeSaveState = 'idle' | 'saving' | 'saved' | 'conflict' | 'error';

export interface CommitteeSettings {
  input: CommitteeSettingsInput;
  /**
   * Every bad field's problem at once, from the first save refused on: checked again on each change, so a field put right
   * (an optional e-mail emptied) loses its message at once and the others keep theirs. None before a save is tried.
   */
  problems: Partial<Record<CommitteeSettingsField, CommitteeSettingsProblem>>;
  saveState: CommitteeSaveState;
  error: unknown;
  /**
   * Nobody in the secretariat as typed has an e-mail address (`committeeAccess.ts` `hasManager`), so
   * nobody could manage the committee's access: the save refuses it (`noManager`), and a committee
   * saved so before the rule is warned about when its settings are opened.
   */
  unmanaged: boolean;
  /** Sak 3 of this year in the format as typed ("Sak 03-26"), live; undefined while the format is not valid. */
  caseNumberExample: string | undefined;
  set: <K extends keyof CommitteeSettingsInput>(key: K, value: CommitteeSettingsInput[K]) => void;
  /**
   * A whole-number field (`WholeNumberField`: notice days, shares, co-signers) holds text that is no such number: it says so
   * on itself, and a save is refused until it is put right or emptied, so what was typed is never saved over unseen.
   */
  typedWrong: (field: string, wrong: boolean) => void;
  /** "Nytt møteorgan": fills målform, case numbers and conventions from a preset, keeping what was typed. */
  applyPreset: (id: CommitteePresetId) => void;
  /** An external member typed by hand; problems come back and nothing is added when they exist. */
  addExternalMember: (name: string, email: string, organisation: string) => ExternalMemberProblem[];
  /** What `addExternalMember` would refuse in what is typed, without adding (the form's messages as it is typed). */
  checkExternalMember: (name: string, email: string, organisation: string) => ExternalMemberProblem[];
  removeMember: (member: Person) => void;
  /**
   * A member's role, office, role group, member as personal vara (`withMemberChange`: one leder, who is «Fast møteleder» too),
   * or organisation and title as typed — for any member, picked from the directory or typed by hand.
   */
  changeMember: (index: number, change: MemberChange) => void;
  /**
   * Saves with the version the form was opened on. Someone else saved meanwhile: their changes to
   * other fields are kept and the form's saved over them (the autosave engine's rule); a change to
   * the same field keeps the form as typed and reports a conflict.
   */
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
  // A save was tried: from then on the form is checked as it is typed. `taken`: the name another committee had when saved.
  const [tried, setTried] = useState(false);
  const [taken, setTaken] = useState<string | undefined>(undefined);
  const [wrongNumbers, setWrongNumbers] = useState<ReadonlySet<string>>(new Set());
  const [saveState, setSaveState] = useState<CommitteeSaveState>('idle');
  const [error, setError] = useState<unknown>(undefined);

  /** 'rebase': on a stale version, save over theirs unless a field clashes; 'mine': over theirs regardless. */
  const write = async (mode: 'rebase' | 'mine'): Promise<Versioned<Committee> | undefined> => {
    setTried(true);
    const check = checkCommitteeSettings(input, base.value);
    if (!check.ok || wrongNumbers.size > 0) return undefined;
    setSaveState('saving');
    setError(undefined);
    try {
      // A new committee, or a new name: not one another committee has (they would share a library folder).
      if (base.version === undefined || check.committee.name !== base.value.name) {
        const others = (await repository.listCommittees()).map((entry) => entry.value);
        if (folderNameTaken(check.committee, others)) {
          setTaken(check.committee.name);
          setSaveState('idle');
          return undefined;
        }
      }
      const { saved, merged } = mode === 'mine' ? await saveOverTheirs(check.committee) : await saveRebasing(check.committee);
      setBase(saved);
      // What others changed in other fields is now part of the form, so the next save keeps it.
      if (merged) setInput(settingsOf(saved.value));
      setSaveState('saved');
      return saved;
    } catch (caught) {
      // The repository reports a stale version as ConflictError; nothing else is a conflict.
      setError(caught);
      setSaveState(caught instanceof ConflictError ? 'conflict' : 'error');
      return undefined;
    }
  };

  const saveRebasing = async (committee: Committee): Promise<{ saved: Versioned<Committee>; merged: boolean }> => {
    try {
      return { saved: await repository.saveCommittee(committee, base.version), merged: false };
    } catch (caught) {
      if (!(caught instanceof ConflictError) || base.version === undefined) throw caught;
      const fresh = await current();
      if (!fresh || clashingFields(changedFields(base.value, committee), base.value, fresh.value).length > 0) throw caught;
      return saveOverTheirs(committee, fresh);
    }
  };

  /** The form's changes (from what it was opened on) laid over what is stored now. */
  const saveOverTheirs = async (committee: Committee, known?: Versioned<Committee>): Promise<{ saved: Versioned<Committee>; merged: boolean }> => {
    const fresh = known ?? (await current());
    if (!fresh) return { saved: await repository.saveCommittee(committee, undefined), merged: false };
    const merged = v.parse(CommitteeSchema, { ...fresh.value, ...changedFields(base.value, committee) });
    return { saved: await repository.saveCommittee(merged, fresh.version), merged: true };
  };

  const current = async (): Promise<Versioned<Committee> | undefined> => (await repository.listCommittees()).find((entry) => entry.value.id === base.value.id);

  // One function for the form's life: the fields tell it from an effect.
  const typedWrong = useCallback((field: string, wrong: boolean) =>
    setWrongNumbers((previous) => {
      if (previous.has(field) === wrong) return previous;
      const next = new Set(previous);
      if (wrong) next.add(field);
      else next.delete(field);
      return next;
    }), []);
  const checked = tried ? checkCommitteeSettings(input, base.value) : undefined;
  const problems: Partial<Record<CommitteeSettingsField, CommitteeSettingsProblem>> = {
    ...(checked?.ok === false ? checked.problems : {}),
    ...(taken !== undefined && input.name.trim() === taken ? { name: 'nameTaken' as const } : {}),
  };
  return {
    input,
    problems,
    saveState,
    error,
    unmanaged: !hasManager(input),
    caseNumberExample: exampleCaseNumber(input.caseNumberFormat.trim(), new Date().getFullYear(), 3),
    set: (key, value) => {
      setInput((previous) => ({ ...previous, [key]: value }));
      // Another målform: the presets' sentences among the conventions follow it («tok saka til orientering»), fetched on use.
      if (key === 'languageForm') {
        void import(/* webpackChunkName: "preset-sentences" */ '../../domain/presetSentences').then(({ presetWordsIn, presetGroupsIn }) =>
          // The preset's role groups follow too («Arbeidstakarsida»), with the members placed in them.
          setInput((previous) => {
            const form = previous.languageForm;
            return presetGroupsIn({ ...previous, conventions: presetWordsIn(previous.conventions, form) }, form);
          }),
        );
      }
      if (saveState === 'saved') setSaveState('idle');
    },
    typedWrong,
    applyPreset: (id) => setInput((previous) => withPreset(previous, id)),
    addExternalMember: (name, email, organisation) => {
      const check = checkExternalMember(name, email, organisation, input.members);
      if (!check.ok) return check.problems;
      setInput((previous) => ({ ...previous, members: [...previous.members, check.person] }));
      return [];
    },
    checkExternalMember: (name, email, organisation) => {
      const check = checkExternalMember(name, email, organisation, input.members);
      return check.ok ? [] : check.problems;
    },
    removeMember: (member) => setInput((previous) => ({ ...previous, members: previous.members.filter((entry) => entry !== member) })),
    changeMember: (index, change) => {
      setInput((previous) => withMemberChange(previous, index, change));
      if (saveState === 'saved') setSaveState('idle');
    },
    save: () => write('rebase'),
    reload: async () => {
      const fresh = await current();
      if (!fresh) return;
      setBase(fresh);
      setInput(settingsOf(fresh.value));
      setSaveState('idle');
      setError(undefined);
    },
    keepMine: () => write('mine'),
  };
}
