/** The `subItems` namespace: orienteringer bundled under a sak, in the workspace's sak editor. `nb` is the source of keys. */
const nb = {
  'heading': 'Orienteringer i saken',
  'hint': 'Flere orienteringer under én sak, hver med egen tittel, ansvarlig og vedlegg. De skrives som {marks} … under saken.',
  'add': 'Legg til orientering',
  'newTitle': 'Ny orientering',
  'item': 'Orientering {mark}',
  'title': 'Tittel',
  'titleRequired': 'Tittelen på orienteringen mangler. Den lagres når den har en tittel.',
  'presenters': 'Ansvarlig',
  'attachments': 'Vedlegg til orienteringen',
  'noAttachments': 'Saken har ingen vedlegg ennå. Last opp vedlegg til saken, så kan du knytte dem hit.',
  'moveUp': 'Flytt opp: {title}',
  'moveDown': 'Flytt ned: {title}',
  'remove': 'Fjern: {title}',
  'confirmRemove': 'Fjerne orienteringen «{title}» med ansvarlig og vedlegg-koblinger?',
  'confirmYes': 'Fjern',
  'confirmNo': 'Avbryt',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'heading': 'Orienteringar i saka',
  'hint': 'Fleire orienteringar under éi sak, kvar med eigen tittel, ansvarleg og vedlegg. Dei blir skrivne som {marks} … under saka.',
  'add': 'Legg til orientering',
  'newTitle': 'Ny orientering',
  'item': 'Orientering {mark}',
  'title': 'Tittel',
  'titleRequired': 'Tittelen på orienteringa manglar. Ho blir lagra når ho har ein tittel.',
  'presenters': 'Ansvarleg',
  'attachments': 'Vedlegg til orienteringa',
  'noAttachments': 'Saka har ingen vedlegg enno. Last opp vedlegg til saka, så kan du knyte dei hit.',
  'moveUp': 'Flytt opp: {title}',
  'moveDown': 'Flytt ned: {title}',
  'remove': 'Fjern: {title}',
  'confirmRemove': 'Fjerne orienteringa «{title}» med ansvarleg og vedleggskoplingar?',
  'confirmYes': 'Fjern',
  'confirmNo': 'Avbryt',
};

const en: Record<Key, string> = {
  'heading': 'Briefings in this item',
  'hint': 'Several briefings under one item, each with its own title, presenter and attachments. They are printed as {marks} … under the item.',
  'add': 'Add briefing',
  'newTitle': 'New briefing',
  'item': 'Briefing {mark}',
  'title': 'Title',
  'titleRequired': 'The briefing has no title. It is saved once it has one.',
  'presenters': 'Presenter',
  'attachments': 'Attachments of the briefing',
  'noAttachments': 'The item has no attachments yet. Upload attachments to the item, then link them here.',
  'moveUp': 'Move up: {title}',
  'moveDown': 'Move down: {title}',
  'remove': 'Remove: {title}',
  'confirmRemove': 'Remove the briefing “{title}” with its presenter and attachment links?',
  'confirmYes': 'Remove',
  'confirmNo': 'Cancel',
};

export const subItemsMessages = { nb, nn, en };
