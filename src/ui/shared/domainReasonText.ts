import { DomainError, type DomainReason, type DomainReasonValue } from '../../domain/errors';
import type { Wording } from '../../domain/conventions';
import { registerMessages, translate, type TextValues } from './i18n';
import { domainReasonMessages } from './domainReasonMessages';
import { errorRuleText, formatted, wordArguments } from './fieldRuleText';
import { wordRefusals } from './describeError';

/**
 * What the meeting rules refuse, in the user's language: the domain says why as data (a
 * `DomainReason` of `domain/errors.ts`: a key and its arguments, a DomainError's `reason`, a file
 * name's problems), this words it from the `domainReasons` namespace (`domainReasonMessages.ts`).
 * "Sak 2026.03 er sendt ut med innkallingen og kan ikke slettes …", "Item 2026.03 was sent out …".
 * A reason that names the record or its decisions («Protokollen er allerede godkjent») says them in
 * the committee's `words` where the screen gives them, the default words elsewhere (`wordArguments`).
 * In the chunk `meeting-file-text` with the fields' rules (`fieldRuleText.ts`); `describeError`
 * words a DomainError through it once it is here (`wordingReady` fetches it).
 */

registerMessages('domainReasons', domainReasonMessages);

/** A reason's sentence; an argument that is a reason (or reasons) is worded first, a number formatted for the language. */
export function domainReasonText(reason: DomainReason, words?: Wording): string {
  const values: TextValues = wordArguments(words);
  const given = 'values' in reason ? (reason.values as Record<string, DomainReasonValue>) : {};
  for (const [name, value] of Object.entries(given)) values[name] = argument(value, words);
  return translate('domainReasons', reason.key, values);
}

function argument(value: DomainReasonValue, words: Wording | undefined): string {
  if (typeof value === 'number') return formatted(value);
  if (typeof value === 'string') return value;
  const text = (reason: DomainReason) => domainReasonText(reason, words);
  return Array.isArray(value) ? (value as readonly DomainReason[]).map(text).join(' ') : text(value as DomainReason);
}

/** A refusal worded: its reason, else the rule of a field it carries (`fieldRuleText.ts`). */
export function refusalText(error: Error, words?: Wording): string {
  return error instanceof DomainError && error.reason ? domainReasonText(error.reason, words) : errorRuleText(error, words);
}

wordRefusals(refusalText, domainReasonText);
