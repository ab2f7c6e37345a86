import { htmlLang, languageFromLocale } from './language';

/**
 * What a page says before its screens and catalogues are here: the placeholder of page.html
 * ("Laster Møtebok …", bokmål until a script runs) and the plain-DOM message when the screens
 * cannot be fetched. A few words per language in the entry itself, so a nynorsk or English user
 * hears her own language from the entry's first step on, not after the screens' chunk; chosen by
 * the one rule (`languageFromLocale`). The catalogues say the same (`common` namespace:
 * `app.loading`, `error.reload`; `bootText.test.ts` keeps them equal).
 */
export interface BootText {
  /** The `lang` of the text (the pseudo-locale reads bokmål). */
  lang: string;
  loading: string;
  screensMissing: string;
  reload: string;
}

const TEXTS: Record<'nb' | 'nn' | 'en', Omit<BootText, 'lang'>> = {
  nb: { loading: 'Laster Møtebok …', screensMissing: 'Møtebok kunne ikke lastes. Sjekk nettforbindelsen og last inn på nytt.', reload: 'Last inn på nytt' },
  nn: { loading: 'Lastar Møtebok …', screensMissing: 'Møtebok kunne ikkje lastast. Sjekk nettilkoplinga og last inn på nytt.', reload: 'Last inn på nytt' },
  en: { loading: 'Loading Møtebok …', screensMissing: 'Møtebok could not be loaded. Check the network connection and reload.', reload: 'Reload' },
};

export function bootText(locale: string | undefined): BootText {
  const language = languageFromLocale(locale);
  return { lang: htmlLang(language), ...TEXTS[language === 'xx-LS' ? 'nb' : language] };
}

/**
 * Makes the page's static placeholder (page.html: `.motebok-boot`, `role="status"`, which screen
 * readers hear) speak this locale's language. Nothing once the screens have replaced it.
 */
export function speakPlaceholder(container: HTMLElement, locale: string): void {
  const placeholder = container.querySelector<HTMLElement>('.motebok-boot[role="status"]');
  if (!placeholder) return;
  const text = bootText(locale);
  if (placeholder.textContent === text.loading && placeholder.lang === text.lang) return; // said already: a live region would say it again
  placeholder.lang = text.lang;
  placeholder.textContent = text.loading;
}

/** Without its screens the page has no React or catalogues to speak with: plain DOM, in the user's language, with a way on. */
export function showScreensMissing(container: HTMLElement, locale: string): void {
  const text = bootText(locale);
  const message = document.createElement('p');
  message.className = 'motebok-boot';
  message.setAttribute('role', 'alert');
  message.lang = text.lang;
  message.textContent = text.screensMissing;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.lang = text.lang;
  retry.textContent = text.reload;
  retry.addEventListener('click', () => window.location.reload());
  container.replaceChildren(message, retry);
}
