/**
 * The one rule from a locale to Møtebok's language: the catalogues (`i18n.ts`) and the page's
 * placeholder before them (`bootText.ts`) both choose with it. Here, apart from i18n.ts, so a
 * page's entry can use it without Lingui or React.
 */
export type AppLanguage = 'nb' | 'nn' | 'en' | 'xx-LS';

/** nn-NO → nynorsk, en-* → English, the pseudo-locale as itself; everything else bokmål. */
export function languageFromLocale(locale: string | undefined): AppLanguage {
  const normalised = (locale ?? '').trim().toLowerCase();
  if (normalised === 'xx-ls') return 'xx-LS';
  const primary = normalised.split(/[-_]/)[0];
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  return 'nb';
}

/** The `lang` attribute for the document: the pseudo-locale is marked as bokmål (screen readers). */
export function htmlLang(language: AppLanguage): string {
  return language === 'xx-LS' ? 'nb' : language;
}
