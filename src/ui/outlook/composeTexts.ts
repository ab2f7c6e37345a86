import type { LanguageForm } from '../../domain/model';

/**
 * Lines Møtebok adds inside the invite's block, in the committee's målform (the invite is a
 * document of the committee, like the innkalling, not a screen in the user's language).
 */
export interface InviteTexts {
  openInMotebok: string;
  tooLarge: (label: string, limit: string) => string;
  totalTooLarge: (label: string, limit: string) => string;
  cannotAttach: (label: string) => string;
  notStored: (label: string) => string;
}

export const INVITE_TEXTS: Readonly<Record<LanguageForm, InviteTexts>> = {
  nb: {
    openInMotebok: 'Åpne møtet i Møtebok',
    tooLarge: (label, limit) => `${label} er større enn Outlook tillater som vedlegg (${limit}) og er lenket til SharePoint i stedet.`,
    totalTooLarge: (label, limit) => `${label} er lenket til SharePoint i stedet for lagt ved, fordi vedleggene til sammen ville blitt større enn ${limit}.`,
    cannotAttach: (label) => `${label} er lenket til SharePoint; denne Outlook-versjonen kan ikke legge ved filer fra Møtebok.`,
    notStored: (label) => `${label} er ikke lastet opp til SharePoint ennå og er verken lagt ved eller lenket.`,
  },
  nn: {
    openInMotebok: 'Opne møtet i Møtebok',
    tooLarge: (label, limit) => `${label} er større enn Outlook tillèt som vedlegg (${limit}) og er lenkja til SharePoint i staden.`,
    totalTooLarge: (label, limit) => `${label} er lenkja til SharePoint i staden for lagd ved, fordi vedlegga til saman ville vorte større enn ${limit}.`,
    cannotAttach: (label) => `${label} er lenkja til SharePoint; denne Outlook-versjonen kan ikkje leggje ved filer frå Møtebok.`,
    notStored: (label) => `${label} er ikkje lasta opp til SharePoint enno og er verken lagd ved eller lenkja.`,
  },
};
