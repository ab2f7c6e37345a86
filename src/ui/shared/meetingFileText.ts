import type { FileProblem, InvalidMeetingError, MeetingFileError } from '../../domain/fileProblems';
import type { Wording } from '../../domain/conventions';
import { afterSakWord } from '../../domain/sakWord';
import { wordInvalidMeeting } from './describeError';
import { currentLanguage, registerMessages, translate, type TextValues } from './i18n';
import { meetingFileMessages, type MeetingFileKey } from './meetingFileMessages';
import { typeName } from './typeNames';
import { fieldRuleText } from './fieldRuleText';
// Its side effect: describeError words a DomainError's reason or rule once this chunk is here.
import './domainReasonText';

/**
 * A meeting file or a meeting to save that the schema refuses, in the user's language: the domain
 * says which field and what is wrong as data (`domain/fileProblems.ts`), this words it from the
 * `meetingFile` namespace (`meetingFileMessages.ts`); a rule of the model's fields through
 * `fieldRuleText` (the `fieldRules` namespace), rules across fields (meetingRules.ts) and the
 * committee's sakstyper included. "meeting.items[2].title: Mangler", "Sak 2026.03: Tittelen kan ha høyst 255 tegn."
 * Not in a page's start-up: `describeError` says a short line until this module is here (the save
 * engine fetches it before it reports such a failure), and words the error through it after.
 */

registerMessages('meetingFile', meetingFileMessages);
const t = (key: MeetingFileKey, values?: TextValues) => translate('meetingFile', key, values);

/** «a, b og c» in the language on screen. */
function listed(items: readonly string[]): string {
  const language = currentLanguage();
  return new Intl.ListFormat(language === 'xx-LS' ? 'nb' : language, { type: 'conjunction' }).format(items);
}

/** What is wrong with one field: "Mangler", "Skal være en liste"; a field that names the record or its decisions in the committee's `words`. */
export function fileProblemText(problem: FileProblem, words?: Wording): string {
  switch (problem.code) {
    case 'missing':
      return t('missing');
    case 'wrongType':
      return t('wrongType', { type: typeName(problem.expected) });
    case 'notAllowed':
      return t('notAllowed', { allowed: problem.allowed.join(', ') });
    case 'tooSmall': {
      const key = problem.of === 'text' ? 'minText' : problem.of === 'list' ? 'minList' : problem.inclusive ? 'minNumber' : 'moreThan';
      return t(key, { limit: problem.limit });
    }
    case 'tooBig': {
      const key = problem.of === 'text' ? 'maxText' : problem.of === 'list' ? 'maxList' : problem.inclusive ? 'maxNumber' : 'lessThan';
      return t(key, { limit: problem.limit });
    }
    case 'badFormat':
      return t(problem.format === 'email' ? 'badEmail' : problem.format === 'url' ? 'badUrl' : 'badFormat');
    case 'unknownType':
      return t('unknownType', { allowed: problem.allowed.join(', ') });
    case 'unknownField':
      return t('unknownField');
    case 'notJson':
      return t('notJson');
    case 'unknownVersion':
      return t('unknownVersion', { version: problem.version, readable: listed(problem.readable) });
    case 'caseNumberFormat':
      return t('caseNumberFormat', { format: problem.format });
    case 'invalid':
      return t('invalidValue');
    case 'field':
      return fieldRuleText(problem.rule, words);
  }
}

/** Every problem of a meeting file, one a line under a heading ("meeting.items[0].title: Mangler"). */
export function meetingFileErrorText(error: MeetingFileError): string {
  const lines = error.problems.map(({ path, problem }) => t('line', { path, problem: fileProblemText(problem) }));
  return [t('invalid', { count: error.problems.length }), ...lines].join('\n');
}

/** A meeting that cannot be saved, each problem with the sak it is in ("Sak 2026.03: Tittelen kan ha høyst 255 tegn."). */
export function invalidMeetingText(error: InvalidMeetingError, words?: Wording): string {
  const lines = error.problems.map(({ item, problem }) => {
    const text = fileProblemText(problem, words).replace(/\.$/, '');
    return item ? t('inItem', { name: item.caseNumber ? afterSakWord(item.caseNumber) : String(item.position + 1), problem: text }) : t('inMeeting', { problem: text });
  });
  return [t('cannotSave'), ...lines].join('\n');
}

wordInvalidMeeting(invalidMeetingText);
