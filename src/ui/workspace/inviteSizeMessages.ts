/**
 * The `inviteSize` namespace: the send dialog's note when the vedlegg attached would pass Exchange's message limit
 * (domain/inviteSize.ts `inviteMailFit`: the vedlegg with the innkalling and the body), with the choice of links for this send, and who links would not reach
 * (`unreachableByLinks`). Loaded with the dialog's chunk `notice-panel`. `nb` is the source of keys. Sizes come worded
 * («43,0 MB», domain/limits.ts `formatFileSize`: megabytes of 1,048,576 bytes, as Exchange counts them).
 */
const nb = {
  'title': 'Vedleggene er for store til å sendes med e-post',
  'total': 'Vedleggene som skulle vært lagt ved, er til sammen {size}. Med innkallingen (Word) og teksten blir e-posten omtrent {encoded} slik e-post koder den.',
  'limit': 'En e-post kan som standard være høyst {limit} (Exchange Online), så Microsoft 365 ville avvist innkallingen.',
  'limitSet': 'IT har satt grensen for e-post fra organisasjonen til {limit}, så Microsoft 365 ville avvist innkallingen.',
  'refused': 'Ingenting er sendt. Filene i SharePoint er større enn da de ble lagt til møtet (en fil er trolig erstattet), og størrelsene under er slik biblioteket har dem nå.',
  'files': 'Et vedlegg kan være høyst {max}, og dette er større: {files}.',
  'choice': 'Send vedleggene som lenker til møteorganets bibliotek i SharePoint denne gangen',
  'choiceHint': 'Innkallingen (Word) legges fortsatt ved, og sakslisten lenker til hvert vedlegg. Vedlegg som er unntatt offentlighet, går som før bare til dem som har rett til dem. Innstillingen for møteorganet endres ikke.',
  'held': 'Innkallingen kan ikke sendes med vedleggene lagt ved. Velg lenker, eller gjør vedleggene mindre.',
  'unreachableTitle': 'Med lenker når vedleggene ikke fram til alle',
  'unreachableLine': '{who} har ingen konto i organisasjonen, heller ikke som gjest, og kan ikke åpne lenkene.',
  'unreachableWhat': 'Be IT invitere adressen som gjest, rett adressen i innstillingene for møteorganet, eller gjør vedleggene så små at de kan legges ved.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'title': 'Vedlegga er for store til å sendast med e-post',
  'total': 'Vedlegga som skulle vore lagde ved, er til saman {size}. Med innkallinga (Word) og teksten vert e-posten omtrent {encoded} slik e-post kodar han.',
  'limit': 'Ein e-post kan som standard vere høgst {limit} (Exchange Online), så Microsoft 365 ville avvist innkallinga.',
  'limitSet': 'IT har sett grensa for e-post frå organisasjonen til {limit}, så Microsoft 365 ville avvist innkallinga.',
  'refused': 'Ingenting er sendt. Filene i SharePoint er større enn då dei vart lagde til møtet (ei fil er truleg bytt ut), og storleikane under er slik biblioteket har dei no.',
  'files': 'Eit vedlegg kan vere høgst {max}, og dette er større: {files}.',
  'choice': 'Send vedlegga som lenkjer til biblioteket til møteorganet i SharePoint denne gongen',
  'choiceHint': 'Innkallinga (Word) vert framleis lagd ved, og sakslista lenkjer til kvart vedlegg. Vedlegg som er unnatekne offentlegheit, går som før berre til dei som har rett til dei. Innstillinga for møteorganet vert ikkje endra.',
  'held': 'Innkallinga kan ikkje sendast med vedlegga lagde ved. Vel lenkjer, eller gjer vedlegga mindre.',
  'unreachableTitle': 'Med lenkjer kjem ikkje vedlegga fram til alle',
  'unreachableLine': '{who} har ingen konto i organisasjonen, heller ikkje som gjest, og kan ikkje opne lenkjene.',
  'unreachableWhat': 'Be IT invitere adressa som gjest, rett adressa i innstillingane for møteorganet, eller gjer vedlegga så små at dei kan leggjast ved.',
};

const en: Record<Key, string> = {
  'title': 'The attachments are too large to send by e-mail',
  'total': 'The attachments to be attached come to {size} in all. With the notice (Word) and the text, the e-mail comes to about {encoded} as e-mail encodes it.',
  'limit': 'An e-mail can by default be at most {limit} (Exchange Online), so Microsoft 365 would refuse the notice.',
  'limitSet': 'IT has set the organisation’s e-mail limit to {limit}, so Microsoft 365 would refuse the notice.',
  'refused': 'Nothing has been sent. The files in SharePoint are larger than when they were added to the meeting (a file has probably been replaced), and the sizes below are as the library has them now.',
  'files': 'An attachment can be at most {max}, and this is larger: {files}.',
  'choice': 'Send the attachments as links to the committee’s SharePoint library this time',
  'choiceHint': 'The notice (Word) is still attached, and the agenda links to each attachment. Attachments exempt from public access still go only to those entitled to them. The committee’s setting is not changed.',
  'held': 'The notice cannot be sent with the attachments attached. Choose links, or make the attachments smaller.',
  'unreachableTitle': 'With links, the attachments do not reach everyone',
  'unreachableLine': '{who} has no account in the organisation, not even as a guest, and cannot open the links.',
  'unreachableWhat': 'Ask IT to invite the address as a guest, correct the address in the committee’s settings, or make the attachments small enough to attach.',
};

export const inviteSizeMessages = { nb, nn, en };
