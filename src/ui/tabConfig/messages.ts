/** The `tabConfig` namespace: the configurable tab's settings page. `nb` is the source of keys. */
const nb = {
  'title': 'Legg til Møtebok',
  'intro': 'Velg møteorganet fanen skal vise. Fanen åpner arbeidsområdet for møteorganets møter.',
  'committee': 'Møteorgan',
  'choose': 'Velg møteorgan',
  'loading': 'Henter møteorganer …',
  'none': 'Ingen møteorganer er satt opp ennå. Åpne Møtebok som personlig app og klargjør SharePoint-området først.',
  'ready': 'Trykk «Lagre» i Teams for å legge til fanen.',
  'notInTeams': 'Denne siden brukes når fanen legges til i Teams. Utenfor Teams kan du åpne arbeidsområdet direkte.',
  'openWorkspace': 'Åpne arbeidsområdet',
  'tabName': 'Møtebok – {committee}',
};
type Key = keyof typeof nb;
const nn: Record<Key, string> = {
  'title': 'Legg til Møtebok',
  'intro': 'Vel møteorganet fana skal vise. Fana opnar arbeidsområdet for møta til møteorganet.',
  'committee': 'Møteorgan',
  'choose': 'Vel møteorgan',
  'loading': 'Hentar møteorgan …',
  'none': 'Ingen møteorgan er sette opp enno. Opne Møtebok som personleg app og klargjer SharePoint-området først.',
  'ready': 'Trykk «Lagre» i Teams for å leggje til fana.',
  'notInTeams': 'Denne sida blir brukt når fana blir lagd til i Teams. Utanfor Teams kan du opne arbeidsområdet direkte.',
  'openWorkspace': 'Opne arbeidsområdet',
  'tabName': 'Møtebok – {committee}',
};
const en: Record<Key, string> = {
  'title': 'Add Møtebok',
  'intro': 'Choose the committee the tab shows. The tab opens the workspace for the committee’s meetings.',
  'committee': 'Committee',
  'choose': 'Choose committee',
  'loading': 'Loading committees …',
  'none': 'No committees have been set up yet. Open Møtebok as a personal app and set up the SharePoint site first.',
  'ready': 'Press “Save” in Teams to add the tab.',
  'notInTeams': 'This page is used when the tab is added in Teams. Outside Teams you can open the workspace directly.',
  'openWorkspace': 'Open the workspace',
  'tabName': 'Møtebok – {committee}',
};
export const tabConfigMessages = { nb, nn, en };
