/**
 * The `conventionHints` namespace: hints under the committee settings' convention checkboxes whose label alone leaves a
 * newcomer guessing, loaded with the settings' chunk `committee-settings` (CommitteeConventionsFields). `nb` is the source of keys.
 */
const nb = {
  // «Før» (føre: record) reads as «før» (before): the votes' setting is found by what it gives the referent.
  'voting':
    'Referenten får felt i sidepanelet for forslag fra møtet, voteringen (vedtatt eller falt, stemmer for og mot) og protokolltilførsler, og protokollen fører dem under saken.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'voting':
    'Referenten får felt i sidepanelet for framlegg frå møtet, røystinga (vedteke eller falle, røyster for og mot) og protokolltilførslar, og protokollen fører dei under saka.',
};

const en: Record<Key, string> = {
  'voting':
    'The referent gets fields in the side panel for proposals made in the meeting, the vote (carried or fell, votes for and against) and protokolltilførsler, and the protokoll records them under the sak.',
};

export const conventionHintMessages = { nb, nn, en };
