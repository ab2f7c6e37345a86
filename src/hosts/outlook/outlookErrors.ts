import type { OfficeErrorLike } from './officeApi';

/** Every way an Outlook call can fail that the pane handles, each with its own message. */
export type OutlookErrorCode =
  | 'notOutlook'
  | 'notAppointment'
  | 'notCompose'
  | 'bodyTooLarge'
  | 'attachmentTooLarge'
  | 'requirementMissing'
  | 'offline'
  | 'itemNotSaved'
  | 'customPropertiesTooLarge'
  | 'timeout'
  | 'failed';

const MESSAGES: Record<OutlookErrorCode, string> = {
  notOutlook: 'Møtebok-ruten kjører ikke i Outlook. Åpne en møteinnkalling i Outlook og velg Møtebok på båndet.',
  notAppointment: 'Møtebok virker bare på møteinnkallinger (avtaler i kalenderen), ikke på e-post.',
  notCompose: 'Dette kan bare gjøres mens du redigerer møteinnkallingen som arrangør.',
  bodyTooLarge: 'Teksten i innkallingen blir for lang for Outlook (over 1 000 000 tegn). Korte ned teksten eller del vedleggene som lenker. Ingenting er endret.',
  attachmentTooLarge: 'Vedlegget er større enn Outlook tillater (25 MB). Det er lagt inn som lenke til SharePoint i stedet.',
  requirementMissing: 'Denne versjonen av Outlook støtter ikke alt Møtebok trenger her. Oppdater Outlook, eller bruk Outlook på nettet.',
  offline: 'Outlook har ikke forbindelse med serveren. Innkallingen er ikke endret; prøv igjen når du er på nett.',
  itemNotSaved: 'Møteinnkallingen kunne ikke lagres som utkast, så den kan ikke kobles til møtet ennå. Prøv igjen.',
  customPropertiesTooLarge: 'Outlook har ikke plass til flere opplysninger på denne avtalen.',
  timeout: 'Outlook svarte ikke i tide. Lukk ruten og åpne den igjen.',
  failed: 'Outlook kunne ikke gjøre dette. Prøv igjen.',
};

export class OutlookHostError extends Error {
  override readonly name = 'OutlookHostError';

  constructor(
    readonly code: OutlookErrorCode,
    /** Office's own error name/message, for the log, never shown alone. */
    readonly detail?: string,
    message: string = MESSAGES[code],
  ) {
    super(message);
  }
}

export function outlookErrorMessage(code: OutlookErrorCode): string {
  return MESSAGES[code];
}

/** Office error names (Office.AsyncResult.error.name) → our codes. */
export function fromOfficeError(error: OfficeErrorLike | undefined, fallback: OutlookErrorCode = 'failed'): OutlookHostError {
  const name = error?.name ?? '';
  const detail = [error?.name, error?.code, error?.message].filter((part) => part !== undefined && part !== '').join(' ');
  if (/DataExceedsMaximumSize|TooMuchData/i.test(name)) return new OutlookHostError('bodyTooLarge', detail);
  if (/AttachmentSizeExceeded|SizeLimitExceeded|NumberOfAttachmentsExceeded/i.test(name)) return new OutlookHostError('attachmentTooLarge', detail);
  if (/NetworkError|Offline|ConnectionFailure|InternalServerError|ServerUnavailable/i.test(name) || error?.code === 9017) {
    return new OutlookHostError('offline', detail);
  }
  if (/CustomPropertiesTooLarge|PropertySizeExceeded/i.test(name)) return new OutlookHostError('customPropertiesTooLarge', detail);
  return new OutlookHostError(fallback, detail);
}
