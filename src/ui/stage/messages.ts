/** The `stage` namespace: the meeting stage everyone sees. `nb` is the source of keys. */
const nb = {
  'loading': 'Henter møtet …',
  'notLinked': 'Fant ikke møtet i Møtebok.',
  'waiting': 'Møtet har ikke startet ennå',
  'ended': 'Møtet er avsluttet. Takk for i dag!',
  'noCurrent': 'Ingen sak er valgt ennå',
  'progress': 'Sak {{current}} av {{total}}',
  'progressLabel': 'Fremdrift i sakslisten',
  'presenters': 'Ansvar',
  'conclusionPending': 'Konklusjonen skrives i møtet …',
  'time': '{{used}} av {{planned}} min',
  'timeUnplanned': '{{used}} min',
  'timeLabel': 'Tid brukt på saken',
  'overTime': 'Over planlagt tid',
  'offline': 'Mistet forbindelsen – viser siste kjente versjon',
  'agenda': 'Saksliste',
  'outcome.treated': 'Behandlet',
  'outcome.postponed': 'Utsatt',
};

export type StageKey = keyof typeof nb;

const nn: Record<StageKey, string> = {
  'loading': 'Hentar møtet …',
  'notLinked': 'Fann ikkje møtet i Møtebok.',
  'waiting': 'Møtet har ikkje starta enno',
  'ended': 'Møtet er avslutta. Takk for i dag!',
  'noCurrent': 'Inga sak er vald enno',
  'progress': 'Sak {{current}} av {{total}}',
  'progressLabel': 'Framdrift i sakslista',
  'presenters': 'Ansvar',
  'conclusionPending': 'Konklusjonen vert skriven i møtet …',
  'time': '{{used}} av {{planned}} min',
  'timeUnplanned': '{{used}} min',
  'timeLabel': 'Tid brukt på saka',
  'overTime': 'Over planlagd tid',
  'offline': 'Mista sambandet – viser siste kjende versjon',
  'agenda': 'Saksliste',
  'outcome.treated': 'Handsama',
  'outcome.postponed': 'Utsett',
};

const en: Record<StageKey, string> = {
  'loading': 'Loading the meeting …',
  'notLinked': 'The meeting was not found in Møtebok.',
  'waiting': 'The meeting has not started yet',
  'ended': 'The meeting has ended. Thank you!',
  'noCurrent': 'No item chosen yet',
  'progress': 'Item {{current}} of {{total}}',
  'progressLabel': 'Progress through the agenda',
  'presenters': 'Presenters',
  'conclusionPending': 'The conclusion is being written …',
  'time': '{{used}} of {{planned}} min',
  'timeUnplanned': '{{used}} min',
  'timeLabel': 'Time used on the item',
  'overTime': 'Over the planned time',
  'offline': 'Connection lost – showing the last known version',
  'agenda': 'Agenda',
  'outcome.treated': 'Treated',
  'outcome.postponed': 'Postponed',
};

export const stageMessages = { nb, nn, en };
