/**
 * The `coSigners` namespace: the Oppmøte tab's line beside the picks when fewer or more are picked to co-sign than the
 * committee chooses (`conventions.coSigners`, domain/signersElection.ts `coSignersPicked`). Only the attendance chunk
 * imports it, so its texts stay out of the side panel's start-up. `nb` is the source of keys. Numbers to three in words.
 */
const nb = {
  'coSigners.picked':
    'Møteorganet velger vanligvis {expected, plural, =1 {én} =2 {to} =3 {tre} other {#}} til å undertegne {theMinutes} sammen med møtelederen. Valgt: {chosen, plural, =0 {ingen} =1 {én} =2 {to} =3 {tre} other {#}}.',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'coSigners.picked':
    'Møteorganet vel vanlegvis {expected, plural, =1 {éin} =2 {to} =3 {tre} other {#}} til å skrive under {theMinutes} saman med møteleiaren. Vald: {chosen, plural, =0 {ingen} =1 {éin} =2 {to} =3 {tre} other {#}}.',
};

const en: Record<Key, string> = {
  'coSigners.picked':
    'The committee usually chooses {expected, plural, =1 {one} =2 {two} =3 {three} other {#}} to sign {theMinutes} with the chair. Chosen: {chosen, plural, =0 {none} =1 {one} =2 {two} =3 {three} other {#}}.',
};

export const coSignersMessages = { nb, nn, en };
