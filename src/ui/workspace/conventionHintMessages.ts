/**
 * The `conventionHints` namespace: hints under the committee settings' convention checkboxes whose label alone leaves a
 * newcomer guessing, loaded with the settings' chunk `committee-settings` (CommitteeConventionsFields). `nb` is the source of keys.
 */
const nb = {
  // «Før» (føre: record) reads as «før» (before): the votes' setting is found by what it gives the referent.
  'voting':
    'Referenten får felt i sidepanelet for forslag fra møtet, voteringen (vedtatt eller falt, stemmer for og mot) og protokolltilførsler, og protokollen fører dem under saken.',
  'noticeCommittee':
    'Står øverst, over møtested og tid, i innkallingen og i kalenderinvitasjonen, som i møteinnkallinger fra sak/arkiv-systemene. {theMinutesCapital} får samme ord i stedet for «Møteorgan:».',
  'noticeAgendaHeading':
    'Overskriften står i innkallingen rett over tabellen med sakene. Kalenderinvitasjonen har den alltid. Uten avkrysning går innkallingen fra tittelen rett til tabellen.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'voting':
    'Referenten får felt i sidepanelet for framlegg frå møtet, røystinga (vedteke eller falle, røyster for og mot) og protokolltilførslar, og protokollen fører dei under saka.',
  'noticeCommittee':
    'Står øvst, over møtestad og tid, i innkallinga og i kalenderinvitasjonen, som i møteinnkallingar frå sak/arkiv-systema. {theMinutesCapital} får same ordet i staden for «Møteorgan:».',
  'noticeAgendaHeading':
    'Overskrifta står i innkallinga rett over tabellen med sakene. Kalenderinvitasjonen har ho alltid. Utan avkryssing går innkallinga frå tittelen rett til tabellen.',
};

const en: Record<Key, string> = {
  'voting':
    'The referent gets fields in the side panel for proposals made in the meeting, the vote (carried or fell, votes for and against) and protokolltilførsler, and the protokoll records them under the sak.',
  'noticeCommittee':
    'Stands at the top, above the place and time, in the notice and in the calendar invite, as in notices from case management systems. {theMinutesCapital} gets the same word instead of «Møteorgan:».',
  'noticeAgendaHeading':
    'The heading stands in the notice right above the table of items. The calendar invite always has it. Unticked, the notice goes from its title straight to the table.',
};

export const conventionHintMessages = { nb, nn, en };
