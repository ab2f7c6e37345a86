import { useEffect, useId, useState } from 'react';
import {
  Avatar,
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  type TagPickerProps,
} from '@fluentui/react-components';
import type { Person } from '../../domain/model';
import { useEditingText } from './editing/editingText';
import { useServices } from './ServicesContext';

export interface PeoplePickerProps {
  label: string;
  value: readonly Person[];
  onChange: (people: Person[]) => void;
  /** Search the directory; defaults to the repository's people search. */
  search?: (query: string) => Promise<Person[]>;
  /** A problem with who is chosen, shown under the picker (Fluent Field) and linked to its input (`aria-describedby`). */
  validationMessage?: string | undefined;
  /** 'error' also marks the input `aria-invalid`; without a message, nothing is shown. */
  validationState?: 'error' | 'warning' | undefined;
}

/** The key a person is known by in the picker: directory id, else e-mail, else name. */
export function personKey(person: Person): string {
  return person.directoryId ?? person.email?.toLowerCase() ?? `name:${person.name}`;
}

/**
 * What follows a search result's name: its title and organisation when known, then always its address.
 * The directory search reads only the basic profile (User.ReadBasic.All: no job title or company), so the
 * address is what tells two people of the same name apart — its domain shows someone from another
 * organisation (a guest's mail is their home address, `ingrid.fjeld@larvik.kommune.no`).
 */
function optionDetails(person: Person): string {
  return [person.title, person.organisation, person.email].filter(Boolean).join(' · ');
}

const FREE_TEXT = 'free-text:';
const ALREADY_CHOSEN = 'already-chosen:';

/**
 * Presenters, members, case officers: search the tenant's directory (debounced) and pick one or
 * more; someone outside the directory can be added by name. Selected people are tags with a
 * labelled remove button; the whole picker works with the keyboard (Fluent TagPicker).
 */
export function PeoplePicker({ label, value, onChange, search, validationMessage, validationState = 'error' }: PeoplePickerProps) {
  const t = useEditingText();
  const services = useServices();
  const doSearch = search ?? ((query: string) => services.repository.searchPeople(query));
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Person[]>([]);
  const [searching, setSearching] = useState(false);
  const [open, setOpen] = useState(false);
  // Who the last removal took out: said under the picker, with «no one chosen» when it left the field
  // empty, so removing the only møteleder (or any single pick) is seen and heard, not silent.
  const [removed, setRemoved] = useState<string | undefined>();
  const inputId = useId();

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length < 2) {
      setResults([]);
      return;
    }
    let cancelled = false;
    setSearching(true);
    const timer = setTimeout(() => {
      doSearch(trimmed)
        .then((people) => {
          if (cancelled) return;
          setResults(people);
          // The list opens when answers arrive for what is being typed, not only on the first keystroke.
          setOpen(true);
        })
        .catch(() => {
          if (cancelled) return;
          // The directory did not answer (offline, no consent): the name typed can still be added by name.
          setResults([]);
          setOpen(true);
        })
        .finally(() => {
          if (!cancelled) setSearching(false);
        });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // doSearch changes identity every render; the query is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  const selectedKeys = value.map(personKey);
  const options = results.filter((person) => !selectedKeys.includes(personKey(person)));
  // Found, but chosen already: said so, rather than offered again as a namesake outside the directory
  // (without an address, so SharePoint could give that entry no access).
  const chosenHits = results.filter((person) => selectedKeys.includes(personKey(person)));

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_, data) => {
    const key = data.value;
    if (key === ALREADY_CHOSEN) return;
    if (key.startsWith(FREE_TEXT)) {
      setRemoved(undefined);
      onChange([...value, { name: key.slice(FREE_TEXT.length) }]);
    } else if (selectedKeys.includes(key)) {
      // Only a chosen person's tag (its click, Delete or Backspace) gives a chosen key: the list offers none.
      setRemoved(value.find((person) => personKey(person) === key)?.name);
      onChange(value.filter((person) => personKey(person) !== key));
    } else {
      const person = results.find((candidate) => personKey(candidate) === key);
      if (person) {
        setRemoved(undefined);
        onChange([...value, person]);
      }
    }
    setQuery('');
  };

  const trimmed = query.trim();
  const typedName = trimmed.toLocaleLowerCase('nb');
  // The name typed, by name alone (an advokat, a relative: no one in the directory), unless it is a name found or chosen
  // already — also when the directory finds others whose names begin with it («Per Hans» beside «Per Hansen»). Not when
  // all it found is chosen: that is said instead (above), not offered again as a namesake without an address.
  const offerByName =
    trimmed.length >= 2 &&
    !searching &&
    !(options.length === 0 && chosenHits.length > 0) &&
    ![...results, ...value].some((person) => person.name.trim().toLocaleLowerCase('nb') === typedName);
  const removal = removed === undefined ? undefined : [t('people.removed', { name: removed }), value.length === 0 ? t('people.empty') : ''].join(' ').trim();
  return (
    <Field
      label={{ children: label, htmlFor: inputId }}
      hint={{ role: 'status', children: removal }}
      {...(validationMessage ? { validationMessage, validationState } : {})}
    >
      <TagPicker
        selectedOptions={selectedKeys}
        onOptionSelect={onOptionSelect}
        open={open && trimmed.length >= 2 && !searching}
        onOpenChange={(_, data) => setOpen(data.open)}
      >
        <TagPickerControl>
          <TagPickerGroup aria-label={label}>
            {value.map((person) => (
              <Tag
                key={personKey(person)}
                value={personKey(person)}
                shape="rounded"
                media={<Avatar aria-hidden name={person.name} color="colorful" />}
                // Fluent makes the whole tag the dismiss control (a click, Delete or Backspace removes it),
                // an option in the chosen people's listbox: its name says so, «Fjern Kari Nordmann», so it
                // is never taken for the search result «Kari Nordmann» (that once emptied «Fast møteleder»).
                aria-label={t('people.remove', { name: person.name })}
                dismissIcon={{ 'aria-hidden': true }}
              >
                {person.name}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput id={inputId} value={query} placeholder={t('people.placeholder')} onChange={(event) => setQuery(event.target.value)} />
        </TagPickerControl>
        <TagPickerList aria-busy={searching}>
          {options.map((person) => (
            <TagPickerOption
              key={personKey(person)}
              value={personKey(person)}
              text={person.name}
              secondaryContent={optionDetails(person)}
              media={<Avatar aria-hidden name={person.name} color="colorful" />}
            >
              {person.name}
            </TagPickerOption>
          ))}
          {trimmed.length >= 2 && !searching && options.length === 0 && chosenHits.length > 0 ? (
            <TagPickerOption value={ALREADY_CHOSEN} text={trimmed} aria-disabled>
              {t('people.alreadyChosen', { name: chosenHits.map((person) => person.name).join(', ') })}
            </TagPickerOption>
          ) : null}
          {offerByName ? (
            // What adding by name means is said on the option: one without an address gets no invitation (nor access).
            <TagPickerOption value={`${FREE_TEXT}${trimmed}`} text={trimmed} secondaryContent={t('people.byNameOnly')}>
              {t('people.addFreeText', { name: trimmed })}
            </TagPickerOption>
          ) : null}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
