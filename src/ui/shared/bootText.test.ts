// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { bootText, showScreensMissing, speakPlaceholder } from './bootText';
import { commonMessages } from './messages';

/** page.html's #root as the HTML gives it, before any script has run. */
function pageRoot(): HTMLElement {
  document.body.innerHTML = '<div id="root"><p class="motebok-boot" role="status">Laster Møtebok …</p></div>';
  const root = document.getElementById('root');
  if (!root) throw new Error('no root');
  return root;
}

describe('the words a page says before its catalogues', () => {
  it('chooses nynorsk, English or bokmål by the same rule as the catalogues', () => {
    expect(bootText('nn-NO')).toMatchObject({ lang: 'nn', loading: 'Lastar Møtebok …' });
    expect(bootText('en-GB')).toMatchObject({ lang: 'en', loading: 'Loading Møtebok …', reload: 'Reload' });
    expect(bootText('nb-NO')).toMatchObject({ lang: 'nb', loading: 'Laster Møtebok …' });
    expect(bootText('sv-SE').lang).toBe('nb');
    expect(bootText(undefined).lang).toBe('nb');
  });

  it('reads the long pseudo-locale as bokmål (it has no words of its own before the catalogues)', () => {
    expect(bootText('xx-LS')).toEqual(bootText('nb'));
  });

  it('says what the catalogues say once they are here, in every language', () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      const text = bootText(language);
      expect(text.loading).toBe(commonMessages[language]['app.loading']);
      expect(text.reload).toBe(commonMessages[language]['error.reload']);
    }
  });
});

/** What a screen reader is given of an element: its text, language and role. */
const voiceOf = (element: Element | null) => ({ text: element?.textContent, lang: element?.getAttribute('lang'), role: element?.getAttribute('role') });

describe('the page placeholder', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('speaks the locale\'s language and stays a status screen readers hear', () => {
    const root = pageRoot();
    speakPlaceholder(root, 'en-US');
    expect(voiceOf(root.querySelector('.motebok-boot'))).toEqual({ text: 'Loading Møtebok …', lang: 'en', role: 'status' });
  });

  it('leaves the page alone once the screens have replaced the placeholder', () => {
    const root = pageRoot();
    root.innerHTML = '<main>Saksliste</main>';
    speakPlaceholder(root, 'nn-NO');
    expect(root.innerHTML).toBe('<main>Saksliste</main>');
  });

  it('says the screens could not be fetched in the user\'s language, as an alert with a way on', () => {
    const root = pageRoot();
    showScreensMissing(root, 'nn-NO');
    expect(voiceOf(root.querySelector('.motebok-boot'))).toEqual({ text: 'Møtebok kunne ikkje lastast. Sjekk nettilkoplinga og last inn på nytt.', lang: 'nn', role: 'alert' });
    expect(root.querySelector('button')?.textContent).toBe('Last inn på nytt');
    expect(root.querySelector('[role="status"]')).toBeNull();
  });
});
