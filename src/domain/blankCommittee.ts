import { DEFAULT_CASE_NUMBER_FORMAT, type Committee, type Person } from './model';

/**
 * A new committee's starting point: numbers as 2026.03 running through the year, and vedlegg as file
 * and link; its `creator` (who is signed in, when known) in its secretariat, so the first save is not
 * refused for want of someone managing its access (`hasManager`). They can be removed like anyone else.
 */
export function blankCommittee(id: string, creator?: Person): Committee {
  return {
    id,
    name: '',
    shortName: '',
    languageForm: 'nb',
    members: [],
    ...(creator ? { secretariat: [creator] } : {}),
    caseNumberFormat: DEFAULT_CASE_NUMBER_FORMAT,
    caseNumberSerial: 'perYear',
    attachmentMode: 'fileAndLink',
    logos: [],
  };
}
