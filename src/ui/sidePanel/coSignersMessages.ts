/**
 * The `coSigners` namespace: the Oppmøte tab's line beside the picks when fewer or more are picked to co-sign than the
 * committee chooses (`conventions.coSigners`, domain/signersElection.ts `coSignersPicked`), and the signing section's words
 * for a committee whose møteleder is its dirigent (`conventions.dirigent`, an årsmøte's: the vedtak and the protokoll say
 * «Dirigent», so the fields that elect him and the Oppmøte list do too; the committee's leder who did not lead it is «Leder»). Only the attendance chunk imports it, so its texts stay out of the side
 * panel's start-up. `nb` is the source of keys. Numbers to three in words.
 */
const nb = {
  'coSigners.picked':
    'Møteorganet velger vanligvis {expected, plural, =1 {én} =2 {to} =3 {tre} other {#}} til å undertegne {theMinutes} sammen med møtelederen. Valgt: {chosen, plural, =0 {ingen} =1 {én} =2 {to} =3 {tre} other {#}}.',
  'coSigners.pickedDirigent':
    'Møteorganet velger vanligvis {expected, plural, =1 {én} =2 {to} =3 {tre} other {#}} til å underskrive {theMinutes} sammen med dirigenten. Valgt: {chosen, plural, =0 {ingen} =1 {én} =2 {to} =3 {tre} other {#}}.',
  'coSigners.dirigentIntro': 'Dirigenten og de som er valgt i møtet, skriver under {theMinutes}.',
  'coSigners.dirigentElected': 'Valgt til dirigent',
  'coSigners.dirigentAdd': 'Legg til dirigenten',
  'coSigners.referentElected': 'Valgt til referent',
  'coSigners.referentAdd': 'Sett som referent',
  'coSigners.dirigentSigner': '{name} (dirigent)',
  'coSigners.dirigentRole': 'Dirigent',
  'coSigners.chairOffice': 'Leder',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'coSigners.picked':
    'Møteorganet vel vanlegvis {expected, plural, =1 {éin} =2 {to} =3 {tre} other {#}} til å skrive under {theMinutes} saman med møteleiaren. Vald: {chosen, plural, =0 {ingen} =1 {éin} =2 {to} =3 {tre} other {#}}.',
  'coSigners.pickedDirigent':
    'Møteorganet vel vanlegvis {expected, plural, =1 {éin} =2 {to} =3 {tre} other {#}} til å skrive under {theMinutes} saman med dirigenten. Vald: {chosen, plural, =0 {ingen} =1 {éin} =2 {to} =3 {tre} other {#}}.',
  'coSigners.dirigentIntro': 'Dirigenten og dei som er valde i møtet, skriv under {theMinutes}.',
  'coSigners.dirigentElected': 'Vald til dirigent',
  'coSigners.dirigentAdd': 'Legg til dirigenten',
  'coSigners.referentElected': 'Vald til protokollførar',
  'coSigners.referentAdd': 'Set som protokollførar',
  'coSigners.dirigentSigner': '{name} (dirigent)',
  'coSigners.dirigentRole': 'Dirigent',
  'coSigners.chairOffice': 'Leiar',
};

const en: Record<Key, string> = {
  'coSigners.picked':
    'The committee usually chooses {expected, plural, =1 {one} =2 {two} =3 {three} other {#}} to sign {theMinutes} with the chair. Chosen: {chosen, plural, =0 {none} =1 {one} =2 {two} =3 {three} other {#}}.',
  'coSigners.pickedDirigent':
    'The meeting usually chooses {expected, plural, =1 {one} =2 {two} =3 {three} other {#}} to sign {theMinutes} with the chair (dirigent). Chosen: {chosen, plural, =0 {none} =1 {one} =2 {two} =3 {three} other {#}}.',
  'coSigners.dirigentIntro': 'The chair (dirigent) and those chosen in the meeting sign {theMinutes}.',
  'coSigners.dirigentElected': 'Chosen as chair (dirigent)',
  'coSigners.dirigentAdd': 'Add the chair (dirigent)',
  'coSigners.referentElected': 'Chosen as minute taker',
  'coSigners.referentAdd': 'Set as minute taker',
  'coSigners.dirigentSigner': '{name} (dirigent)',
  'coSigners.dirigentRole': 'Chair (dirigent)',
  'coSigners.chairOffice': 'Leader',
};

export const coSignersMessages = { nb, nn, en };
