import { registerMessages, translate } from './i18n';
import { typeNameMessages } from './typeNameMessages';

registerMessages('typeNames', typeNameMessages);

/** The type a field should have had, in the user's language ("en liste"); a type without a name as the schema names it. */
export function typeName(expected: string): string {
  return Object.hasOwn(typeNameMessages.nb, expected) ? translate('typeNames', expected) : expected;
}
