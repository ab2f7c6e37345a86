import { defineNamespace } from './i18n';

/** The `signIn` namespace: signing in to Møtebok in a plain browser. `nb` is the source of keys. */
const nb = {
  'checking': 'Sjekker om du er logget inn …',
  'title': 'Logg inn på Møtebok',
  'body': 'Når du trykker «Logg inn», åpnes et nytt vindu med påloggingssiden til Microsoft eller virksomheten din. Logg inn der; vinduet lukkes av seg selv, og Møtebok åpnes her.',
  'action': 'Logg inn',
  'waiting': 'Et påloggingsvindu er åpnet. Fullfør innloggingen der, eller lukk vinduet for å avbryte.',
  'cancelled': 'Påloggingsvinduet ble lukket før du var logget inn. Trykk «Logg inn» for å prøve igjen.',
  'blocked': 'Nettleseren stoppet påloggingsvinduet. Tillat popup-vinduer for denne siden, og trykk «Logg inn» igjen.',
  'network': 'Får ikke kontakt med påloggingstjenesten. Sjekk nettforbindelsen og trykk «Logg inn» igjen.',
  'failed': 'Innloggingen mislyktes: {detail}',
  'problemTitle': 'Ikke logget inn',
  'signedOut': 'Du er logget ut.',
  'account': 'Innlogget bruker',
  'signedInAs': 'Logget inn som {name}',
  'signOut': 'Logg ut',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'checking': 'Sjekkar om du er logga inn …',
  'title': 'Logg inn på Møtebok',
  'body': 'Når du trykkjer «Logg inn», blir eit nytt vindauge med påloggingssida til Microsoft eller verksemda di opna. Logg inn der; vindauget blir lukka av seg sjølv, og Møtebok blir opna her.',
  'action': 'Logg inn',
  'waiting': 'Eit påloggingsvindauge er opna. Fullfør innlogginga der, eller lukk vindauget for å avbryte.',
  'cancelled': 'Påloggingsvindauget vart lukka før du var logga inn. Trykk «Logg inn» for å prøve igjen.',
  'blocked': 'Nettlesaren stoppa påloggingsvindauget. Tillat sprettoppvindauge for denne sida, og trykk «Logg inn» igjen.',
  'network': 'Får ikkje kontakt med påloggingstenesta. Sjekk nettsambandet og trykk «Logg inn» igjen.',
  'failed': 'Innlogginga mislukkast: {detail}',
  'problemTitle': 'Ikkje logga inn',
  'signedOut': 'Du er logga ut.',
  'account': 'Innlogga brukar',
  'signedInAs': 'Logga inn som {name}',
  'signOut': 'Logg ut',
};

const en: Record<Key, string> = {
  'checking': 'Checking whether you are signed in …',
  'title': 'Sign in to Møtebok',
  'body': 'When you press “Sign in”, a new window opens with the sign-in page of Microsoft or your organisation. Sign in there; the window closes by itself and Møtebok opens here.',
  'action': 'Sign in',
  'waiting': 'A sign-in window is open. Finish signing in there, or close the window to cancel.',
  'cancelled': 'The sign-in window was closed before you were signed in. Press “Sign in” to try again.',
  'blocked': 'The browser blocked the sign-in window. Allow pop-ups for this page and press “Sign in” again.',
  'network': 'Cannot reach the sign-in service. Check the network connection and press “Sign in” again.',
  'failed': 'Signing in failed: {detail}',
  'problemTitle': 'Not signed in',
  'signedOut': 'You are signed out.',
  'account': 'Signed-in user',
  'signedInAs': 'Signed in as {name}',
  'signOut': 'Sign out',
};

export const signInMessages = { nb, nn, en };
export type SignInKey = Key;

/** Typed `t` for the `signIn` namespace. */
export const useSignInText = defineNamespace('signIn', signInMessages);
