import { Checkbox, Field } from '@fluentui/react-components';
import { hasExemptContent, revealRefusal, type RevealRefusal } from '../../domain/confidentiality';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { defineNamespace } from '../shared/i18n';

const nb = {
  'reveal': 'Vis på skjerm',
  'reveal.hint': 'Skjermen viser den offentlige tittelen mens saken er aktiv. Vis saken bare når alle som ser skjermen har tilgang.',
  'reveal.notClosedMeeting': 'Bare saker som behandles i lukket møte kan vises på skjermen.',
  'reveal.noAttendance': 'Registrer oppmøtet først: alle til stede må ha tilgang før saken kan vises.',
  'reveal.participantWithoutAccess': 'Noen som er til stede har ikke tilgang til saken, så den kan ikke vises på skjermen.',
};
type Key = keyof typeof nb;
const nn: Record<Key, string> = {
  'reveal': 'Vis på skjerm',
  'reveal.hint': 'Skjermen viser den offentlege tittelen medan saka er aktiv. Vis saka berre når alle som ser skjermen har tilgang.',
  'reveal.notClosedMeeting': 'Berre saker som blir handsama i lukka møte kan visast på skjermen.',
  'reveal.noAttendance': 'Registrer oppmøtet først: alle til stades må ha tilgang før saka kan visast.',
  'reveal.participantWithoutAccess': 'Nokon som er til stades har ikkje tilgang til saka, så ho kan ikkje visast på skjermen.',
};
const en: Record<Key, string> = {
  'reveal': 'Show on screen',
  'reveal.hint': 'The stage shows the public title while this item is current. Show the item only when everyone who sees the screen has access.',
  'reveal.notClosedMeeting': 'Only items dealt with in a closed meeting can be shown on the screen.',
  'reveal.noAttendance': 'Record attendance first: everyone present must have access before the item can be shown.',
  'reveal.participantWithoutAccess': 'Someone present has no access to this item, so it cannot be shown on the screen.',
};
const useRevealText = defineNamespace('stageReveal', { nb, nn, en });

const REFUSAL: Record<RevealRefusal, Key> = {
  notClosedMeeting: 'reveal.notClosedMeeting',
  noAttendance: 'reveal.noAttendance',
  participantWithoutAccess: 'reveal.participantWithoutAccess',
};

/**
 * The referent's "Vis på skjerm" for a sak with exempt content. The stage applies the same rule
 * (domain/confidentiality.ts `stageView`), so a reveal that stops being allowed (someone without
 * access arrives) goes back to the public title by itself.
 */
export function StageRevealControl({ committee, meeting, item, onChange }: {
  committee: Committee;
  meeting: Meeting;
  item: AgendaItem;
  onChange: (itemId: string | undefined) => void;
}) {
  const t = useRevealText();
  if (!hasExemptContent(item)) return null;
  const refusal = revealRefusal({ committee, meeting }, item);
  return (
    <Field hint={t('reveal.hint')} validationState={refusal ? 'warning' : 'none'} validationMessage={refusal ? t(REFUSAL[refusal]) : undefined}>
      <Checkbox label={t('reveal')} checked={meeting.stageRevealItemId === item.id && refusal === undefined} disabled={refusal !== undefined} onChange={(_, data) => onChange(data.checked === true ? item.id : undefined)} />
    </Field>
  );
}
