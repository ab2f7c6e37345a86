/**
 * The `advisoryMarks` namespace: the send dialog's note on saksganger the workspace re-marked itself (useKnownAdvisoryMarks.ts,
 * domain/advisoryMarkChanges.ts), loaded with the dialog's chunk `notice-panel`. `nb` is the source of keys.
 */
const nb = {
  'title': 'Møtebok har endret saksgangen selv',
  'changed':
    '{sak}: {body} {advisory, select, yes {er satt opp} other {er ikke lenger satt opp}} som et råd som gir uttalelser, så innkallingen skriver forslaget som «{after}», ikke «{before}» som i forrige utsending.',
  'same': '{sak}: {body} {advisory, select, yes {er satt opp} other {er ikke lenger satt opp}} som et råd som gir uttalelser. Forslaget har samme overskrift i innkallingen som før.',
  'why':
    'Saksgangen følger innstillingene for utvalgene Møtebok kjenner, og ble rettet da møtet ble åpnet: det er derfor en oppdatering venter. Er det feil, endre «Organet gir uttalelse» i innstillingene for {bodies} før du sender.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'title': 'Møtebok har endra saksgangen sjølv',
  'changed':
    '{sak}: {body} {advisory, select, yes {er sett opp} other {er ikkje lenger sett opp}} som eit råd som gjev fråsegner, så innkallinga skriv forslaget som «{after}», ikkje «{before}» som i førre utsending.',
  'same': '{sak}: {body} {advisory, select, yes {er sett opp} other {er ikkje lenger sett opp}} som eit råd som gjev fråsegner. Forslaget har same overskrift i innkallinga som før.',
  'why':
    'Saksgangen følgjer innstillingane for utvala Møtebok kjenner, og vart retta då møtet vart opna: difor ventar ei oppdatering. Er det feil, endra «Organet gjev fråsegn» i innstillingane for {bodies} før du sender.',
};

const en: Record<Key, string> = {
  'title': 'Møtebok changed the saksgang itself',
  'changed':
    '{sak}: {body} {advisory, select, yes {is set up} other {is no longer set up}} as a council that gives statements, so the notice heads the proposal «{after}», not «{before}» as in the last send.',
  'same': '{sak}: {body} {advisory, select, yes {is set up} other {is no longer set up}} as a council that gives statements. The proposal keeps its heading in the notice.',
  'why':
    'The saksgang follows the settings of the bodies Møtebok knows, and was corrected when the meeting was opened: that is why an update is waiting. If it is wrong, change «The body gives a statement» in the settings of {bodies} before you send.',
};

export const advisoryMarkMessages = { nb, nn, en };
