import * as v from 'valibot';
import { fieldRuleMessage } from './fieldRules';

/**
 * A case number format: {YYYY}, {YY}, {N}, {NN}, {NNN} and literal text (caseNumbering.ts), one serial.
 * Its own module because both the committee (model.ts) and a sakstype with a numbering series of its own
 * (conventions.ts, «RS {N}/{YY}» for a kommunestyre's referatsaker) use it, and model.ts imports conventions.ts.
 */
export const CaseNumberFormatSchema = v.pipe(
  v.string(),
  v.maxLength(40, () => fieldRuleMessage({ code: 'tooLong', field: 'caseNumberFormat', max: 40 })),
  v.check(
    (format) => [...format.matchAll(/\{([^}]*)\}/g)].every(([, token]) => /^(YYYY|YY|N+)$/.test(token ?? '')),
    () => fieldRuleMessage({ code: 'unknownCode', field: 'caseNumberFormat' }),
  ),
  v.check((format) => (format.match(/\{N+\}/g) ?? []).length === 1, () => fieldRuleMessage({ code: 'serialCount', field: 'caseNumberFormat' })),
);
