import { useId, useState } from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { samePerson } from '../../domain/attendance';
import type { Committee, Meeting, Person } from '../../domain/model';
import { standingChair } from '../../domain/standingChair';
import { checkedPerson, electChair, signatoryCandidates, typedPerson, type ChairElection } from '../meeting/attendance';
import { useCommonText } from '../shared/commonText';
import { describeError, wordingReady } from '../shared/describeError';
import { useCoSignersText } from './coSignersText';
import { useSidePanelText } from './recorderText';

const useStyles = makeStyles({
  add: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

/** What electing the møteleder changes: who signs as møteleder, the meeting's møteleder the protokoll names, and (one on no list) who was present. */
export type ElectedChairChange = ChairElection;

/**
 * The møteleder a meeting elects itself (`minutesApproval: 'signedInMeeting'`, a generalforsamling's): anyone, not only the
 * committee's chair. Reknehuset/Noraudit on aksjeloven kap. 5 (https://reknehuset.no/generalforsamling/): «Generalforsamlingen
 * skal velge en møteleder, som ikke behøver å være aksjeeier» and «Den som åpner møtet, evt møteleder, skal før første
 * avstemning opprette en fortegnelse …». So the field offers those present (`signatoryCandidates`) and takes any name typed
 * (an advokat chairing the meeting), as a vara's name is typed (`typedPerson`: one listed by that name with their details, else
 * the name alone), held to the rules of a person's name (`checkedPerson`), refused on the field in words that name it. The
 * committee's møteleder is the first offer. The choice is the protokoll's «Møteleder» (`Meeting.chair`), its signer by office,
 * and one on no list is present in the attendance as «møteleder» (`electChair`).
 */
export function ElectedChairField({ committee, meeting, onElect }: { committee: Committee; meeting: Meeting; onElect: (change: ElectedChairChange) => void }) {
  const t = useSidePanelText();
  const ts = useCoSignersText();
  // An årsmøte elects its dirigent (`conventions.dirigent`), the word its vedtak and protokoll print.
  const dirigent = committee.conventions?.dirigent === true;
  const signing = (meeting.signatures ?? []).find((signature) => signature.capacity === 'chair')?.person;
  const chair = meeting.chair ?? standingChair(committee);
  return (
    <ElectedPersonField
      label={dirigent ? ts('coSigners.dirigentElected') : t('sign.electedChair')}
      button={dirigent ? ts('coSigners.dirigentAdd') : t('sign.addChair')}
      offered={signatoryCandidates(committee, meeting)}
      usual={chair}
      current={signing}
      onPick={(person) => onElect(electChair(committee, meeting, person))}
    />
  );
}

/** What electing an årsmøte's referent changes: the meeting's referent. */
export interface ReferentElection {
  minuteTaker: Person;
}

/**
 * The referent an årsmøte elects (`electsReferent`: the lovnorm's «Velge dirigent, referent, …»), by the dirigent's field
 * (`ElectedPersonField`): one present or any name typed (a member of the forening on no list, a guest), the committee's
 * fixed referent the first offer. The choice is the meeting's referent (`Meeting.minuteTaker`), whom the referent's sak's
 * vedtak («… ble valgt som referent.», nn «… vart vald som protokollførar.») and the protokoll's «Referent» name.
 */
export function ElectedReferentField({ committee, meeting, onElect }: { committee: Committee; meeting: Meeting; onElect: (change: ReferentElection) => void }) {
  const ts = useCoSignersText();
  const referent = meeting.minuteTaker ?? committee.defaultMinuteTaker;
  return (
    <ElectedPersonField
      label={ts('coSigners.referentElected')}
      button={ts('coSigners.referentAdd')}
      offered={signatoryCandidates(committee, meeting)}
      usual={referent}
      current={meeting.minuteTaker}
      onPick={(person) => onElect({ minuteTaker: person })}
    />
  );
}

/**
 * A person the meeting elects: those `offered` in a list, any name typed (`typedPerson`: one listed by that name, or `usual`,
 * with their details, else the name alone), held to the rules of a person's name (`checkedPerson`) and refused on the field in
 * words naming it; `usual` the first offer, `current` the one elected (the button idle while he is typed).
 */
interface ElectedPersonProps {
  label: string;
  button: string;
  offered: Person[];
  usual: Person | undefined;
  current: Person | undefined;
  onPick: (person: Person) => void;
}

function ElectedPersonField({ label, button, offered, usual, current, onPick }: ElectedPersonProps) {
  const t = useSidePanelText();
  const tc = useCommonText();
  const styles = useStyles();
  const listId = useId();
  const [typed, setTyped] = useState(current?.name ?? usual?.name ?? '');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const known = usual === undefined ? offered : [...offered, usual];
  const person = typedPerson(typed, known);
  const elect = async () => {
    if (person === undefined) return;
    const checked = checkedPerson(person);
    if (!checked.ok) {
      // Worded in the user's language once the rules' words are here (a chunk of their own), naming the field.
      await wordingReady(checked.error);
      setProblem(describeError(checked.error, tc).message);
      return;
    }
    setProblem(undefined);
    onPick(checked.person);
  };
  return (
    <div className={styles.add}>
      <Field label={label} hint={t('sign.electedChairHint')} {...(problem === undefined ? {} : { validationMessage: problem, validationState: 'error' as const })}>
        <Input
          value={typed}
          list={listId}
          onChange={(_, data) => {
            setTyped(data.value);
            setProblem(undefined);
          }}
        />
      </Field>
      <datalist id={listId}>
        {[...new Set(offered.map((candidate) => candidate.name))].map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Button onClick={() => void elect()} disabled={person === undefined || (current !== undefined && samePerson(current, person))}>
        {button}
      </Button>
    </div>
  );
}
