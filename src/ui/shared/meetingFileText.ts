import type { FileProblem, InvalidMeetingError, MeetingFileError } from '../../domain/fileProblems';
import { currentLanguage, type Translate } from './i18n';
import type { CommonKey } from './messages';

/**
 * A meeting file or a meeting to save that the schema refuses, in the user's language: the domain
 * says which field and what is wrong as data (`domain/meetingFile.ts`), this words it from the
 * `common` namespace (`file.*`). A rule written into the schemas (model.ts) keeps its own message.
 * "meeting.items[2].title: Mangler", "Sak 2026.03: Tittelen kan ha høyst 255 tegn."
 */

type T = Translate<CommonKey>;

const TYPES = ['string', 'number', 'int', 'boolean', 'array', 'object', 'null', 'undefined'] as const;

/** «a, b og c» in the language on screen. */
function listed(items: readonly string[]): string {
  const language = currentLanguage();
  return new Intl.ListFormat(language === 'xx-LS' ? 'nb' : language, { type: 'conjunction' }).format(items);
}

/** What is wrong with one field: "Mangler", "Skal være en liste". */
export function fileProblemText(problem: FileProblem, t: T): string {
  switch (problem.code) {
    case 'missing':
      return t('file.missing');
    case 'wrongType': {
      const known = TYPES.find((type) => type === problem.expected);
      return t('file.wrongType', { type: known ? t(`file.type.${known}`) : problem.expected });
    }
    case 'notAllowed':
      return t('file.notAllowed', { allowed: problem.allowed.join(', ') });
    case 'tooSmall': {
      const key = problem.of === 'text' ? 'file.minText' : problem.of === 'list' ? 'file.minList' : problem.inclusive ? 'file.minNumber' : 'file.moreThan';
      return t(key, { limit: problem.limit });
    }
    case 'tooBig': {
      const key = problem.of === 'text' ? 'file.maxText' : problem.of === 'list' ? 'file.maxList' : problem.inclusive ? 'file.maxNumber' : 'file.lessThan';
      return t(key, { limit: problem.limit });
    }
    case 'badFormat':
      return t(problem.format === 'email' ? 'file.badEmail' : problem.format === 'url' ? 'file.badUrl' : 'file.badFormat');
    case 'unknownType':
      return t('file.unknownType', { allowed: problem.allowed.join(', ') });
    case 'unknownField':
      return t('file.unknownField');
    case 'notJson':
      return t('file.notJson');
    case 'unknownVersion':
      return t('file.unknownVersion', { version: problem.version, readable: listed(problem.readable) });
    case 'caseNumberFormat':
      return t('file.caseNumberFormat', { format: problem.format });
    case 'invalid':
      return t('file.invalidValue');
    case 'rule':
      return problem.message;
  }
}

/** Every problem of a meeting file, one a line under a heading ("meeting.items[0].title: Mangler"). */
export function meetingFileErrorText(error: MeetingFileError, t: T): string {
  const lines = error.problems.map(({ path, problem }) => t('file.line', { path, problem: fileProblemText(problem, t) }));
  return [t('file.invalid', { count: error.problems.length }), ...lines].join('\n');
}

/** A meeting that cannot be saved, each problem with the sak it is in ("Sak 2026.03: Tittelen kan ha høyst 255 tegn."). */
export function invalidMeetingText(error: InvalidMeetingError, t: T): string {
  const lines = error.problems.map(({ item, problem }) => {
    const text = fileProblemText(problem, t).replace(/\.$/, '');
    return item ? t('file.inItem', { name: item.caseNumber ?? String(item.position + 1), problem: text }) : t('file.inMeeting', { problem: text });
  });
  return [t('file.cannotSave'), ...lines].join('\n');
}
