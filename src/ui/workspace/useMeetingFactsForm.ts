import { useState } from 'react';
import { checkMeetingFacts, factsOf, type MeetingFactsField, type MeetingFactsInput, type MeetingFactsProblem } from '../../domain/meetingFacts';
import type { Meeting } from '../../domain/model';

export interface MeetingFactsForm {
  input: MeetingFactsInput;
  problems: Partial<Record<MeetingFactsField, MeetingFactsProblem>>;
  set: <K extends keyof MeetingFactsInput>(key: K, value: MeetingFactsInput[K]) => void;
  /** Checks and applies; on a problem the form keeps every typed value and says which field is wrong. */
  save: () => boolean;
  /** Back to the meeting's current facts ("Avbryt"). */
  reset: () => void;
}

/**
 * The "Endre møtet" form: what the user types stays in the form until it is valid and applied.
 * `apply` is the editor's meeting update (rule-checked, renumbered while the meeting is a draft).
 */
export function useMeetingFactsForm(meeting: Meeting, apply: (facts: MeetingFactsInput) => boolean): MeetingFactsForm {
  const [input, setInput] = useState<MeetingFactsInput>(() => factsOf(meeting));
  const [problems, setProblems] = useState<Partial<Record<MeetingFactsField, MeetingFactsProblem>>>({});
  return {
    input,
    problems,
    set: (key, value) => {
      setInput((current) => ({ ...current, [key]: value }));
      setProblems((current) => {
        if (!(key in current)) return current;
        const rest = { ...current };
        delete rest[key as MeetingFactsField];
        return rest;
      });
    },
    save: () => {
      const check = checkMeetingFacts(input, { written: meeting.written !== undefined });
      if (!check.ok) {
        setProblems(check.problems);
        return false;
      }
      setProblems({});
      return apply(check.facts);
    },
    reset: () => {
      setInput(factsOf(meeting));
      setProblems({});
    },
  };
}
