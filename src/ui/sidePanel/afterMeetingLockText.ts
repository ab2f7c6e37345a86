import { defineNamespace } from '../shared/i18n';

/**
 * The `afterMeetingLock` namespace: what «Etter møtet» says about the freeze in SharePoint and who may
 * reopen. Only the lazy after-meeting view imports it, so it stays out of the side panel's first load.
 */
const nb = {
  'lockedInSharePoint': 'Sakene er låst i SharePoint: bare sekretariatet kan endre dem.',
  'lockPending': '{theMinutesCapital} er {minutesGender, select, neuter {godkjent} other {godkjent}} i Møtebok. Sakene låses også i SharePoint når sekretariatet åpner arbeidsområdet og velger «Rett tilgangene».',
  'reopenSecretariatOnly': 'Bare sekretariatet kan gjenåpne {minutesGender, select, neuter {et godkjent} other {en godkjent}} {minutes}, fordi det låser opp sakene i SharePoint.',
  'saving': 'Lagrer og låser …',
  'reopenNotSecretariat': 'Du er ikke med i sekretariatet for dette møteorganet, så du kan ikke gjenåpne {theMinutes}. Be sekretariatet gjøre det.',
};

const nn: Record<keyof typeof nb, string> = {
  'lockedInSharePoint': 'Sakene er låste i SharePoint: berre sekretariatet kan endre dei.',
  'lockPending': '{theMinutesCapital} er {minutesGender, select, neuter {godkjent} other {godkjend}} i Møtebok. Sakene vert låste i SharePoint òg når sekretariatet opnar arbeidsområdet og vel «Rett tilgangane».',
  'reopenSecretariatOnly': 'Berre sekretariatet kan opne {minutesGender, select, neuter {eit godkjent} other {ein godkjend}} {minutes} att, fordi det låser opp sakene i SharePoint.',
  'saving': 'Lagrar og låser …',
  'reopenNotSecretariat': 'Du er ikkje med i sekretariatet for dette møteorganet, så du kan ikkje opne {theMinutes} att. Be sekretariatet gjere det.',
};

const en: Record<keyof typeof nb, string> = {
  'lockedInSharePoint': 'The items are locked in SharePoint: only the secretariat can change them.',
  'lockPending': '{theMinutesCapital} {minutesGender, select, neuter {is} other {are}} approved in Møtebok. The items are also locked in SharePoint when the secretariat opens the workspace and chooses “Repair the permissions”.',
  'reopenSecretariatOnly': 'Only the secretariat can reopen {minutesGender, select, neuter {an approved} other {approved}} {minutes}, because it unlocks the items in SharePoint.',
  'saving': 'Saving and locking …',
  'reopenNotSecretariat': 'You are not in this committee’s secretariat, so you cannot reopen {theMinutes}. Ask the secretariat to do it.',
};

export const useAfterMeetingLockText = defineNamespace('afterMeetingLock', { nb, nn, en });
