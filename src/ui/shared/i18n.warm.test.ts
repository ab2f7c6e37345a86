import { expect, it } from 'vitest';
import { intlFormattersMade } from '../../domain/testing/intlFormattersMade';
import { registerMessages, translate, warmNumberFormat } from './i18n';

const numberFormats = intlFormattersMade('NumberFormat');

// Its own file: Lingui keeps its formats for the life of the module, so no other test may have made one first.
it("makes the number format a plural text's count uses, so the first such text makes none", () => {
  registerMessages('warm', {
    nb: { items: '{count, plural, one {# sak} other {# saker}}' },
    nn: { items: '{count, plural, one {# sak} other {# saker}}' },
    en: { items: '{count, plural, one {# item} other {# items}}' },
  });
  const counter = numberFormats.count();
  warmNumberFormat();
  expect(counter.made).toBe(1);
  expect(translate('warm', 'items', { count: 3 })).toBe('3 saker');
  expect(counter.made).toBe(1);
});
