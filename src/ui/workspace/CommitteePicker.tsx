import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { Button, makeStyles, useFieldControlProps_unstable } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import { loadableView } from '../shared/loadableView';
import { whenIdle } from '../../hosts/whenIdle';
import type { CommitteeDropdownProps } from './CommitteeDropdown';

// Fluent's Dropdown (listbox, positioning, floating-ui: about 20 kB gzip) is not needed to show the
// workspace: fetched once the page is idle after its start, or when the picker is first used (issue 14).
const committeeDropdown = loadableView<CommitteeDropdownProps>(() => import(/* webpackChunkName: "committee-picker" */ './CommitteeDropdown').then((module) => module.CommitteeDropdown));

const useStyles = makeStyles({
  // The closed Dropdown's face: its minimum width, the value at the start and the chevron at the end.
  face: { minWidth: '250px', justifyContent: 'space-between', fontWeight: 'inherit' },
});

// The keys that open a closed Dropdown.
const OPENING_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Enter', ' ']);

export type CommitteePickerProps = Pick<CommitteeDropdownProps, 'committees' | 'selectedId' | 'onSelect'>;

/**
 * The committee picker in the workspace's header, inside its labelled `Field`. Until the Dropdown's
 * chunk is here, a stand-in with the same face, name and role: pressing it (click, Enter, Space,
 * arrows) fetches the Dropdown and opens it with the focus on it, so the keyboard path is the same.
 */
export function CommitteePicker(props: CommitteePickerProps) {
  const styles = useStyles();
  const [here, setHere] = useState(committeeDropdown.loaded);
  const [asked, setAsked] = useState(false);
  const [focused, setFocused] = useState(false);
  // A press on the stand-in has begun: the idle swap waits for its click, which asks for the list.
  // Swapped between the press and the release, the click would land on neither face and open nothing.
  const pressed = useRef(false);
  const fieldProps = useFieldControlProps_unstable({}, { supportsLabelFor: true });
  useEffect(() => {
    if (here) return;
    let mounted = true;
    void whenIdle()
      .then(() => committeeDropdown.preload())
      .then(() => {
        // Swapped in this same task: a plain setState commits in a later one, and a press that came
        // in between would land on the stand-in and its release on the Dropdown, a click on neither
        // (the workspace's picker opened nothing in a CI run of c92065d).
        if (mounted && !pressed.current) flushSync(() => setHere(committeeDropdown.loaded()));
      });
    return () => {
      mounted = false;
    };
  }, [here]);
  if (here) return <committeeDropdown.View {...props} startOpen={asked} takeFocus={asked || focused} />;

  const ask = () => {
    setAsked(true);
    void committeeDropdown.preload().then(() => setHere(committeeDropdown.loaded()));
  };
  return (
    <Button
      {...fieldProps}
      role="combobox"
      aria-haspopup="listbox"
      aria-expanded={false}
      appearance="outline"
      className={styles.face}
      icon={<ChevronDownRegular />}
      iconPosition="after"
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onPointerDown={() => {
        pressed.current = true;
      }}
      onClick={ask}
      onKeyDown={(event: KeyboardEvent) => {
        if (!OPENING_KEYS.has(event.key)) return;
        event.preventDefault();
        ask();
      }}
    >
      {props.committees.find((committee) => committee.id === props.selectedId)?.name ?? ''}
    </Button>
  );
}
