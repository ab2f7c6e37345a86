// The words for the permission check's findings (`graph/sitePermissions.ts` gives each as data: its
// kind, target and values; `permissionFindingText.ts` words it). In the chunk of the workspace's
// permission warning, fetched when the check finds something, not with the workspace's start-up.
// The committee's record is named in its own words (`wordingValues`: `{minutes}`, `{theMinutes}`,
// `{theMinutesCapital}`, `{minutesGender}`), so a protokoll committee reads «protokollen». 'nb' is the source.

const nb = {
  'target.list': 'listen {name}',
  'target.library': 'dokumentbiblioteket',
  'target.folder': 'mappen {path}',
  'target.meeting': 'møtet i {committee}',
  'target.meetingOn': 'møtet i {committee} {date}',
  'target.rows': 'radene for {meeting}',
  'target.committee': 'møteorganet {committee}',
  'level': '{level, select, manage {full kontroll} write {skrivetilgang} other {lesetilgang}}',
  'versioningOff': 'Versjonering er slått av for {target}, så endringer kan ikke spores.',
  'inherits.list': '{targetCapital} arver tillatelsene fra området, så alle med tilgang til området kan lese og kanskje endre den.',
  'inherits.folder': '{targetCapital} arver tillatelsene fra området, så alle med tilgang til området kan se den.',
  'extra': '{who} har tilgang til {target} uten å ha en rolle i møteorganet.',
  'tooMuch': '{who} har mer tilgang til {target} enn rollen gir.',
  'noEmail': '{name} har ingen e-postadresse i innstillingene og kan ikke få tilgang til {target}.',
  'missing': '{name} mangler {level} til {target}.',
  'folderMissing': '{targetCapital} finnes ikke ennå; den opprettes med riktige tillatelser når området klargjøres.',
  'unreadable': 'Møtebok fikk ikke lese tillatelsene for {target} (SharePoint nektet tilgang), så de kan ikke kontrolleres herfra. Bare en eier av SharePoint-området eller noen med full kontroll over {target} kan se og rette dem.',
  'notSet': 'Møtebok fikk ikke rette tillatelsene for {target} (SharePoint nektet tilgang): enten har du ikke full kontroll over den, eller så har ikke appen fått lov til å endre tillatelser på området. Be en eier av SharePoint-området rette dem.',
  'noManager': 'Ingen i sekretariatet for {committee} har en e-postadresse, så ingen kan styre tilgangene til møteorganet i SharePoint, og ingen sak kan unntas offentlighet. Legg til sekretariatet i innstillingene for møteorganet; mappene til møteorganet får ikke egne tillatelser før det er gjort.',
  'approved.unlocked': '{theMinutesCapital} for {target} er {minutesGender, select, neuter {godkjent} other {godkjent}}, men {rows, plural, one {én rad} other {# rader}} er ikke låst i SharePoint, så referentene kan fortsatt endre dem.',
  'approved.tooMuch': '{who} kan fortsatt endre {target}, som har {minutesGender, select, neuter {godkjent} other {godkjent}} {minutes}.',
  'approved.missing': '{who} mangler lesetilgang til {target}, som har {minutesGender, select, neuter {godkjent} other {godkjent}} {minutes}.',
  'frozenNotApproved': '{theMinutesCapital} for {target} er gjenåpnet, men møtet er fortsatt låst i SharePoint, så referentene kan ikke rette {minutesGender, select, neuter {det} other {den}}.',
  'referatOpen': '{theMinutesCapital} for {target} holder saker unntatt offentlighet, men ligger {minutesGender, select, neuter {åpent} other {åpen}} i møtemappen, så alle medlemmene kan lese {minutesGender, select, neuter {det} other {den}} i SharePoint. «Rett tilgangene» lukker {minutesGender, select, neuter {det} other {den}}.',
  'exempt.inherits': 'Raden for sak {sak} i {target} holder innhold unntatt offentlighet, men arver tilgangene fra listen, så alle med lesetilgang til listen kan lese den i SharePoint.',
  'exempt.extra': '{who} kan lese raden for sak {sak} i {target} i SharePoint uten å ha tilgang til innholdet som er unntatt offentlighet.',
  'exempt.tooMuch': '{who} kan endre raden for sak {sak} i {target} mer enn rollen gir.',
  'exempt.missing': '{who} mangler tilgang til raden for sak {sak} i {target}, som er unntatt offentlighet.',
  'exemptParts': 'Møteraden for {target} holder fortsatt det møtet registrerte om en sak unntatt offentlighet (grunnen til en inhabilitet, hvem som kom bare for saken, svar i en skriftlig behandling), så alle med lesetilgang til listen kan lese det i SharePoint. Raden ble lagret før dette ble flyttet til sakens egen lukkede rad. «Rett tilgangene» flytter det dit.',
  'exemptPartsNotMoved': 'Møtebok fikk ikke flytte det {target} registrerte om sak {sak}, som er unntatt offentlighet, inn i sakens lukkede rad: SharePoint nektet tilgang. Det ligger fortsatt i møteraden, der alle med lesetilgang til listen kan lese det. Be en eier av SharePoint-området velge «Rett tilgangene».',
  'noAccount':
    '{name} ({who}) har ingen konto i organisasjonen, heller ikke som gjest, så SharePoint kan ikke gi vedkommende tilgang til dokumentene for {committee}, og «Rett tilgangene» kan ikke endre det. Vedkommende får det som følger med e-postene: vedlegg som legges ved innkallingen, og {theMinutes} når {minutesGender, select, neuter {det} other {den}} sendes på e-post. Lenker til SharePoint kan vedkommende ikke åpne; skal vedkommende kunne det, må IT invitere adressen som gjest.',
  'levelMissing':
    'SharePoint-området mangler tillatelsesnivået «{levelName}», som {target} gir lesetilgang gjennom til dokumenter unntatt offentlighet i saker hentet fra et annet utvalg. Uten det får de innkalte vanlig lesetilgang, og det andre utvalgets neste utsending tar den bort igjen, så de ikke kan åpne dokumentene. Bare en eier av SharePoint-området kan lage nivået: be vedkommende velge «Rett tilgangene» før innkallingen sendes.',
  'levelOtherRights':
    'Tillatelsesnivået «{levelName}» på SharePoint-området gir andre rettigheter enn Lese, så Møtebok bruker det ikke for {target}, og de innkalte får vanlig lesetilgang som det andre utvalgets neste utsending tar bort igjen. En eier av SharePoint-området må slette nivået eller gi det nøyaktig rettighetene til Lese i innstillingene for området; deretter lager «Rett tilgangene» det som det skal være.',
} as const;

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'target.list': 'lista {name}',
  'target.library': 'dokumentbiblioteket',
  'target.folder': 'mappa {path}',
  'target.meeting': 'møtet i {committee}',
  'target.meetingOn': 'møtet i {committee} {date}',
  'target.rows': 'radene for {meeting}',
  'target.committee': 'møteorganet {committee}',
  'level': '{level, select, manage {full kontroll} write {skrivetilgang} other {lesetilgang}}',
  'versioningOff': 'Versjonering er slått av for {target}, så endringar kan ikkje sporast.',
  'inherits.list': '{targetCapital} arvar løyva frå området, så alle med tilgang til området kan lese og kanskje endre ho.',
  'inherits.folder': '{targetCapital} arvar løyva frå området, så alle med tilgang til området kan sjå ho.',
  'extra': '{who} har tilgang til {target} utan å ha ei rolle i møteorganet.',
  'tooMuch': '{who} har meir tilgang til {target} enn rolla gir.',
  'noEmail': '{name} har inga e-postadresse i innstillingane og kan ikkje få tilgang til {target}.',
  'missing': '{name} manglar {level} til {target}.',
  'folderMissing': '{targetCapital} finst ikkje enno; ho blir oppretta med rette løyve når området blir klargjort.',
  'unreadable': 'Møtebok fekk ikkje lese løyva for {target} (SharePoint nekta tilgang), så dei kan ikkje kontrollerast herifrå. Berre ein eigar av SharePoint-området eller nokon med full kontroll over {target} kan sjå og rette dei.',
  'notSet': 'Møtebok fekk ikkje rette løyva for {target} (SharePoint nekta tilgang): anten har du ikkje full kontroll der, eller så har ikkje appen fått lov til å endre løyve på området. Be ein eigar av SharePoint-området rette dei.',
  'noManager': 'Ingen i sekretariatet for {committee} har ei e-postadresse, så ingen kan styre tilgangane til møteorganet i SharePoint, og ingen sak kan unnatakast offentlegheit. Legg til sekretariatet i innstillingane for møteorganet; mappene til møteorganet får ikkje eigne løyve før det er gjort.',
  'approved.unlocked': '{theMinutesCapital} for {target} er {minutesGender, select, neuter {godkjent} other {godkjend}}, men {rows, plural, one {éi rad} other {# rader}} er ikkje låste i SharePoint, så referentane kan framleis endre dei.',
  'approved.tooMuch': '{who} kan framleis endre {target}, som har {minutesGender, select, neuter {godkjent} other {godkjend}} {minutes}.',
  'approved.missing': '{who} manglar lesetilgang til {target}, som har {minutesGender, select, neuter {godkjent} other {godkjend}} {minutes}.',
  'frozenNotApproved': '{theMinutesCapital} for {target} er opna att, men møtet er framleis låst i SharePoint, så referentane kan ikkje rette {minutesGender, select, neuter {det} other {han}}.',
  'referatOpen': '{theMinutesCapital} for {target} har saker unnatekne offentlegheit, men ligg {minutesGender, select, neuter {ope} other {open}} i møtemappa, så alle medlemmene kan lese {minutesGender, select, neuter {det} other {han}} i SharePoint. «Rett tilgangane» lukkar {minutesGender, select, neuter {det} other {han}}.',
  'exempt.inherits': 'Rada for sak {sak} i {target} har innhald som er unnateke offentlegheit, men arvar tilgangane frå lista, så alle med lesetilgang til lista kan lese ho i SharePoint.',
  'exempt.extra': '{who} kan lese rada for sak {sak} i {target} i SharePoint utan å ha tilgang til innhaldet som er unnateke offentlegheit.',
  'exempt.tooMuch': '{who} kan endre rada for sak {sak} i {target} meir enn rolla gir.',
  'exempt.missing': '{who} manglar tilgang til rada for sak {sak} i {target}, som er unnateke offentlegheit.',
  'exemptParts': 'Møteraden for {target} held framleis det møtet registrerte om ei sak unnateken offentlegheit (grunnen til ein inhabilitet, kven som kom berre for saka, svar i ei skriftleg handsaming), så alle med lesetilgang til lista kan lese det i SharePoint. Rada vart lagra før dette vart flytta til den eigne lukka rada til saka. «Rett tilgangane» flyttar det dit.',
  'exemptPartsNotMoved': 'Møtebok fekk ikkje flytte det {target} registrerte om sak {sak}, som er unnateken offentlegheit, inn i den lukka rada til saka: SharePoint nekta tilgang. Det ligg framleis i møterada, der alle med lesetilgang til lista kan lese det. Be ein eigar av SharePoint-området velje «Rett tilgangane».',
  'noAccount':
    '{name} ({who}) har ingen konto i organisasjonen, heller ikkje som gjest, så SharePoint kan ikkje gi vedkomande tilgang til dokumenta for {committee}, og «Rett tilgangane» kan ikkje endre det. Vedkomande får det som følgjer med e-postane: vedlegg som blir lagde ved innkallinga, og {theMinutes} når {minutesGender, select, neuter {det} other {han}} blir send på e-post. Lenkjer til SharePoint kan vedkomande ikkje opna; skal vedkomande kunna det, må IT invitera adressa som gjest.',
  'levelMissing':
    'SharePoint-området manglar løyvenivået «{levelName}», som {target} gir lesetilgang gjennom til dokument unnatekne offentlegheit i saker henta frå eit anna utval. Utan det får dei innkalla vanleg lesetilgang, og den neste utsendinga til det andre utvalet tek han bort att, så dei ikkje kan opne dokumenta. Berre ein eigar av SharePoint-området kan lage nivået: be vedkomande velje «Rett tilgangane» før innkallinga blir send.',
  'levelOtherRights':
    'Løyvenivået «{levelName}» på SharePoint-området gir andre rettar enn Lese, så Møtebok brukar det ikkje for {target}, og dei innkalla får vanleg lesetilgang som den neste utsendinga til det andre utvalet tek bort att. Ein eigar av SharePoint-området må slette nivået eller gi det nøyaktig rettane til Lese i innstillingane for området; deretter lagar «Rett tilgangane» det slik det skal vere.',
};

const en: Record<Key, string> = {
  'target.list': 'the list {name}',
  'target.library': 'the document library',
  'target.folder': 'the folder {path}',
  'target.meeting': 'the meeting of {committee}',
  'target.meetingOn': 'the meeting of {committee} on {date}',
  'target.rows': 'the rows of {meeting}',
  'target.committee': 'the committee {committee}',
  'level': '{level, select, manage {full control} write {write access} other {read access}}',
  'versioningOff': 'Versioning is turned off for {target}, so changes cannot be traced.',
  'inherits.list': '{targetCapital} inherits the site’s permissions, so everyone with access to the site can read and perhaps change it.',
  'inherits.folder': '{targetCapital} inherits the site’s permissions, so everyone with access to the site can see it.',
  'extra': '{who} has access to {target} without a role in the committee.',
  'tooMuch': '{who} has more access to {target} than their role gives.',
  'noEmail': '{name} has no e-mail address in the settings and cannot be given access to {target}.',
  'missing': '{name} lacks {level} to {target}.',
  'folderMissing': '{targetCapital} does not exist yet; it is created with the right permissions when the site is prepared.',
  'unreadable': 'Møtebok could not read the permissions of {target} (SharePoint refused access), so they cannot be checked from here. Only an owner of the SharePoint site or someone with full control over {target} can see and repair them.',
  'notSet': 'Møtebok could not repair the permissions of {target} (SharePoint refused access): either you do not have full control over it, or the app has not been allowed to change permissions on the site. Ask an owner of the SharePoint site to repair them.',
  'noManager': 'Nobody in the secretariat of {committee} has an e-mail address, so nobody can manage the committee’s access in SharePoint, and no item can be exempted from public access. Add the secretariat in the committee settings; the committee’s folders get no permissions of their own until then.',
  'approved.unlocked': '{theMinutesCapital} for {target} {minutesGender, select, neuter {is} other {are}} approved, but {rows, plural, one {one row is} other {# rows are}} not locked in SharePoint, so the referents can still change them.',
  'approved.tooMuch': '{who} can still change {target}, whose {minutes} {minutesGender, select, neuter {is} other {are}} approved.',
  'approved.missing': '{who} lacks read access to {target}, whose {minutes} {minutesGender, select, neuter {is} other {are}} approved.',
  'frozenNotApproved': '{theMinutesCapital} for {target} {minutesGender, select, neuter {is reopened, but the meeting is still locked in SharePoint, so the referents cannot correct it} other {are reopened, but the meeting is still locked in SharePoint, so the referents cannot correct them}}.',
  'referatOpen': '{theMinutesCapital} for {target} {minutesGender, select, neuter {holds} other {hold}} items exempt from public access, but {minutesGender, select, neuter {lies} other {lie}} open in the meeting folder, so every member can read {minutesGender, select, neuter {it} other {them}} in SharePoint. «Repair the permissions» closes the file.',
  'exempt.inherits': 'The row of item {sak} in {target} holds content exempt from public access, but inherits the list’s permissions, so everyone with read access to the list can read it in SharePoint.',
  'exempt.extra': '{who} can read the row of item {sak} in {target} in SharePoint without access to the content exempt from public access.',
  'exempt.tooMuch': '{who} can change the row of item {sak} in {target} more than their role gives.',
  'exempt.missing': '{who} lacks access to the row of item {sak} in {target}, which is exempt from public access.',
  'exemptParts': 'The meeting row of {target} still holds what the meeting recorded about an item exempt from public access (the ground of a disqualification, who came only for the item, answers in a written treatment), so everyone with read access to the list can read it in SharePoint. The row was stored before this moved into the item’s own closed row. «Repair the permissions» moves it there.',
  'exemptPartsNotMoved': 'Møtebok could not move what {target} recorded about item {sak}, which is exempt from public access, into the item’s closed row: SharePoint refused access. It still lies in the meeting row, where everyone with read access to the list can read it. Ask an owner of the SharePoint site to choose «Repair the permissions».',
  'noAccount':
    '{name} ({who}) has no account in the organisation, not even as a guest, so SharePoint cannot give them access to the documents of {committee}, and «Repair the permissions» cannot change that. They get what comes with the e-mails: attachments added to the notice, and {theMinutes} when {minutesGender, select, neuter {it is} other {they are}} sent by e-mail. They cannot open links to SharePoint; for that, IT must invite the address as a guest.',
  'levelMissing':
    'The SharePoint site lacks the permission level «{levelName}», through which {target} gives read access to documents exempt from public access in items taken from another committee. Without it the invitees get ordinary read access, which the other committee’s next send takes away again, so they cannot open the documents. Only an owner of the SharePoint site can make the level: ask them to choose «Repair the permissions» before the notice is sent.',
  'levelOtherRights':
    'The permission level «{levelName}» on the SharePoint site gives other rights than Read, so Møtebok does not use it for {target}, and the invitees get ordinary read access, which the other committee’s next send takes away again. An owner of the SharePoint site must delete the level or give it exactly Read’s rights in the site’s settings; «Repair the permissions» then makes it as it should be.',
};

export const permissionFindingMessages = { nb, nn, en };
export type PermissionFindingKey = Key;
