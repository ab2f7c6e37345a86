import { defineNamespace } from '../i18n';

// The follow-up panel's texts load with the panel (its own chunk), not with every page: the side
// panel and the stage are close to their bundle budgets (.size-limit.js).
const nb = {
  none: 'Ingen oppfølgingspunkter ennå.',
  listLabel: 'Oppfølgingspunkter',
  newHeading: 'Nytt oppfølgingspunkt',
  fromPoint: 'Fra punkt i {conclusion}',
  noPoint: 'Skriv selv',
  what: 'Hva skal følges opp',
  who: 'Ansvarlig',
  due: 'Frist',
  create: 'Opprett oppgave',
  creating: 'Oppretter oppgaven …',
  created: 'Oppgaven er opprettet.',
  wherePlanner: 'Oppgaven legges i Planner-planen til møteorganet og tildeles den ansvarlige.',
  whereTodo: 'Møteorganet har ingen Planner-plan: oppgaven legges i din egen To Do-liste «Møtebok – oppfølging» med den ansvarlige i tittelen. Den ansvarlige ser den ikke selv.',
  dueOn: 'frist {date}',
  'status.loading': 'Henter status …',
  'status.open': 'Åpen',
  'status.progress': 'Påbegynt ({percent} %)',
  'status.completed': 'Fullført {date}',
  'status.unknown': 'Status ukjent',
  refresh: 'Oppdater status',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  none: 'Ingen oppfølgingspunkt enno.',
  listLabel: 'Oppfølgingspunkt',
  newHeading: 'Nytt oppfølgingspunkt',
  fromPoint: 'Frå punkt i {conclusion}',
  noPoint: 'Skriv sjølv',
  what: 'Kva skal fylgjast opp',
  who: 'Ansvarleg',
  due: 'Frist',
  create: 'Opprett oppgåve',
  creating: 'Opprettar oppgåva …',
  created: 'Oppgåva er oppretta.',
  wherePlanner: 'Oppgåva vert lagd i Planner-planen til møteorganet og tildelt den ansvarlege.',
  whereTodo: 'Møteorganet har ingen Planner-plan: oppgåva vert lagd i di eiga To Do-liste «Møtebok – oppfølging» med den ansvarlege i tittelen. Den ansvarlege ser henne ikkje sjølv.',
  dueOn: 'frist {date}',
  'status.loading': 'Hentar status …',
  'status.open': 'Open',
  'status.progress': 'Påbyrja ({percent} %)',
  'status.completed': 'Fullført {date}',
  'status.unknown': 'Status ukjend',
  refresh: 'Oppdater status',
};

const en: Record<Key, string> = {
  none: 'No follow-up points yet.',
  listLabel: 'Follow-up points',
  newHeading: 'New follow-up point',
  fromPoint: 'From a point of the {conclusion}',
  noPoint: 'Write your own',
  what: 'What is to be followed up',
  who: 'Responsible',
  due: 'Due date',
  create: 'Create task',
  creating: 'Creating the task …',
  created: 'The task has been created.',
  wherePlanner: "The task goes into the committee's Planner plan, assigned to the responsible person.",
  whereTodo: 'The committee has no Planner plan: the task goes into your own To Do list «Møtebok – oppfølging» with the responsible person in its title. They do not see it themselves.',
  dueOn: 'due {date}',
  'status.loading': 'Loading status …',
  'status.open': 'Open',
  'status.progress': 'In progress ({percent}%)',
  'status.completed': 'Completed {date}',
  'status.unknown': 'Status unknown',
  refresh: 'Refresh status',
};

export const followUpMessages = { nb, nn, en };

/** Typed `t` for the `followUp` namespace (FollowUpPanel). */
export const useFollowUpText = defineNamespace('followUp', followUpMessages);
