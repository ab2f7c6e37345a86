// Misconfiguration switches (POST /_tenant/misconfig): each makes the local tenant look like a
// Microsoft 365 tenant that an administrator set up wrongly in one way, so `npm run doctor` can be
// tested against every fault it must find. They are switches, not data changes: turning one off
// gives back the tenant as it was. They sit beside the HTTP faults (faults.ts), which model a
// failing service rather than a wrong setup.
import { z } from 'zod';

/** Every switch, with what it does to the tenant (bokmål, shown by the inspector). */
export const MISCONFIGURATIONS = {
  redirectUriMissing: 'App-registreringen mangler omdirigerings-URI-en brk-multihub://<vert> (nestet app-autentisering i Teams og Outlook).',
  permissionMissing: 'App-registreringen mangler den delegerte tillatelsen Mail.Send.',
  permissionExtra: 'App-registreringen ber også om den delegerte tillatelsen Files.ReadWrite.All, som Møtebok ikke bruker.',
  consentMissing: 'Ingen administratorsamtykke: Møtebok har ingen oauth2PermissionGrant for hele organisasjonen.',
  sharePointPermissionMissing: 'App-registreringen mangler SharePoint-tillatelsen («Office 365 SharePoint Online» AllSites.FullControl).',
  sharePointConsentMissing: 'Administratorsamtykket gjelder bare Graph: ingen oauth2PermissionGrant for SharePoint (Møtebok får AADSTS65001 for SharePoint-omfangene).',
  siteAccessDenied: 'Ingen har tilgang til SharePoint-området: /sites/… svarer 403 accessDenied.',
  listMissing: 'Listen MotebokMeetings finnes ikke.',
  columnMissing: 'Listen MotebokAgendaItems mangler kolonnen CaseNumber.',
  indexMissing: 'Kolonnen Status i MotebokMeetings er ikke indeksert.',
  permissionsWrong: 'Listen MotebokAgendaItems arver tillatelsene fra området (alle med tilgang til området når sakene).',
  versioningOff: 'Versjonering er slått av for listen MotebokMeetings.',
  mailboxCannotSend: 'Ingen har fullmakt til fellespostkassens kalender (sekretariat@): den kan ikke sende innkallinger.',
  appNotInCatalogue: 'Teams-appen Møtebok er ikke i organisasjonens appkatalog.',
} as const;

export type Misconfiguration = keyof typeof MISCONFIGURATIONS;

export const misconfigSchema = z.object({ mode: z.enum(Object.keys(MISCONFIGURATIONS) as [Misconfiguration, ...Misconfiguration[]]) }).strict();

export class Misconfigurations {
  private readonly active = new Set<Misconfiguration>();

  has(mode: Misconfiguration): boolean {
    return this.active.has(mode);
  }

  set(mode: Misconfiguration): void {
    this.active.add(mode);
  }

  unset(mode: Misconfiguration): void {
    this.active.delete(mode);
  }

  clear(): void {
    this.active.clear();
  }

  list(): Array<{ mode: Misconfiguration; active: boolean; description: string }> {
    return (Object.keys(MISCONFIGURATIONS) as Misconfiguration[]).map((mode) => ({
      mode,
      active: this.active.has(mode),
      description: MISCONFIGURATIONS[mode],
    }));
  }
}
