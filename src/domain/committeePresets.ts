import * as v from 'valibot';
import { ConventionsSchema, type Conventions } from './conventions';
import type { CaseNumberSerial, LanguageForm } from './model';

/**
 * "Nytt møteorgan" presets: one choice sets målform, case numbers and the committee's conventions
 * at once, for the kinds of Norwegian bodies Møtebok serves. Everything stays editable afterwards;
 * a preset only fills the form. The first is today's default (Partnerskapsmøtet).
 */
export const COMMITTEE_PRESET_IDS = ['partnerskapsmote', 'samarbeidsutvalg', 'kommunestyre', 'rad', 'bydelsutvalg', 'styringsgruppe', 'regionrad', 'kontrollutvalg', 'styre', 'helseforetak', 'universitet', 'representantskap', 'menighetsrad', 'brukerutvalg', 'aksjeselskap', 'generalforsamling', 'klagenemnd', 'eigedomsskattenemnd', 'arbeidsmiljoutvalg', 'administrasjonsutvalg', 'skoleutvalg', 'arsmote', 'forskningsetikk'] as const;
export type CommitteePresetId = (typeof COMMITTEE_PRESET_IDS)[number];

export interface CommitteePreset {
  languageForm: LanguageForm;
  caseNumberFormat: string;
  caseNumberSerial: CaseNumberSerial;
  conventions: Conventions;
  /**
   * The hjemler for lukket møte the body's law gives (`meetingPublicity.ts`), only those verified
   * against the law's text; the committee adds the ledd and bokstav it uses in its settings.
   */
  closedMeetingBases: readonly string[];
  /** Whether the body's meetings are open to the public. */
  publicMeetings: boolean;
  /**
   * The attendance list's role groups the body's law gives it (the committee's `attendanceGroups`), in print order: an
   * arbeidsmiljøutvalg's two sides and its bedriftshelsetjeneste. Absent: the groups typed in the settings are kept.
   */
  attendanceGroups?: string[];
}

const kind = (id: string, nb: string, nn: string = nb) => ({ id, nb, nn });
const approval = kind('Godkjenning', 'Godkjenning');
const minutesKind = kind('Referatsak', 'Referatsak');
/**
 * The sak that approves the last meeting's protokoll, where «Referatsaker» are something else: in a kommune the RS series (the
 * letters and others' protokoller the body is told of), in a helseforetak the same. «Referatsak» under a PS number read as one of those.
 */
const protokollApproval = kind('Referatsak', 'Godkjenning av protokoll');
const orientation = kind('Orientering', 'Orientering');

/**
 * What the meetings of owners or members that elect their møteleder share, a generalforsamling's and an årsmøte's: saker
 * numbered in each meeting, a Protokoll signed by the møteleder and those the meeting chose (`signedInMeeting`), Vedtak on
 * Forslag til vedtak, votes recorded, no «Eventuelt», not public (each preset below says why).
 */
const ELECTING_MEETING = {
  languageForm: 'nb',
  caseNumberFormat: 'Sak {N}',
  caseNumberSerial: 'perMeeting',
  publicMeetings: false,
  conventions: {
    minutes: 'protokoll',
    conclusion: 'vedtak',
    proposal: 'forslagTilVedtak',
    memoProposal: 'forslagTilVedtak',
    minutesApproval: 'signedInMeeting',
    closingRows: 'ingen',
    voting: true,
    itemKinds: [approval, kind('Vedtakssak', 'Vedtakssak'), kind('Valg', 'Valg', 'Val'), orientation],
  },
} as const;

/** Kommuneloven § 11-5: lukking of meetings in a folkevalgt organ (kommunestyre, kontrollutvalg, the organs of an interkommunalt politisk råd). */
const KOMMUNELOVEN = ['koml. § 11-5'];

/**
 * The words of a kommune's folkevalgte organer in its sak/arkiv system, shared by the kommunestyre, the klagenemnd and the
 * administrasjonsutvalg: one taking part from elsewhere seen and heard, not on the telephone (kommuneloven § 11-7,
 * conventions.ts `videoOnly`), a «Møteprotokoll», «Innstilling» before «Vedtak», the saksframlegg's «Saksutredning», the last
 * protokoll approved, votes recorded (§ 11-4), «… og saksliste».
 */
const KOMMUNE_ORGAN = {
  videoOnly: true,
  minutes: 'moteprotokoll',
  conclusion: 'vedtak',
  proposal: 'innstilling',
  memoProposal: 'innstilling',
  background: 'saksutredning',
  minutesProposal: 'approved',
  agenda: 'saksliste',
  voting: true,
} as const;

type PresetData = Omit<CommitteePreset, 'conventions' | 'closedMeetingBases' | 'publicMeetings' | 'attendanceGroups'> & { conventions: Record<string, unknown>; closedMeetingBases?: readonly string[]; publicMeetings?: false; attendanceGroups?: readonly string[] };

/**
 * Forskrift om organisering, ledelse og medvirkning § 3-7: «like mange representanter fra arbeidsgiver- og
 * arbeidstakersiden», and «Minst én representant fra bedriftshelsetjenesten skal være fast medlem av utvalget», who can
 * represent neither side (https://arbeidstilsynet.no/regelverk/forskrifter/forskrift-om-organisering-ledelse-og-medvirkning/3/3-7/).
 */
const AMU_SIDES: readonly string[] = ['Arbeidsgiversiden', 'Arbeidstakersiden', 'Bedriftshelsetjenesten'];

/**
 * A partssammensatt utvalg's two sides: the members the kommunestyre or fylkesting chose and the ones the employees'
 * organisations chose, as Trondheim's administrasjonsutvalg lists them under «Politikere:» and «Hovedtillitsvalgte:», each with
 * their union, «(Fagforbundet)», «(NSF)» (https://www.trondheim.kommune.no/content/1117724427/Administrasjonsutvalg), and Aust-Agder's
 * and Viken's «representanter fra arbeidstakersiden», «medlemmer fra arbeidstakersiden»
 * (https://www.austagderfk.no/politikk/politisk-organisering/administrasjonsutvalget/, http://viken.no/motekalender/partssammensatt-utvalg/).
 * «Arbeidstakersiden» rather than «Hovedtillitsvalgte»: not every kommune's employees send their hovedtillitsvalgte. Their nynorsk
 * words (presetSentences.ts) as Sund's and Øygarden's nynorsk pages write the sides: «valde av arbeidstakarorganisasjonane»,
 * «politisk valde».
 */
const PARTY_SIDES: readonly string[] = ['Politikere', 'Arbeidstakersiden'];

/**
 * A grunnskole's samarbeidsutvalg by the groups opplæringslova § 11-1 names, as Overhalla's page quotes it: «2 representanter
 * for undervisningspersonalet, 1 representant for andre tilsatte, 2 representanter fra foreldrerådet, 2 representanter for
 * elevene, 2 representanter for kommunen. Den ene av representantene for kommunen skal være rektor»
 * (https://www.overhalla.kommune.no/samarbeidsutvalg-og-miljoeutvalg.551691.no.html), and as the referat of a samarbeidsutvalg /
 * skolemiljøutvalg of 1 November 2016 lists its «Deltakere» by what each represents («Undervisningspersonale 1», «Øvrig
 * personale/SFO», «FAU», «Elevråd», «Rektor», https://www.lokalstyre.no/index.php?id=5922708&cat=440645). Their nynorsk words
 * (presetSentences.ts) as the law's nynorsk text reads on Hasvik's and Karmøy's pages («andre tilsette», «elevane»).
 */
const SCHOOL_GROUPS: readonly string[] = ['Undervisningspersonalet', 'Andre tilsatte', 'Foreldrerådet', 'Elevene', 'Kommunen'];

const PRESETS: Record<CommitteePresetId, PresetData> = {
  partnerskapsmote: { languageForm: 'nb', caseNumberFormat: '{YYYY}.{NN}', caseNumberSerial: 'perYear', conventions: {} },
  /**
   * A samarbeidsutvalg between a helseforetak and its kommuner (a helsefellesskap's strategisk or geografisk samarbeidsutvalg),
   * a joint body whose members come from several organisations, as the «Protokoll fra møtet i Strategisk samarbeidsutvalgene
   * for nedre Telemark (SSU)» of 19 February 2021 prints it (https://lawinsider.com/nb/contracts/3ZDCMScrOwS): «Sak 01-21» …
   * «Sak 06-21 Orienteringssaker»; «Møte ble avholdt på Teams» under its date (`recordOnline`); who took part in one table,
   * «Navn | Stilling | Organisasjon | Merknad», the kommunalsjefer of Porsgrunn, Skien, Bamble …, the klinikksjefer of STHF,
   * the tillitsvalgte of Norsk sykepleierforbund and Fagforbundet, KS and the pasient- og brukerombud marked «Observatør»,
   * the secretariat from STHF and Grenlandssamarbeidet «Sekretariat» (`attendanceTable`: each one's organisation in
   * «Representerer», «observatør» and «sekretariat» in «Funksjon»). Judgements: our table's column words are the kommunal
   * protokoll's, not the SSU's «Stilling», «Organisasjon», «Merknad» (a stilling is printed with the name when the
   * committee's «Skriv etter navnet i dokumentene» says so); the SSU lists everyone in one table, ours one per heading, by role as the seeds.
   * The record keeps the seeds' «Referat» and «Referatsak»: Sykehuset Innlandet's geografiske samarbeidsutvalg write
   * «Godkjenning av referat fra møtet 27. september 2013» (docplayer.me/amp/6721675), the SSU «Protokoll».
   */
  samarbeidsutvalg: {
    languageForm: 'nb',
    caseNumberFormat: 'Sak {NN}-{YY}',
    caseNumberSerial: 'perYear',
    conventions: {
      recordOnline: true,
      attendanceTable: true,
      // The SSU's protokoll above heads its list of saker «Sakskart» (conventions.ts `agendaHeading`). A judgement for the
      // preset's other samarbeidsutvalg: Helse Møre og Romsdal's Overordna samhandlingsutval heads its innkalling of 1 October
      // 2014 «Sakliste:» (http://docplayer.me/2977215), which a committee chooses in its settings.
      agendaHeading: 'sakskart',
      // Both print the heading over the list (`noticeAgendaHeading`): the SSU's «Sakskart», Møre og Romsdal's «Sakliste:».
      noticeAgendaHeading: true,
      // Its first sak approves that list by the same word, «Godkjenning av innkalling og sakskart», not a «dagsorden» it has not.
      agenda: 'sakskart',
      itemKinds: [approval, minutesKind, orientation, kind('Drøfting', 'Drøfting'), kind('Beslutning', 'Beslutning', 'Avgjerd')],
    },
  },
  kommunestyre: {
    languageForm: 'nb',
    caseNumberFormat: 'PS {N}/{YY}',
    caseNumberSerial: 'perYear',
    closedMeetingBases: KOMMUNELOVEN,
    conventions: {
      // A folkevalgt organ: seen and heard from elsewhere; its innkalling lists its saker under «Saksliste», and the first sak approves it.
      ...KOMMUNE_ORGAN,
      // Its protokoll heads attendance «Faste medlemmer som møtte», «Møtende varamedlemmer», «Faste medlemmer som ikke møtte».
      attendanceHeadings: 'metOrNot',
      // Its innkalling and protokoll state «Møtested», «Møtedato» and «Tid» on rows of their own (conventions.ts `factsApart`).
      factsApart: true,
      // Its innkalling heads its facts «Utvalg: Kommunestyret» and its list «SAKSLISTE», as Søndre Land's kommunestyre's (2012,
      // http://docplayer.me/2123385) and formannskap's; Kvalsund's «SAKSLISTE» too (conventions.ts `noticeCommittee`, `noticeAgendaHeading`).
      noticeCommittee: true,
      noticeAgendaHeading: true,
      // Its saksliste prints «Saksnr. Arkivsaksnr. Tittel» in columns, as Kvalsund's kommunestyre's (2009) and Os's formannskap's
      // (2007) from the sak/arkiv system (conventions.ts `archiveColumn`).
      archiveColumn: true,
      // Its møtebok must give the avstemningsresultat (kommuneloven § 11-4 første ledd bokstav e; which parties voted for
      // which proposal, Prop. 46 L (2017–2018) p. 157): proposals made in the meeting, votes and protokolltilførsler per sak (`voting` above).
      // Referatsaker and delegerte vedtak are numbered in series of their own beside the politiske saker (RS 3/26, DS 2/26 beside PS 12/26).
      itemKinds: [
        approval,
        protokollApproval,
        kind('Vedtakssak', 'Vedtakssak'),
        { ...kind('Referatsaker', 'Referatsaker'), caseNumberFormat: 'RS {N}/{YY}' },
        orientation,
        { ...kind('Delegerte vedtak', 'Delegerte vedtak'), caseNumberFormat: 'DS {N}/{YY}' },
        kind('Interpellasjon', 'Interpellasjon'),
        kind('Spørsmål', 'Spørsmål'),
      ],
    },
  },
  /**
   * A municipality's eldreråd, råd for personer med funksjonsnedsettelse or ungdomsråd (kommuneloven § 5-12), as
   * their sakslister in the kommune's sak/arkiv system show them (Nordland, Nesset, Tana, Kristiansund): a
   * «Møteinnkalling», politiske saker «PS 8/19» beside referatsaker «RS 4/19», the first sak «Godkjenning av
   * innkalling og saksliste»; the rådet's uttale (nynorsk «fråsegn», Bufdir's word) to a sak going on to the kommunestyre.
   * Checked in nynorsk against Fylkeseldrerådet i Hordaland's innkalling (2014) and møtebok (2013), Sogn og Fjordane's
   * fylkesråd for eldre's innkalling (2014) and Møre og Romsdal's Rådet for likestilling av funksjonshemma's møteprotokoll (2019):
   * the last protokoll approved in a sak of its own, no closing row, who met in tables under «Faste medlemer som møtte» (below).
   */
  rad: {
    languageForm: 'nb',
    caseNumberFormat: 'PS {N}/{YY}',
    caseNumberSerial: 'perYear',
    // The rules of kommuneloven for folkevalgte organer hold for the råd, «blant anna … saksbehandlingsreglane i kommunelova
    // kapittel 11» (Vang kommune on its § 5-12 råd, https://www.vang.kommune.no/undermeny/politikk/rad/): a råd closes its
    // meeting by § 11-5 as the kommunestyre does, as M&R fylkeskommune's råd lists a referatsak «Unntatt offentlighet».
    closedMeetingBases: KOMMUNELOVEN,
    conventions: {
      // Seen and heard from elsewhere, as a folkevalgt organ (kommuneloven § 11-7, conventions.ts `videoOnly`): KMD's «Veileder for
      // eldreråd» says «Medlemmene av eldrerådet regnes som folkevalgte etter kommuneloven … Etter kommuneloven gjelder derfor de
      // samme reglene for eldrerådet som for folkevalgte organer» and that it «skal behandle saker og treffe vedtak i møter»
      // (https://www.regjeringen.no/no/tema/kommuner-og-regioner/kommunalrett-og-kommunal-inndeling/veileder-for-eldrerad/radsmedlemmers-oppgaver/id2666689/).
      // That the same holds for the råd for personer med funksjonsnedsettelse and the ungdomsråd, set up under the same § 5-12, is a
      // judgement: the source found speaks of the eldreråd. A råd whose kommune decides otherwise unticks it in its settings.
      videoOnly: true,
      // Its record heads «Møteprotokoll», as Trondheim's råd for mennesker med nedsatt funksjonsevne's (2008,
      // http://docplayer.me/41005972-Moteprotokoll-kommunalt-rad-for-mennesker-med-nedsatt-funksjonsevne.html) and Møre og
      // Romsdal fylkeskommune's Rådet for likestilling av funksjonshemma's (2019, in Nesset's råd's innkalling,
      // http://docplayer.me/144169375-Orientering-om-folkehelseprofil-2019-for-nesset-v-folkehelsekoordinator-mari-husan.html).
      minutes: 'moteprotokoll',
      // Who met under the kommunal protokoll's headings (`attendanceHeadings: 'metOrNot'`), each in a «Navn | Funksjon |
      // Representerer» table (`attendanceTable`, the vara «Navn | Møtte for | Representerer»), as the råd's protokoller print it:
      // Møre og Romsdal fylkeskommune's Rådet for likestilling av funksjonshemma in nynorsk, «Faste medlemer som møtte: Namn
      // Funksjon Representerer Monica Molvær Leiar H …», «Faste medlemer som ikkje møtte», «Varamedlemer som møtte: Namn Møtte for
      // Representerer» (protokoll nr. 1/2019, in Nesset's Råd for eldre og funksjonshemma's innkalling, docplayer 144169375 above),
      // and Kristiansund's Ungdomsrådet in bokmål, «Følgende faste medlemmer møtte: Navn Funksjon Representerer Amalie O. Lundstad
      // Leder KRSUND VGS …», «Følgende medlemmer hadde meldt forfall» (14 May 2012,
      // http://docplayer.me/4031255-Side-1-moteinnkalling-motested-kristiansund-radhus-formannskapssalen-dato-14-05-2012-tidspunkt-09-00.html).
      // Not every råd: Fylkeseldrerådet i Hordaland's møtebok of 11 April 2013 lists «DESSE MØTTE», «FORFALL», «DESSUTAN MØTTE»
      // (http://docplayer.me/1364027); the preset follows the two, a judgement, and a råd printing it otherwise unticks it.
      attendanceHeadings: 'metOrNot',
      attendanceTable: true,
      // The next meeting approves the last protokoll in a sak of its own, as the råd's sakslister: Nesset's «PS 6/19 Godkjenning
      // av protokoll fra forrige møte», Tana ungdomsråd's «PS 38/2013 Godkjenning av protokoll fra møtet den …» (2013,
      // http://docplayer.me/3987960-Deanu-gielda-tana-kommune.html), Kristiansund ungdomsråd's «PS 12/16 Godkjenning av protokoll
      // fra møte …», «Protokoll fra møte … godkjennes» and, in nynorsk, Fylkeseldrerådet i Hordaland's «PS 42/14 Godkjenning av
      // møtebok forrige møte» (2014, http://docplayer.me/17456434-Fylkeseldreradet-i-hordaland-margot-bertheussen-utvalsleiar.html):
      // proposed approved, not «teke til orientering» as the seeds' referat (`minutesProposal`).
      minutesProposal: 'approved',
      // No row closes the list: none of the råd's sakslister above (nor Nordland's eldreråd's of 2015 or Sogn og Fjordane's
      // fylkesråd for eldre's of 2014) ends with «Eventuelt» or «Oppsummering og avslutning»; each ends with its last sak
      // (`closingRows: 'ingen'`). A råd that keeps «Eventuelt» chooses it in its settings.
      closingRows: 'ingen',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      agenda: 'saksliste',
      notice: 'moteinnkalling',
      // «Møtested», «Dato», «Tidspunkt» on rows of their own, as Nesset's and the eldreråd's innkallinger (conventions.ts `factsApart`).
      factsApart: true,
      // Over them «Utvalg: Eldrerådet» (Nordland fylkes eldreråd, 2015, http://docplayer.me/17924823), nynorsk «Utval:
      // Fylkeseldrerådet i Hordaland» (2014, docplayer 17456434 above), and over the list «Saksliste», «Sakliste», «SAKSLISTE»
      // (those two and Sogn og Fjordane's below; conventions.ts `noticeCommittee`, `noticeAgendaHeading`). Sogn og Fjordane
      // names the body «Organ:», a word the row does not offer: a judgement to follow the two.
      noticeCommittee: true,
      noticeAgendaHeading: true,
      // «SAKSLISTE Saksnr. Arkivsaksnr. / Tittel 8/14 14/3716 Skriv og meldingar …» in columns, as Sogn og Fjordane
      // fylkeskommune's Fylkesrådet for eldre's møteinnkalling of 2014 prints it
      // (http://docplayer.me/45847463-Saksliste-moteinnkalling-fylkesradet-for-eldre-fylkeshuset-moterom-skala-motestad-motedato-tid.html;
      // conventions.ts `archiveColumn`).
      archiveColumn: true,
      // A rådgivende organ: in a sak going on to the body that decides, its conclusion is an «Uttalelse», which follows the
      // saksdokumentene there (conventions.ts `advisory`, with Bærum's, KMD's and Trondheim's words), not an innstilling.
      advisory: true,
      itemKinds: [
        approval,
        protokollApproval,
        orientation,
        kind('Uttalelse', 'Uttalelse', 'Fråsegn'),
        kind('Vedtakssak', 'Vedtakssak'),
        { ...kind('Referatsaker', 'Referatsaker'), caseNumberFormat: 'RS {N}/{YY}' },
      ],
    },
  },
  /**
   * An Oslo bydelsutvalg, a kommunedelsutvalg of kommuneloven § 5-8: «Kommunedelsutvalg er utvalg etter § 5-7, og alle de
   * øvrige bestemmelsene i loven om utvalg og folkevalgte organer, gjelder for kommuendelsutvalgene» (KMD's lokaldemokrativeileder,
   * https://www.regjeringen.no/no/tema/kommuner-og-regioner/kommunereform/Verktoy/lokaldemokrativeilederen/politisk-organisering-og-politikernes-rolle/kommunedelsutvalg/id2424165/),
   * so it closes a meeting by § 11-5, takes part from elsewhere seen and heard (§ 11-7) and its protokoll gives the
   * avstemningsresultat (§ 11-4), as the kommunestyre preset. Its papers as the bydeler print them:
   * - «Møteinnkalling 5/10 Møte: Bydelsutvalget Møtested: Akersbakken 27 Møtetid: tirsdag 22. juni 2010 kl …», «SAKSKART Åpen
   *   halvtime Godkjenning av innkalling Godkjenning av sakskart …», saker «Sak 97/10 BU-protokoll mai», «Sak 98/10 Protokoller
   *   fra råd og utvalg», «Referatsaker» (St. Hanshaugen, http://docplayer.me/50612320); its «Protokoll 8/09» of 27 October 2009
   *   (http://docplayer.me/2961125);
   * - «Møteinnkalling 6/12 … SAKSKART Opprop Åpen halvtime Saker til behandling Sak 158/12 Godkjenning av innkalling og sakskart
   *   Sak 159/12 Godkjenning av BU-protokoll fra møtet Sak 160/12 Protokoller til orientering … Eventuelt» (Østensjø, 15 October
   *   2012, http://docplayer.me/63306800);
   * - «SAK 95/13 PROTOKOLL FRA MØTE I BYDELSUTVALGET … Bydelsdirektørens forslag til vedtak: Protokollen godkjennes. Vedtak:»
   *   (Grünerløkka, innkalling 6/13 of 31 October 2013, http://docplayer.me/3507931);
   * - «Møtebok Utvalg: Bydelsutvalget … Følgende medlemmer møtte: Navn Funksjon Repr Vara for», «Forfall», «Følgende fra
   *   administrasjonen møtte», «Saksliste: … 1. Åpen halvtime 2. Godkjenning av innkalling og saksliste 3. Godkjenning av protokoll
   *   … 14. Eventuelt» (Sagene, 11 December 2014, https://docplayer.me/14733121); «Votering: Enstemmig» in the protokoll of St.
   *   Hanshaugen's ungdomsråd, whose «Bydelsdirektørens forslag til vedtak» goes to the bydelsutvalg (2007, http://docplayer.me/108066449).
   * So: «Sak 158/12» through the year, the meetings numbered (`meetingsNumbered`), a «Møteinnkalling» with «Møtested» and the date
   * written out on rows of their own (`factsApart`, `datesWritten`), its list «Sakskart» whose first sak approves «innkalling og
   * sakskart», «Åpen halvtime» an unnumbered row before it (`openingRows`), the last protokoll approved as a sak, «Bydelsdirektørens
   * forslag til vedtak» (`proposalBy`), «Vedtak», a «Protokoll», who met in «Navn | Funksjon | Representerer» tables, each one's party
   * in the column (`attendanceTable`) under the kommunal protokoll's headings (`attendanceHeadings: 'metOrNot'`), «Eventuelt» last.
   * Judgements: «Eventuelt» last as Sagene's and Østensjø's, not among the rows before the saker as St. Hanshaugen's and
   * Grünerløkka's; «Opprop» left for the committee to add (Østensjø and Grünerløkka print it, St. Hanshaugen and Sagene do not);
   * Sagene's «Møtebok» and «BU 14/72» are a committee's choice in its settings; «Møte 6/2012» as Møtebok numbers meetings, not «6/12».
   */
  bydelsutvalg: {
    languageForm: 'nb',
    caseNumberFormat: 'Sak {N}/{YY}',
    caseNumberSerial: 'perYear',
    closedMeetingBases: KOMMUNELOVEN,
    conventions: {
      videoOnly: true,
      minutes: 'protokoll',
      // «Protokoll fra møte i Bydelsutvalget i Bydel Grünerløkka 16. desember 2010» (its protokoll 7/10, http://docplayer.me/43501078).
      recordFromMeeting: true,
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      memoProposal: 'forslagTilVedtak',
      proposalBy: 'Bydelsdirektørens',
      minutesApproval: 'nextMeeting',
      minutesProposal: 'approved',
      notice: 'moteinnkalling',
      agenda: 'sakskart',
      agendaHeading: 'sakskart',
      // «SAKSKART» over the list (St. Hanshaugen, Østensjø). Their head names the body «Møte: Bydelsutvalget», not «Utvalg:», so no
      // committee row (`noticeCommittee`).
      noticeAgendaHeading: true,
      openingRows: [{ title: 'Åpen halvtime' }],
      closingRows: 'eventuelt',
      meetingsNumbered: true,
      factsApart: true,
      datesWritten: true,
      attendanceHeadings: 'metOrNot',
      attendanceTable: true,
      voting: true,
      itemKinds: [approval, protokollApproval, kind('Vedtakssak', 'Vedtakssak'), orientation, kind('Referatsaker', 'Referatsaker')],
    },
  },
  /**
   * A project's styringsgruppe in a kommune, as two read: Lund kommune's «Referat fra møte i styringsgruppa for pilotprosjektet»
   * of 30 January 2018 (its saker «1.»–«5.» in the meeting, each what was decided and who does it written under it:
   * «Rådmannen sørger for …», «Prosjektleder … sørger for …»; «Til stede:», «Fra administrasjonen:», «(Referent)»,
   * https://www.lund.kommune.no/referat-fra-styringsgruppa-for-pilotprosjektet-sentrumsutvikling-30-01-18.6087094-457479.html),
   * and Prosjekt Sunnfjord's «Dagsorden møte i styringsgruppa 21.06.17» (nynorsk: «1. Ang. godkjenning av referat frå møte i
   * styringsgruppa 16.06.17» … «4. Eventuelt»; its prosjektgruppe's of 16.06.17 the same, «10. Eventuelt»,
   * http://prosjektsunnfjord.no/nyhende/page/2/). So: saker numbered 1, 2 in each meeting, the last meeting's referat approved
   * in the next (Sunnfjord's; a sak the app adds, `nextMeeting`, proposing it approved), «Eventuelt» the last numbered sak,
   * «Dagsorden» over the list, «Referat fra møte i …», no sakstype under the number (neither prints one). Who does what by when
   * the referent records as oppfølgingspunkter, which the referat prints under the sak's konklusjon as lines «… – ansvarlig: …,
   * frist …», as Lund writes them under its saker: neither has a table of them, so none is made. Judgements: the number without
   * the list's «.» (the documents print «Sak 1» in running text); the sakstyper kept (Orientering, Drøfting, Beslutning) for the
   * referent's buttons. Lund's referat approves nothing, and both lack «Godkjenning av innkalling og dagsorden», so a new
   * meeting has none (`approvalRow: false`): Sunnfjord's first sak approves the last referat.
   */
  styringsgruppe: {
    languageForm: 'nb',
    caseNumberFormat: '{N}',
    caseNumberSerial: 'perMeeting',
    conventions: {
      recordFromMeeting: true,
      minutesApproval: 'nextMeeting',
      minutesProposal: 'approved',
      agendaHeading: 'dagsorden',
      closingRows: 'eventuelt',
      closingNumbered: true,
      kindsUnderNumber: false,
      approvalRow: false,
      itemKinds: [approval, minutesKind, orientation, kind('Drøfting', 'Drøfting'), kind('Beslutning', 'Beslutning', 'Avgjerd')],
    },
  },
  /**
   * A regionråd or interkommunalt politisk råd in nynorsk, whose members come from the kommuner of the region, as Regionrådet
   * Nordhordland's «PROTOKOLL MØTE I REGIONRÅDET NORDHORDLAND Møte: 6/2014 Tid: Fredag 7. november kl. 09:00 14:30 Stad: Meland
   * rådhus» reads: the meetings numbered through the year (`meetingsNumbered`), the day written out (`datesWritten`), «Sak 47/14
   * Godkjenning, møteinnkalling og saksliste», «Sak 48/14 Godkjenning, møteprotokoll møte 5/2014»
   * (http://docplayer.me/2579743). Who met and the kommune each represents in «Namn | Funksjon | Representerer» tables
   * (`attendanceTable`), as the styre for Osloregionen's referat of 20 March 2007 names each member with the body they come
   * from, «Ordfører Ole Haabeth, Nedre Glomma regionråd», «Fylkesordfører Hildur Horn Øyen, Akershus fylkeskommune»
   * (http://docplayer.me/1050047). Judgements: Nordhordland lists its ordførarar under «Ordførar:» without their kommune, and
   * its rådmenn under «Rådmenn:» (the table's «administrasjonen»); Salten Regionråd's «SR-sak 32/14» (http://docplayer.me/346326)
   * is a prefix a råd types in its settings.
   */
  regionrad: {
    languageForm: 'nn',
    caseNumberFormat: 'Sak {N}/{YY}',
    caseNumberSerial: 'perYear',
    closedMeetingBases: KOMMUNELOVEN,
    conventions: {
      // A folkevalgt organ: one taking part from elsewhere is seen and heard, not on the telephone (kommuneloven § 11-7, conventions.ts `videoOnly`).
      videoOnly: true,
      notice: 'moteinnkalling',
      // Nordhordland's «Godkjenning, møteinnkalling og saksliste»: nynorsk «… og sakliste», as the workspace words the list.
      agenda: 'saksliste',
      meetingsNumbered: true,
      datesWritten: true,
      attendanceTable: true,
      minutes: 'moteprotokoll',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      background: 'saksutredning',
      itemKinds: [approval, protokollApproval, kind('Vedtakssak', 'Vedtakssak'), orientation, kind('Drøfting', 'Drøfting')],
    },
  },
  /**
   * A municipality's kontrollutvalg, its saker prepared by a kontrollutvalgssekretariat: numbered
   * «12/24», «forslag til vedtak» in the saksframlegg, møteprotokoll approved in the next meeting,
   * and the kinds of its sakslister (vedtakssaker, orienteringer, referatsaker).
   */
  kontrollutvalg: {
    languageForm: 'nb',
    caseNumberFormat: '{N}/{YY}',
    caseNumberSerial: 'perYear',
    closedMeetingBases: KOMMUNELOVEN,
    conventions: {
      // A folkevalgt organ: one taking part from elsewhere is seen and heard, not on the telephone (kommuneloven § 11-7, conventions.ts `videoOnly`).
      videoOnly: true,
      minutes: 'moteprotokoll',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      memoProposal: 'forslagTilVedtak',
      background: 'saksutredning',
      minutesApproval: 'nextMeeting',
      minutesProposal: 'approved',
      // A folkevalgt organ: its møtebok gives the avstemningsresultat (kommuneloven § 11-4 første ledd bokstav e).
      voting: true,
      itemKinds: [approval, protokollApproval, kind('Vedtakssak', 'Vedtakssak'), orientation, kind('Referatsaker', 'Referatsaker')],
    },
  },
  /**
   * The board of a helseforetak, an IKS or an AS: styresaker numbered «Sak 045-2026» through the
   * year, a protokoll the members sign (an AS board's protokoll is signed by the members who took
   * part), beslutning-, orienterings- and drøftingssaker.
   */
  styre: {
    languageForm: 'nb',
    caseNumberFormat: 'Sak {NNN}-{YYYY}',
    caseNumberSerial: 'perYear',
    conventions: {
      minutes: 'protokoll',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      memoProposal: 'forslagTilVedtak',
      minutesApproval: 'signed',
      // The board as the subject of its conclusions, as in the protokoll's «Styret vedtok …».
      notedConclusion: 'Styret tok saken til orientering.',
      itemKinds: [approval, kind('Beslutning', 'Beslutning', 'Avgjerd'), orientation, kind('Drøfting', 'Drøfting')],
      // Aksjeloven § 6-19: the chair may put a sak to the board in writing, any member may demand a meeting.
      writtenTreatment: true,
    },
  },
  /**
   * The styre of a helseforetak, as its innkallinger and protokoller of 2004–2015 read: styresaker
   * «Sak 01/2015» through the year, the first approving «innkalling og saksliste», the previous
   * protokoll approved and signed by the members as a sak of the next meeting («Godkjenning av
   * protokoll …»; «Protokoll … godkjennes og signeres»), «Forslag til vedtak», the saksframlegg's
   * «Saksutredning», and orienterings- and referatsaker. Its meetings are open by the owner's
   * styringsdokument, not by a law verified here: no hjemmel for lukking is filled in. The innkalling is headed
   * «Innkalling til møte i …», as Helse Nord-Trøndelag's «Innkalling til møte i styret for Helse Nord-Trøndelag 19. januar
   * 2015» (http://docplayer.me/4795484-Innkalling-til-mote-i-styret-for-helse-nord-trondelag-19-januar-2015.html); the bare
   * «Innkalling Styret i Helse … HF» reads as a word missing.
   */
  helseforetak: {
    languageForm: 'nb',
    caseNumberFormat: 'Sak {NN}/{YYYY}',
    caseNumberSerial: 'perYear',
    conventions: {
      minutes: 'protokoll',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      memoProposal: 'forslagTilVedtak',
      background: 'saksutredning',
      agenda: 'saksliste',
      notice: 'innkallingTilMote',
      minutesApproval: 'signed',
      minutesProposal: 'approved',
      // Its sakslister print number and title, the saker grouped under headings: no sakstype under the number.
      kindsUnderNumber: false,
      // The sak that approves the record is «Godkjenning av protokoll»: an HF's «Referatsaker» are the letters and protokoller of others it is told of.
      itemKinds: [approval, protokollApproval, kind('Vedtakssak', 'Vedtakssak'), orientation, kind('Referatsaker', 'Referatsaker')],
      // Its «Orienteringssaker» one sak whose orienteringer are numbered «1. Møteprotokoll styret i Helse Midt-Norge … 5. Andre
      // orienteringer», then «Eventuelt» (Helse Nord-Trøndelag's innkalling above; Helse Nord RHF's saksliste of 18 December
      // 2001 ends «Referatsaker», «Eventuelt», http://docplayer.me/39418396-Innkalling-til-styremote-i-helse-nord-rhf.html),
      // not the seeds' «Oppsummering og avslutning».
      subItemsNumbered: true,
      closingRows: 'eventuelt',
      // Its styresaker give the meeting's date in their header (Helse Nord-Trøndelag's «Saken behandles i: … Møtedato»).
      memoMeetingDate: true,
      // «Protokoll fra styremøte …» (Helse Finnmark's «Protokoll fra styremøte 8. desember 2011», docplayer.me/44225481;
      // Helse Vest RHF's «Protokoll fra styremøte i Helse Vest RHF»): «Protokoll fra møte i Styret …», as its innkalling is
      // «til møte i»; the bare «Protokoll Styret for Helse … HF» reads as a word missing.
      recordFromMeeting: true,
    },
  },
  /**
   * The styre of a state university or høgskole (universitets- og høyskoleloven), as NTNU's styresaker and forretningsorden
   * read: «S-sak 21/24» for what the styre decides beside «O-sak 09/24» for orienteringer, each series through the year;
   * «Vedtakssaker» and «Orienteringssaker» as headings over number and title, as the sakskart of Høgskolen i Molde and
   * Høgskulen i Sogn og Fjordane group them (each with its own series there too); a «Møteinnkalling» (Molde, Sogn og
   * Fjordane); the first sak approves the dagsorden and habilitet (UiO; NTNU's «… og habilitetsvurdering»); the previous protokoll approved as a sak of the next
   * meeting («Godkjenning av protokoll fra møte …», UiO, Molde); «Forslag til vedtak» (UiO, Molde), whose proposer a
   * committee names in its settings («Høgskoledirektørens forslag til vedtak», Høgskolen i Gjøvik); «Eventuelt» last
   * (UiO, Molde, Gjøvik). No hjemmel for lukking filled in: none verified here.
   */
  universitet: {
    languageForm: 'nb',
    caseNumberFormat: 'S-sak {NN}/{YY}',
    caseNumberSerial: 'perYear',
    conventions: {
      minutes: 'protokoll',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      memoProposal: 'forslagTilVedtak',
      minutesApproval: 'nextMeeting',
      minutesProposal: 'approved',
      notice: 'moteinnkalling',
      // UiO's and NTNU's first sak: «Godkjenning av dagsorden og habilitet(svurdering)».
      agenda: 'dagsordenOgHabilitet',
      closingRows: 'eventuelt',
      kindsUnderNumber: false,
      itemKinds: [
        approval,
        kind('Referatsak', 'Godkjenning av protokoll'),
        kind('Vedtakssak', 'Vedtakssak'),
        { ...kind('Orientering', 'Orienteringssak'), caseNumberFormat: 'O-sak {NN}/{YY}' },
        kind('Referatsaker', 'Referatsaker'),
      ],
    },
  },
  /**
   * The representantskap of an interkommunalt selskap (IKS-loven), the owners' organ, each owner kommune's representatives
   * with their vara: «SAK 6/2012 … STYRETS INNSTILLING» (Romsdalshalvøya Interkommunale Renovasjonsselskap IKS), the
   * brannstyre giving «innstilling i saker der representantskapet er avgjerdsinstans» (Øygarden brann og redning IKS);
   * «Innkalling til møte i representantskapet», the first sak «Godkjenning av innkalling» (ÅRIM IKS); two chosen «til å
   * undertegne protokollen sammen med møteleder», «Representantskapet fattet følgende … vedtak» (Vekst i Grenland IKS);
   * «Representantskapet tar … til orientering» (Asker og Bærum brannvesen IKS). The owners' kommuner are the attendance
   * list's groups, set per committee (Vekst i Grenland's protokoll of 15 April 2016 lists who met «For Skien kommune: …», «For
   * Porsgrunn kommune: …»). Who proposes is left to the committee («Styrets» in its settings): it would head every
   * sak's innstilling, also the first sak's and a «Valg av styre» whose innstilling is the valgkomité's. Its protokoll is
   * signed after the meeting by the møteleder and those the meeting chose, no sak of the next meeting approving it
   * (`signedByChosen`; conventions.ts has Vekst i Grenland's and IKA Kongsberg's; two chosen, as Vekst's, the default of
   * `coSigners`, another number set in the settings), not approved and signed in the next meeting
   * as a helseforetak's styre does (`signed`). Its meetings public and closed by kommuneloven § 11-5: before 2024 IKS-loven
   * had no rule on open meetings and § 11-5 «gjeld … ikkje for IKS» (Prop. 61 L (2022–2023) punkt 4.1.1,
   * https://www.regjeringen.no/no/dokumenter/prop.-61-l-20222023/id2967361/?ch=4); the change Stortinget passed on 23 May 2023
   * made them open: «Etter lovendringen vil nå møter i representantskapene være åpne», not the styre's (Samfunnsbedriftene,
   * 7 June 2023, https://www.samfunnsbedriftene.no/artikkel/stortinget-vedtok-endringer-i-iks-loven), from 1 January 2024 for
   * «Alle interkommunale selskap som er omfattet av offentlighetsloven», closed for «lovbestemt taushetsplikt»,
   * «Personvernhensyn» and «tungtveiende offentlige interesser» (its webinar of 31 January 2024,
   * https://www.samfunnsbedriftene.no/moteplasser/webinar-om-apne-representantskapsmoter-i-iks) — kommuneloven § 11-5's
   * grounds: Romerike Revisjon IKS writes that «reglene i kommuneloven om møteoffentlighet … skal gjelde på samme måte for
   * representantskapet i IKS» (https://www.romerikerevisjon.no/om-oss/representantskap). Judgements: the hjemmel printed is
   * «koml. § 11-5» alone, since the IKS-loven paragraph that applies it was not seen in the sources found (a committee adds it
   * in its settings); and an IKS outside offentleglova, whose representantskap the law leaves free, unticks «Møtene er åpne for allmennheten».
   * The styre of an IKS (the `styre` preset) is not made open.
   */
  representantskap: {
    closedMeetingBases: KOMMUNELOVEN,
    languageForm: 'nb',
    caseNumberFormat: 'Sak {N}/{YYYY}',
    caseNumberSerial: 'perYear',
    conventions: {
      minutes: 'protokoll',
      conclusion: 'vedtak',
      proposal: 'innstilling',
      memoProposal: 'innstilling',
      agenda: 'saksliste',
      notice: 'innkallingTilMote',
      minutesApproval: 'signedByChosen',
      notedConclusion: 'Representantskapet tok saken til orientering.',
      itemKinds: [approval, kind('Vedtakssak', 'Vedtakssak'), orientation],
    },
  },
  /**
   * A menighetsråd (nynorsk sokneråd) or a kirkelig fellesråd of Den norske kirke, as their innkallinger and
   * protokoller read (Sunde, Sola, Randaberg and Røyken menighetsråd; Lier, Sola, Sandnes, Porsgrunn and Rauma
   * kirkelige fellesråd; Askvoll sokneråd): saker numbered through the year («Sak 72/22», «Sak 22/15», «92/15»;
   * prefixed «MR-sak»/«FR-sak» in some, which the committee types); the first sak «Godkjenning av innkalling og
   * saksliste», the next approving the record of the last meeting («Godkjenning av protokoll fra MR-møte …»,
   * «… av møtebok fra møte …»; «Protokoll godkjennes.»); «Forslag til vedtak»; the record a «Møteprotokoll», as
   * most of these head it (Randaberg, Lier, Rauma, Askvoll; Porsgrunn and Lørenskog write «Møtebok», which the
   * settings offer, but Møtebok's own PDF of the meeting's papers is called «Møtebok» too); vedtaks-, orienterings-
   * and referatsaker, printed as number and title under headings (Sandnes, Rauma); «Eventuelt» last.
   * No hjemmel for lukking filled in: none verified here.
   */
  menighetsrad: {
    languageForm: 'nb',
    caseNumberFormat: 'Sak {N}/{YY}',
    caseNumberSerial: 'perYear',
    conventions: {
      minutes: 'moteprotokoll',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      memoProposal: 'forslagTilVedtak',
      minutesApproval: 'nextMeeting',
      minutesProposal: 'approved',
      agenda: 'saksliste',
      closingRows: 'eventuelt',
      kindsUnderNumber: false,
      // No «Referatsak» in the list: the sak that approves the record is labelled by the record word («Godkjenning av møteprotokoll»).
      itemKinds: [approval, kind('Vedtakssak', 'Vedtakssak'), kind('Orientering', 'Orienteringssak'), kind('Referatsaker', 'Referatsaker')],
    },
  },
  /**
   * The brukerutvalg (nynorsk brukarutval) of a helseforetak or regionalt helseforetak, the patient and user organisations'
   * representatives (FFO, SAFO, Kreftforeningen …) advising the styre and the administrerende direktør, the HF's administration
   * its secretariat, as Helse Nord RHF's Regionalt brukerutvalg writes its papers: the first sak «Godkjenning av innkalling og
   * saksliste», the next «Godkjenning av protokoll fra møte i Regionalt brukerutvalg 20. mars 2014», vedtakssaker, then
   * «Orienteringssaker», one sak whose orienteringer are numbered 1., 2., 3. (from the leder, the members and the RHF's ledelse),
   * and «Referatsaker», number and title only; the
   * record «Protokoll fra møte i Regionalt brukerutvalg» (Sykehuset Innlandet writes «Møtereferat», which the settings offer).
   * Its saker are numbered through the year as the HF's styresaker are (`Sak {NN}/{YYYY}`; Helse Nord prefixes «RBU-sak», which
   * the committee types); «Forslag til vedtak» and «Eventuelt» last are the HF styre's, not seen in a brukerutvalg's papers.
   * Its meetings are often open (Helse Førde's brukarutval); no hjemmel for lukking filled in: none verified here.
   */
  brukerutvalg: {
    languageForm: 'nb',
    caseNumberFormat: 'Sak {NN}/{YYYY}',
    caseNumberSerial: 'perYear',
    conventions: {
      minutes: 'protokoll',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      memoProposal: 'forslagTilVedtak',
      minutesApproval: 'nextMeeting',
      minutesProposal: 'approved',
      agenda: 'saksliste',
      notice: 'innkallingTilMote',
      // «Protokoll fra møte i Regionalt brukerutvalg …», as its innkalling is «til møte i».
      recordFromMeeting: true,
      // Its «Orienteringssaker» one sak, its orienteringer «1. Informasjon fra RBU-leder», «2. … fra RBU-medlemmer», «3. … fra RHF-ledelsen».
      subItemsNumbered: true,
      closingRows: 'eventuelt',
      kindsUnderNumber: false,
      itemKinds: [approval, kind('Referatsak', 'Godkjenning av protokoll'), kind('Vedtakssak', 'Vedtakssak'), kind('Orientering', 'Orienteringssak'), kind('Referatsaker', 'Referatsaker')],
    },
  },
  /**
   * The styre of a municipally owned aksjeselskap (an energi-, havne-, eiendoms- or renovasjonsselskap AS), as aksjeloven asks
   * and such boards write: the protokoll signed by every board member who took part (§ 6-29 (3), `signedByAll`), so no sak of
   * the next meeting approves it; daglig leder prepares the saker with the styreleder (§ 6-21) and is the secretariat; saker
   * numbered through the year, «Beslutningssaker» and «Orienteringssaker» as headings over number and title (Tafjord Kraft AS's
   * møtebok), «Eventuelt» last (Vekst i Grenland's styreprotokoll); the board as the subject of its conclusions («Styret
   * fattet følgende enstemmige vedtak»); its styremøter numbered through the year («3/2026»), a judgement from the
   * brief's «Styremøte 3/2026» the committee may untick. Its meetings are not open by law: kommuneloven's møteoffentlighet
   * does not reach an AS (Norsk Presseforbund: «gjelder ikke kommuneloven direkte, men møteoffentlighet kan følge av praksis
   * eller av selskapets vedtekter»), so the preset says not public; offentleglova § 2 first paragraph c/d may still
   * reach its documents, which the committee marks as every other. Not for a KF's styre: «et annet kommunalt organ» under
   * kommuneloven § 5-2, whose meetings follow the rules of folkevalgte organer (§ 5-2 third paragraph, KMD 2023), so
   * public and closed by koml. § 11-5, and whose protokoll no law asks every member to sign.
   */
  aksjeselskap: {
    languageForm: 'nb',
    caseNumberFormat: 'Sak {N}/{YY}',
    caseNumberSerial: 'perYear',
    publicMeetings: false,
    conventions: {
      minutes: 'protokoll',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      memoProposal: 'forslagTilVedtak',
      minutesApproval: 'signedByAll',
      notedConclusion: 'Styret tok saken til orientering.',
      closingRows: 'eventuelt',
      kindsUnderNumber: false,
      meetingsNumbered: true,
      // § 6-29 (1): the protokoll states how the saker were dealt with; a meeting on Teams says so under date and place.
      recordOnline: true,
      itemKinds: [approval, kind('Beslutning', 'Beslutningssak', 'Avgjerdssak'), kind('Orientering', 'Orienteringssak'), kind('Drøfting', 'Drøftingssak')],
      // Aksjeloven § 6-19: the chair may put a sak to the board in writing, any member may demand a meeting.
      writtenTreatment: true,
    },
  },
  /**
   * The ordinær generalforsamling of an aksjeselskap owned wholly or partly by kommuner, the owners' organ, each owner
   * represented by a person with fullmakt (aksjeloven § 5-2 (1)–(2): «selv eller ved fullmektig», the fullmakt «skriftlig»,
   * «signert og datert»), as the sources on its innkalling and protokoll describe it (Lederkilden's innkalling after § 5-10;
   * Altinn's and Lederkilden's pages on the protokoll after § 5-16): the meeting opened with the registration of the
   * shareholders met (an unnumbered row), then the election of the møteleder and a person to co-sign the protokoll
   * (Lederkilden: «Valg av møteleder og en person til å undertegne protokollen sammen med møteleder»), the innkalling and
   * the dagsorden approved, then årsregnskap and årsberetning, godtgjørelser and valg as the board's innkalling lists them.
   * The protokoll signed by the møteleder and at least one other person the meeting chose (Altinn: «Protokollen skal
   * underskrives av møtelederen og minst én annen person valgt av generalforsamlingen»; `signedInMeeting`), so no later
   * generalforsamling approves it; «utfallet av avstemningene» in it (Altinn), so votes recorded per sak. Saker numbered
   * in each meeting («Sak 1», a judgement: the innkallinger seen number them 1., 2., 3.); no «Eventuelt», a judgement:
   * the innkalling shall «bestemt angi» the saker (Lederkilden on § 5-10). Not public, as the AS board preset (kommuneloven's
   * møteoffentlighet does not reach an AS); a sole owner's forenklet behandling (§ 5-7) is not this preset's.
   * Its one opening row is kept as `openingRow` (read as a list of one, `fixedRows.ts`): the innkallinger found since the
   * list came (`openingRows`) number the elections as saker before or after the approval («1 Valg av møteleder», «2
   * Godkjennelse av innkalling og dagsorden» in ASA protokoller, docplayer.me/amp/134974226; «2. Valg av en person til å
   * undertegne protokollen sammen med møteleder», Ementor, NRC Group and Blom ASA's, docplayer.me/amp/1026199), which the
   * signers' election sak already is; none shows a second fixed row before them to add. One co-signer in one sak with the
   * møteleder, as the law and Lederkilden have it (the defaults of `coSigners` and `chairOwnSak`): the two saker
   * (Ementor's) and two co-signers (the Bokhandlerforeningen's) are printed too, so the committee sets them in its settings.
   */
  generalforsamling: {
    ...ELECTING_MEETING,
    conventions: {
      ...ELECTING_MEETING.conventions,
      openingRow: 'Åpning av møtet og registrering av fremmøtte aksjeeiere og fullmakter',
      recordOnline: true,
      // Its saker are a «dagsorden» (conventions.ts `agendaHeading`): Lederkilden on aksjeloven § 5-10, «Forslag til dagsorden
      // skal fremgå av innkallingen» (https://www.lederkilden.no/tema/styrearbeid/generalforsamlingen/innkalling-til-ordinar-generalforsamling);
      // the Bokhandlerforeningen's «Generalforsamlingen skal behandle følgende dagsorden» (https://bokhandlerforeningen.no/om-oss-2/generalforsamling/,
      // 2024); Produsentforeningen NORA's innkalling of 3 June 2019, «Forslag til dagsorden» (https://noramusikk.no/innkalling-til-generalforsamling-2019/);
      // its first sak «Godkjennelse av innkalling og dagsorden» (the ASA protokoller above).
      agendaHeading: 'dagsorden',
      notedConclusion: 'Generalforsamlingen tok saken til orientering.',
      // The fortegnelse states each aksjeeier's shares and votes (aksjeloven § 5-13), votes count in shares (§ 5-3 (1)).
      attendanceByShares: true,
      // «Innkallingen skal sendes senest én uke før møtet skal holdes» unless the vedtekter set longer (§ 5-10 (2); Adviso, Lederkilden).
      noticeDays: 7,
    },
  },
  /**
   * A kommune's or fylkeskommune's klagenemnd, the klageorgan for enkeltvedtak the kommunestyre sets up under forvaltningsloven
   * § 28 andre ledd (rundskriv H-1294; Larvik's of five members, Hedmark's «Felles klagenemnd» of three with personal vara), or
   * the klagenemnd for eiendomsskatt (eigedomsskattelova § 20): a folkevalgt organ, so its meetings are open and closed by
   * koml. § 11-5 (Viken's klagenemnd: many of its saker hold «personsensitive opplysninger», are «unntatt offentlighet» and its
   * meetings «lukket under behandlingen av sakene»; Hedmark's open «hvis ikke annet følger av lovbestemt taushetsplikt»), and its
   * møtebok gives the avstemningsresultat (§ 11-4). Its saker are klagesaker, each ending in the klage taken to følge, partly
   * or not (Bodø's and Gildeskål's «Blir klagen tatt til følge …»; Løten's «medhold, delvis medhold, ikke medhold»): the three
   * outcome buttons of the referent. Judgements, not seen in its papers: PS numbering and «Saksliste», as the kommune's other
   * folkevalgte organer in its sak/arkiv system; «Innstilling» (a nemnd's word for the draft it decides on: «utkast til
   * innstilling til vedtak i nemnda», skatteforvaltningsloven § 13-6 (5)); a «Klagesak» kind. Exempt saker and their hjemmel (offl. § 13 jf. fvl. § 13) the committee sets in
   * «Nye saker», as a tilsettingsråd does; «Vedtaket er endelig …» the secretariat writes in the innstilling where it holds.
   * Its closing row is left as the default («Oppsummering og avslutning», the seeds'), as the kommunestyre preset's: no
   * klagenemnd's saksliste was found (searched: its pages at Viken, Hedmark, Hordaland, Tana, Nittedal, Øygarden, Ålesund
   * show none), so no other is chosen without one.
   */
  klagenemnd: {
    languageForm: 'nb',
    caseNumberFormat: 'PS {N}/{YY}',
    caseNumberSerial: 'perYear',
    closedMeetingBases: KOMMUNELOVEN,
    conventions: {
      ...KOMMUNE_ORGAN,
      outcomes: ['Klagen tas til følge.', 'Klagen tas delvis til følge.', 'Klagen tas ikke til følge.'],
      itemKinds: [approval, protokollApproval, kind('Klagesak', 'Klagesak'), orientation],
    },
  },
  /**
   * A kommune's sakkunnige nemnd or sakkunnige klagenemnd for eigedomsskatt (eigedomsskattelova §§ 8 A-3 and 20), in nynorsk, as
   * Hjartdal kommune's sak/arkiv system prints their innkallingar: «Møteinnkalling for Sakkunnig nemnd Møtedato: Møtestad:
   * Kommunehuset Møtetid: Kl», «Utvalsmedlemene blir med dette kalla inn til møtet. Den som har lovleg forfall, eller er ugild i
   * nokon av sakene, må melda frå …», signed by its leiar, «Sakliste Sak nr. Saktittel 003/16 GODKJENNING AV MØTEBOK 004/16
   * REFERATSAKER 005/16 69/16 - KLAGE 2016 PÅ EIGEDOMSSKATTETAKST …», each sak's «RÅDMANNEN TILRÅR Møteboka frå SNE-møte blir
   * godkjent slik ho ligg føre.» (2016, https://docplayer.me/38390215-Moteinnkalling-for-sakkunnig-nemnd.html; the nemnd's of
   * 2015, «149/15 GODKJENNING AV MØTEBOK 150/15 7/3 - KLAGE PÅ EIGEDOMSSKATTETAKSTEN …», http://docplayer.me/62698166), and its
   * «Møteinnkalling for Sakkunnig klagenemnd», «Møtestad: Kommunehuset/synfaring», «030/16 GODKJENNING AV MØTEBOK 031/16 87/1 -
   * KLAGE PÅ EIGEDOMSSKATTETAKSTEN» (2016, http://docplayer.me/39563200). So: saker «003/16» through the year, a nynorsk
   * «Møteinnkalling for Sakkunnig nemnd», the «for» all three print (`notice: 'moteinnkallingFor'`; the other nynorsk innkallingar
   * seen print «Møteinnkalling» over an «Utval:» row: Fylkeseldrerådet i Hordaland's of 2014, http://docplayer.me/17456434, nye
   * Volda's valstyre's, http://docplayer.me/135911331; so «for» is Hjartdal's, set by this preset, not the default),
   * with «Møtedato», «Møtestad», «Møtetid» on rows of their own (`factsApart`), its list «Sakliste», no sak
   * approving the innkalling (`approvalRow: false`: none of the three has one), the first sak approving the last «Møtebok»
   * (`minutes: 'motebok'`, `nextMeeting`, proposed approved), a «Tilråding» (the noun of «tilrår»), «Vedtak», no «Eventuelt»
   * (none of the three ends with one). A folkevalt organ: «Eiendomsskattenemnder kan dermed være folkevalgte organer selv om
   * medlemmene ikke sitter i kommunestyret» (KMD's letter of 3 April 2018 on kommuneloven § 23,
   * https://www.regjeringen.no/no/dokumenter/-23---administrasjonssjefens-og-ordforerens-mote--og-talerett-i-eiendomsskattenemnder/id2596053/;
   * the fjernmøte forskrift of 2020 reached «nemndsmøter i eiendomsskattesaker», https://lvk.no/nyheter/midlertidig_forskrift_om_fjernmoter_i_kommunene_gjelder_ogsa_nemndsmoter_i),
   * so its meetings are open and closed by koml. § 11-5, one taking part from elsewhere is seen and heard (§ 11-7) and its
   * møtebok gives the avstemningsresultat (§ 11-4), as the klagenemnd preset; Hjartdal's møtebøker handle saker «Handsaming:
   * VOTERING: … samrøystes» (its formannskap's of 2010, https://docplayer.me/59227336), so `treatment: 'handsaming'`. Its saker
   * are klager on a takst (Sogndal: «Sakkunnig nemnd kan godta klagen og endra taksten. Dersom sakkunnig nemnd ikkje godtek
   * klagen går den til klagenemnda», https://www.sogndal.kommune.no/?id=5921875&cat=157428): the klagenemnd's three outcomes in
   * nynorsk (presetSentences.ts). Judgements: the proposal «Tilråding» without «Rådmannen» before it (the committee types who
   * tilrår in its settings); «Referatsaker» a kind numbered in the same series, as Hjartdal's 004/16; no sak is exempt by the
   * preset: Hjartdal's sakliste names the gnr/bnr of each klage but not the one who klager, which the secretary keeps out of the
   * title and marks the sak unntatt offentlegheit with its hjemmel in «Nye saker» where the klage holds what is teiepliktig
   * (eigedomsskattelova § 29); the standing note on forfall and ugildskap is the innkalling's, which the secretary writes once.
   * Its record being the «Møtebok», the PDF of its papers is «Saksdokument» (packWord.ts `packWordIdOf`), not a second «Møtebok».
   */
  eigedomsskattenemnd: {
    languageForm: 'nn',
    caseNumberFormat: '{NNN}/{YY}',
    caseNumberSerial: 'perYear',
    closedMeetingBases: KOMMUNELOVEN,
    conventions: {
      videoOnly: true,
      minutes: 'motebok',
      conclusion: 'vedtak',
      proposal: 'tilraading',
      memoProposal: 'tilraading',
      minutesApproval: 'nextMeeting',
      minutesProposal: 'approved',
      notice: 'moteinnkallingFor',
      factsApart: true,
      // «Sakliste» over the list, as all three print it; no «Utval:» row, the name being in the heading (`noticeAgendaHeading`).
      noticeAgendaHeading: true,
      approvalRow: false,
      closingRows: 'ingen',
      treatment: 'handsaming',
      voting: true,
      outcomes: ['Klaga vert teken til følgje.', 'Klaga vert delvis teken til følgje.', 'Klaga vert ikkje teken til følgje.'],
      itemKinds: [kind('Referatsak', 'Godkjenning av møtebok'), kind('Klagesak', 'Klagesak'), kind('Vedtakssak', 'Vedtakssak'), kind('Referatsaker', 'Referatsaker'), orientation],
    },
  },
  /**
   * An arbeidsmiljøutvalg (AMU) of a kommune or a helseforetak (arbeidsmiljøloven kapittel 7), as its papers read: a
   * «Møteinnkalling» with a «Saksliste», saker «AMU-sak 3/12» through the year (Ås kommune's AMU, 2012,
   * http://docplayer.me/2011779-Moteinnkalling-arbeidsmiljoutvalget-har-mote-i-organisasjons-og-personalavdelingen-24-4-2012-kl-12-00.html;
   * Kvæfjord's numbers them PS 1/19 in the kommune's sak/arkiv system, which the committee types), the first sak approving the
   * last meeting's record (Kvæfjord's «Godkjenning av møtebok», http://docplayer.me/133376610-Kvaefjord-kommune-moteinnkalling-utvalg-arbeidsmiljoutvalget-motested-kvaefjord-radhus-moterom-2-dato-tid-08-30.html).
   * The record a «Referat», with the majority's and the minority's standpoint where it votes: «Det skal skrives referat fra
   * møtene i arbeidsmiljøutvalget. Ved avstemninger skal både flertallets og mindretallets standpunkt protokolleres.»
   * (forskrift om organisering, ledelse og medvirkning § 3-16,
   * https://arbeidstilsynet.no/regelverk/forskrifter/forskrift-om-organisering-ledelse-og-medvirkning/3/3-16/), so votes are
   * recorded per sak (`voting`). Its members listed by side (`AMU_SIDES`); the leder, chosen by each side in turn
   * (arbeidsmiljøloven § 7-1 (4) as Modalen quotes it, http://www.modalen.kommune.no/arbeidsmiljoeutvalet.298651.nn.html),
   * is the committee's møteleder, moved in its settings. Not a folkevalgt organ: «ikke en del av kommunens eget
   * forvaltningsapparat, men en frittstående kontrollinstans» (Jan Fridthjof Bernt, Kommunal Rapport 2019,
   * https://kommunal-rapport.no/bernt-svarer/2019/06/bernt-svarer-hvilke-regler-gjelder-habilitet-kommunens-arbeidsmiljoutvalg),
   * so kommuneloven's møteoffentlighet, § 11-5 and § 11-7 do not reach it: not public, no hjemmel for lukking (Ås opened its
   * AMU's meetings; such a committee ticks it). «Vedtak» and «Forslag til vedtak» are judgements from the vote § 3-16 names.
   */
  arbeidsmiljoutvalg: {
    languageForm: 'nb',
    caseNumberFormat: 'AMU-sak {N}/{YY}',
    caseNumberSerial: 'perYear',
    publicMeetings: false,
    attendanceGroups: AMU_SIDES,
    conventions: {
      minutes: 'referat',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      memoProposal: 'forslagTilVedtak',
      minutesProposal: 'approved',
      agenda: 'saksliste',
      notice: 'moteinnkalling',
      // Kvæfjord's innkalling heads its facts «Utvalg: Arbeidsmiljøutvalget» (conventions.ts `noticeCommittee`); Ås's prints
      // «Saksliste:» over its saker (2011, http://docplayer.me/1255703; `noticeAgendaHeading`).
      noticeCommittee: true,
      noticeAgendaHeading: true,
      voting: true,
      // Who met as «Navn | Funksjon | Representerer» (conventions.ts `attendanceTable`), each one's side or organisation in a
      // column, as an AMU lists its members («Navn», «Funksjon», arbeidsgiver or ansatterepresentant: Lyngdal's,
      // https://www.lyngdal.kommune.no/no/politikk-og-innsyn/arbeidsmiljoutvalget-amu/). Its protokoll printing them so is a
      // judgement from that list and the AMU protokoller checked for stop 47 (Kvæfjord, Ås), whose addresses are not kept here.
      attendanceTable: true,
      itemKinds: [approval, kind('Referatsak', 'Godkjenning av referat'), kind('Vedtakssak', 'Vedtakssak'), orientation, kind('Referatsaker', 'Referatsaker')],
    },
  },
  /**
   * A kommune's or fylkeskommune's administrasjonsutvalg or partssammensatt utvalg (kommuneloven § 5-11): the kommunestyre's or
   * fylkesting's members and the employees' representatives (Sund: «5 representantar valde av kommunestyret og 2 repr. valde av
   * arbeidstakarorganisasjonane», https://www.sund.kommune.no/politik-og-innsyn/politikk/andre-rad-og-utval/administrasjonsutvalet/;
   * Øygarden's ADMU «6 er politisk valde, medan 4 er frå arbeidstakarorganisasjonane»), listed by side (`PARTY_SIDES`), each one's party
   * or union in the «Representerer» column (`attendanceTable`), as the kommune's protokoller print who met («Navn Funksjon
   * Representerer»: the Akershus fylkesutvalg's protokoll of 25 January 2016, whose leder also led Viken's partssammensatte utvalg,
   * http://docplayer.me/17826484). An «annet kommunalt organ» under § 5-2, for which «bestemmelsene om folkevalgte organer også
   * gjelder» (§ 5-2 third paragraph, as KMD's letter of 15 November 2019 reads it,
   * https://www.regjeringen.no/no/dokumenter/-5-1-sporsmal-om-ny-kommunelov-og-oppgaveutvalg/id2678276/; Nesseby's page lists
   * «partssammensatte utvalg» among them, https://www.nesseby.kommune.no/politisk-ledelse.532207.no.html): public, closed by
   * koml. § 11-5, seen and heard from elsewhere (§ 11-7), its møtebok giving the avstemningsresultat (§ 11-4), as the råd preset.
   * Its saker in the kommune's sak/arkiv system with the other utvalg (Vestfold's fylkesutvalg's innkalling of 2012: «Møte i
   * Administrasjonsutvalget se egen innkalling», http://docplayer.me/4108581): PS numbers, «Møteinnkalling», «Saksliste», a
   * «Møteprotokoll», judgements from those bodies' papers, no protokoll of its own having been found here.
   */
  administrasjonsutvalg: {
    languageForm: 'nb',
    caseNumberFormat: 'PS {N}/{YY}',
    caseNumberSerial: 'perYear',
    closedMeetingBases: KOMMUNELOVEN,
    attendanceGroups: PARTY_SIDES,
    conventions: {
      ...KOMMUNE_ORGAN,
      notice: 'moteinnkalling',
      factsApart: true,
      // «Saksliste» over the list, as above (`noticeAgendaHeading`); no «Utvalg:» row: no paper of its own says so.
      noticeAgendaHeading: true,
      attendanceTable: true,
      itemKinds: [approval, protokollApproval, kind('Vedtakssak', 'Vedtakssak'), orientation, { ...kind('Referatsaker', 'Referatsaker'), caseNumberFormat: 'RS {N}/{YY}' }],
    },
  },
  /**
   * The samarbeidsutvalg (nynorsk samarbeidsutval), skolemiljøutvalg or driftsstyre of a school, or a barnehage's
   * samarbeidsutvalg, as their papers read: Tønsberg's Eik vestre barnehage's «INNKALLING TIL MØTE I SAMARBEIDSUTVALGET I EIK
   * VESTRE BARNEHAGE» of 28 February 2017, its saker «Sak 1/17» … «Sak 5/17» through the year, the first «Godkjenning av
   * innkalling og saksliste», an «Orientering», a sak to «drøfte», and «Eventuelt» numbered as the last sak, signed by the
   * barnehage's styrer (http://spotidoc.com/doc/5184958/innkalling-lokalt-su-eik-vestre-28.02.2017); Selbu ungdomsskole's
   * «Innkalling til møte i Samarbeidsutvalget» and «Referat fra møte i Samarbeidsutvalget»
   * (https://www.selbu.kommune.no/enheter/oppvekst/ungdomsskole/samarbeidsutvalget/Sider/default.aspx); Trysil's «Rektor sørger
   * for at det blir skrevet referat fra møtene» (https://trysil.kommune.no/tjenester/barn-og-unge/skole/samarbeidsutvalg-og-skolemiljoutvalg/skolemiljoutvalget).
   * Neither saksliste nor the referat of 2016 (`SCHOOL_GROUPS`) has a sak approving the last referat: it is sent round
   * (`circulated`), a judgement from those papers. The utvalg «har rett til å uttale seg i alle saker som gjelder skolen»
   * (opplæringslova § 11-1 as Overhalla quotes it): an «Uttalelse» kind (nynorsk «Fråsegn», as the råd preset); a barnehage's
   * «fastsetter årsplanen» (Bodø's Misvær barnehage): a «Beslutning». Its members by the groups of § 11-1; a barnehage's
   * («Foreldrenes representanter», «Personalets representanter», Eik vestre) the committee types in their place. Its conclusions
   * keep the seeds' «Konklusjon»: none of these papers heads them. Not public and no hjemmel for lukking: none of the pages
   * announces its meetings or says they are open, and no rule on closing them was verified here (a judgement the committee unticks).
   */
  skoleutvalg: {
    languageForm: 'nb',
    caseNumberFormat: 'Sak {N}/{YY}',
    caseNumberSerial: 'perYear',
    publicMeetings: false,
    attendanceGroups: SCHOOL_GROUPS,
    conventions: {
      minutes: 'referat',
      recordFromMeeting: true,
      notice: 'innkallingTilMote',
      agenda: 'saksliste',
      minutesApproval: 'circulated',
      closingRows: 'eventuelt',
      closingNumbered: true,
      itemKinds: [approval, orientation, kind('Drøfting', 'Drøfting'), kind('Uttalelse', 'Uttalelse', 'Fråsegn'), kind('Beslutning', 'Beslutning', 'Avgjerd')],
    },
  },
  /**
   * The årsmøte of a forening or an idrettslag, its highest organ, as NIF's lovnorm for idrettslag lists its tasks (Oslo
   * idrettskrets, 2017: «1. Godkjenne de stemmeberettigede. 2. Godkjenne innkallingen, saklisten og forretningsorden. 3. Velge
   * dirigent, referent, samt to medlemmer til å underskrive protokollen. 4. Behandle idrettslagets årsberetning … 5. …
   * regnskap … 6. Behandle forslag og saker. 7. Fastsette medlemskontingent … 8. Vedta idrettslagets budsjett … 10. Foreta
   * følgende valg», https://www.idrettsforbundet.no/idrettskrets/oslo/nyhet/arkiv/na-er-det-tid-for-arsmote/; in the 2022
   * lovnorm's nynorsk, Sportsklubben § 10: «godkjenne dei som har stemmerett», «velje dirigent(ar)», «velje
   * protokollførar(ar)», «velje to medlemmer til å skrive under protokollen», then «godkjenne innkallinga», «godkjenne
   * saklista», https://www.sportsklubben.no/les-klubbhandboka/%C2%A7-10-%C3%A5rsm%C3%B8tet). So: the stemmeberettigede approved
   * as the first numbered sak (`openingRows`), the dirigent elected in a sak of its own, then the referent («Valg av referent», nn
   * «Val av protokollførar») and two to underskrive the protokoll (`signedInMeeting`, `chairOwnSak`, `coSigners`, `dirigent`),
   * then «Godkjenning av innkalling og saksliste»;
   * the protokoll «underskrives av de to personene årsmøtet har valgt til å underskrive protokollen» (Malmefjorden IL,
   * https://malmefjordenil.no/category/38), so no later årsmøte approves it; votes recorded (the lovnorm's stemmegivning).
   * No «Eventuelt»: the lovnorm's list has none. Judgements: the dirigent signs beside the two, as `signedInMeeting` has the
   * møteleder sign (the lovnorm names only the two); until the dirigent is elected the protokoll names the leder as the one who
   * «Åpnet» the meeting, not its møteleder (documents/meetingFacts.ts `chairFact`);
   * saker numbered in each meeting («Sak 1», the lists number 1., 2., …); «Vedtak» and «Forslag til vedtak» (the styre's
   * forslag); not public (a forening is under neither kommuneloven nor offentleglova: its members meet); the notice of «minst
   * én måneds varsel» (Malmefjorden) is not set, as `noticeDays` counts days.
   */
  arsmote: {
    ...ELECTING_MEETING,
    conventions: {
      ...ELECTING_MEETING.conventions,
      agenda: 'saksliste',
      chairOwnSak: true,
      coSigners: 2,
      dirigent: true,
      openingRows: [{ title: 'Godkjenning av de stemmeberettigede', numbered: true }],
      notedConclusion: 'Årsmøtet tok saken til orientering.',
    },
  },
  /**
   * A regional komité for medisinsk og helsefaglig forskningsetikk (REK), set up by forskningsetikkloven § 4 and helseforskningsloven
   * kapittel 3, whose «formell vedtakskompetanse» the law does not let it delegate to its sekretariat (Kunnskapsdepartementet's
   * høringsnotat on the forskrift, http://docplayer.me/6414869), as its referater of komitémøter read: REK nord 6 December 2012
   * (http://docplayer.me/3131350), REK sør-øst A, B, C and D 2009–2014 (http://docplayer.me/3784822, http://docplayer.me/2974591,
   * http://docplayer.me/2935731, http://docplayer.me/3137873, http://docplayer.me/4627810), REK vest 5 June 2014
   * (http://docplayer.me/2665848) and REK midt 21 August 2015 (http://docplayer.me/2733965). Each is a «REFERAT» of a «Komitémøte»
   * (`minutes: 'referat'`); who came «Til stede» and «Forfall» in tables «Navn | Stilling | Medlem/Vara», then «Fra sekreteriatet»
   * (`attendanceTable`); «Til dagsorden 1. Godkjenning av innkalling og dagsorden 2. Erklæring om habilitet 3. Orienteringssaker»
   * (REK nord; REK midt the same rows unnumbered), so the two rows open a new meeting numbered 1 and 2 (`openingRows`), and no
   * other row approves the innkalling (`approvalRow: false`); its list under «dagsorden» (`agendaHeading`); then «Nye søknader»,
   * each known by its REK number, «2014/805 Diagnostikk, behandling og forekomst av leishmaniasis i Norge Dokumentnummer:
   * 2014/805-1 Prosjektsøknad Prosjektleder: …» (REK vest), which is the convention `archiveNumbered` (conventions.ts) with the
   * sakstype under the number; «Oppfølgingssaker» (REK midt), an «endringssøknad» among them (REK vest: «Saksbehandling
   * oppfølgingssaker: -2010/1098 … endringssøknad»), «Orienteringssaker» (REK nord, midt); no «Eventuelt» in the dagsordener of REK nord,
   * vest and midt (`closingRows: 'ingen'`); the last referat before the next meeting, «Referat fra REK-møtet 8. mai 2014: ingen merknader» (REK vest:
   * `nextMeeting`). Inhabilitet is recorded per sak, «… erklærte seg inhabil i sak 2015/1181, og deltok derfor ikke i
   * vurderingen» (REK midt), as every committee records it. Judgements: «Vedtak» on a «Forslag til vedtak» (the høringsnotat's
   * vedtak; none of the referater heads a proposal); the referat taken «til orientering», the seeds' words for REK vest's «ingen
   * merknader»; a member's «Stilling» in the referater («Jus personvern», «Lekrepresentasjon», «Leder medisin») is written as what
   * the member represents, in the table's «Representerer» column, and «Medlem/Vara» is the «Funksjon»; the saksframlegg's
   * «Bakgrunn» holds what the referater print as «Prosjektomtale (Redigert av REK)»; not public and no hjemmel for lukking: the
   * laws above are not kommuneloven, and no rule opening its meetings was found here.
   */
  forskningsetikk: {
    languageForm: 'nb',
    caseNumberFormat: '{N}',
    caseNumberSerial: 'perMeeting',
    publicMeetings: false,
    conventions: {
      minutes: 'referat',
      conclusion: 'vedtak',
      proposal: 'forslagTilVedtak',
      memoProposal: 'forslagTilVedtak',
      minutesApproval: 'nextMeeting',
      archiveNumbered: true,
      approvalRow: false,
      openingRows: [
        { title: 'Godkjenning av innkalling og dagsorden', numbered: true },
        { title: 'Erklæring om habilitet', numbered: true },
      ],
      agendaHeading: 'dagsorden',
      closingRows: 'ingen',
      attendanceTable: true,
      itemKinds: [
        kind('Referatsak', 'Godkjenning av referat'),
        kind('Prosjektsøknad', 'Prosjektsøknad'),
        kind('Endringssøknad', 'Endringssøknad'),
        kind('Oppfølgingssak', 'Oppfølgingssak'),
        kind('Orientering', 'Orienteringssak'),
      ],
    },
  },
};

/** The settings a preset fills in; parsed, so each preset is a valid committee's conventions. */
export function committeePreset(id: CommitteePresetId): CommitteePreset {
  const { closedMeetingBases = [], publicMeetings = true, attendanceGroups, ...preset } = PRESETS[id];
  // A preset's bodies meet in public unless their law does not open their meetings (an AS board, an arbeidsmiljøutvalg).
  const conventions = v.parse(ConventionsSchema, preset.conventions);
  // The groups copied, so a committee made from the preset cannot change the preset's list.
  return { ...preset, conventions, closedMeetingBases, publicMeetings, ...(attendanceGroups ? { attendanceGroups: [...attendanceGroups] } : {}) };
}
