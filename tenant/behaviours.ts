/**
 * The Graph and Entra behaviours the local tenant imitates, one entry each, in a form tools can
 * read: `npm run test:m365` checks every entry against a real tenant and writes in m365-report.html
 * whether the real tenant behaved the same. README.md lists the same ids (a test keeps the two
 * together). `realTenant` says how a real tenant can be asked, or why it cannot be safely.
 */
export interface ImitatedBehaviour {
  id: string;
  area: 'pålogging' | 'graph' | 'katalog' | 'lister' | 'bibliotek' | 'kalender' | 'e-post' | '$batch' | 'administrasjon';
  /** What the local tenant does (English, as the README). */
  behaviour: string;
  /** Why `npm run test:m365` does not try it on a real tenant (bokmål, shown in the report); absent when it does. */
  notOnRealTenant?: string;
}

export const IMITATED_BEHAVIOURS: readonly ImitatedBehaviour[] = [
  { id: 'signin.deviceCode', area: 'pålogging', behaviour: 'Device code flow: /devicecode, authorization_pending until the user signs in, then tokens (grant urn:ietf:params:oauth:grant-type:device_code)' },
  { id: 'signin.tokenScopes', area: 'pålogging', behaviour: 'Access tokens for Graph carry the granted delegated scopes in scp, the user in preferred_username and the tenant in tid' },
  { id: 'signin.consentRequired', area: 'pålogging', behaviour: 'A scope the app has no consent for is refused with AADSTS65001', notOnRealTenant: 'ville be administratoren om samtykke til en tillatelse Møtebok ikke trenger' },
  { id: 'graph.unauthenticated', area: 'graph', behaviour: 'A Graph call without a token answers 401 InvalidAuthenticationToken' },
  { id: 'graph.errorShape', area: 'graph', behaviour: 'Errors are {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}} and every answer has request-id and client-request-id headers' },
  { id: 'directory.me', area: 'katalog', behaviour: '/me answers the signed-in user with userPrincipalName, displayName and mail; a B2B guest has a #EXT# UPN, their home address as mail and, on $select, in otherMails' },
  { id: 'directory.usersStartswith', area: 'katalog', behaviour: '/users with $filter=startswith(displayName,…) and $select answers matching users (User.ReadBasic.All)' },
  { id: 'lists.provision', area: 'lister', behaviour: 'POST /sites/{id}/lists with columns (text, number, dateTime) creates the list; indexed columns come back indexed: true' },
  { id: 'lists.itemEtag', area: 'lister', behaviour: 'List items carry SharePoint’s "guid,n" eTag (no braces) in eTag and @odata.etag, and n grows on each change' },
  { id: 'lists.ifMatch', area: 'lister', behaviour: 'PATCH …/items/{id}/fields with a stale If-Match answers 412' },
  { id: 'lists.unknownField', area: 'lister', behaviour: 'Writing a field the list does not have answers 400 ("Field \'X\' is not recognized")' },
  { id: 'lists.nonIndexedFilter', area: 'lister', behaviour: '$filter on a non-indexed column without the Prefer: HonorNonIndexedQueriesWarningMayFailRandomly header answers 400' },
  { id: 'lists.listViewThreshold', area: 'lister', behaviour: 'Beyond 5,000 items a query fails (500) unless its filter starts with a clause on an indexed column leaving at most 5,000 items (later clauses may name unindexed columns, with the Prefer header) and it sorts only on indexed columns', notOnRealTenant: 'krever over 5 000 rader i en liste på testområdet' },
  { id: 'lists.limitedAccess', area: 'lister', behaviour: 'A role given on one list item adds Limited Access for that principal on the list (and each unique scope above) where it has none; the list is then reached (GET, items trimmed to those it may read, items/{id}), nothing else of it is readable, and Limited Access cannot be assigned by hand', notOnRealTenant: 'krever en testperson uten tilgang til listen og endrer tillatelser på testområdet' },
  { id: 'lists.paging', area: 'lister', behaviour: '$top pages list items and @odata.nextLink gives the rest' },
  { id: 'drive.folderConflict', area: 'bibliotek', behaviour: 'POST …/children of an existing folder name with @microsoft.graph.conflictBehavior fail answers 409 nameAlreadyExists' },
  { id: 'drive.simpleUpload', area: 'bibliotek', behaviour: 'PUT …:/name:/content creates the file (201) with eTag "{GUID},n" and cTag "c:{GUID},n"' },
  { id: 'drive.contentRedirect', area: 'bibliotek', behaviour: 'GET …/content answers 302 to a pre-authenticated download URL' },
  { id: 'drive.invalidName', area: 'bibliotek', behaviour: 'A file name with a character SharePoint forbids (such as :) answers 400' },
  { id: 'drive.uploadSession', area: 'bibliotek', behaviour: 'createUploadSession gives an uploadUrl; chunks of 320 KiB multiples end in the driveItem' },
  { id: 'calendar.timeZone', area: 'kalender', behaviour: 'Events come back in the Prefer: outlook.timezone zone, with Preference-Applied' },
  { id: 'calendar.onlineMeeting', area: 'kalender', behaviour: 'isOnlineMeeting with teamsForBusiness gives onlineMeeting.joinUrl and the Teams join block in the body' },
  { id: 'calendar.invitations', area: 'kalender', behaviour: 'Attendees of the tenant get a copy and a meetingRequest; changes and cancellations follow', notOnRealTenant: 'ville sende invitasjoner til ekte personer' },
  { id: 'mail.sendMail', area: 'e-post', behaviour: '/me/sendMail answers 202 Accepted and the message lands in Sent Items' },
  { id: 'batch.limit', area: '$batch', behaviour: '$batch takes at most 20 requests (400 beyond) and answers each inner request by id' },
  { id: 'limits.throttling', area: 'graph', behaviour: '429/503 with Retry-After (the tenant’s fault switches)', notOnRealTenant: 'en ekte tenant kan ikke fås til å strupe med vilje' },
  { id: 'admin.registration', area: 'administrasjon', notOnRealTenant: 'npm run doctor kontrollerer dette med administratorens egen pålogging (Møtebok-registreringen har ikke katalogtillatelser)', behaviour: '/applications?$filter=appId eq … answers the registration with spa.redirectUris and requiredResourceAccess (checked by npm run doctor)' },
  { id: 'admin.consent', area: 'administrasjon', notOnRealTenant: 'npm run doctor kontrollerer dette med administratorens egen pålogging (Møtebok-registreringen har ikke katalogtillatelser)', behaviour: '/servicePrincipals and /oauth2PermissionGrants?$filter=clientId eq … answer the admin consent (checked by npm run doctor)' },
  { id: 'admin.teamsApp', area: 'administrasjon', notOnRealTenant: 'npm run doctor kontrollerer dette med administratorens egen pålogging (Møtebok-registreringen har ikke katalogtillatelser)', behaviour: '/appCatalogs/teamsApps?$filter=externalId eq … answers the organisation’s Teams app (checked by npm run doctor)' },
];
