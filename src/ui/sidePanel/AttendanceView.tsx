import { useEffect, useId, useRef, useState } from 'react';
import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { attendanceSections, attendanceTexts, chairRoleOf, groupOf, memberKey, roleOf, sameName, samePerson } from '../../domain/attendance';
import { afterSakWord } from '../../domain/sakWord';
import { standingChair } from '../../domain/standingChair';
import { ATTENDANCE_ROLES, type AgendaItem, type Attendance, type AttendanceRole, type ChairRole, type Committee, type Disqualification, type Meeting, type Person, type Signature } from '../../domain/model';
import { remoteWaysOf, wordingOf } from '../../domain/conventions';
import { coSignersPicked, conclusionWithElection, electsReferent, signersElections, signersElectionVedtak, type SignersElection } from '../../domain/signersElection';
import {
  addDisqualification,
  addGuest,
  addAllSigners,
  addSigner,
  attendanceRows,
  signatoryCandidates,
  removeAt,
  removeSigner,
  setPresence,
  setSignedAt,
  setSubstitute,
  statusChange,
  updateDisqualification,
  type AttendanceRow,
  type MemberStatus,
} from '../meeting/attendance';
import { itemHeading } from './AgendaList';
import { useSidePanelText } from './recorderText';
import { useWordingValues } from '../shared/wordingValues';
import { HoldingFields, SharesRepresented } from './HoldingFields';
import { RemoteField } from './RemoteField';
import { ElectedChairField, ElectedReferentField } from './ElectedChairField';
import { useCoSignersText } from './coSignersText';
import { firstControl, useFocusAfterRender } from '../shared/useFocusAfterRender';
import { withHolding } from '../../domain/shareholding';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  person: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  role: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  add: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  fieldset: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  // A select of saker is as wide as its longest title unless it may shrink: at the panel's 320 px the tab scrolled
  // sideways (WCAG 1.4.10 Reflow). Its field's grid lets it shrink to the panel's width, the title cut in the closed box.
  sakSelect: { minWidth: 0 },
});

const STATUSES: MemberStatus[] = ['unknown', 'present', 'absent'];


/** What the tab changes on the meeting: attendance, inhabilitet and the protokoll's signers. */
export interface AttendanceChange {
  attendance?: Attendance[];
  disqualifications?: Disqualification[];
  signatures?: Signature[];
  /** The møteleder the meeting elected (`signedInMeeting`: ElectedChairField.tsx), whom the protokoll names; null: the election undone, the committee's møteleder again. */
  chair?: Person | null;
  /** The referent an årsmøte elected (`electsReferent`: ElectedChairField.tsx `ElectedReferentField`), whom the referent's vedtak and the protokoll name. */
  minuteTaker?: Person;
}

interface ViewProps {
  committee: Committee;
  meeting: Meeting;
  onChange: (change: AttendanceChange) => void;
}

interface AttendanceViewProps extends ViewProps {
  /** Writes a sak's conclusion, as the recorder's buttons do: the election's vedtak offered under the signers. */
  onConclude: (itemId: string, change: (item: AgendaItem) => AgendaItem) => void;
}

/**
 * Who is there: present, forfall with a vara ("X for Y", called in or not), in the room, by video or by phone, arrived or left during
 * or after a sak or at a time, people invited for one sak; inhabilitet per sak; who signs the protokoll.
 */
export function AttendanceView({ committee, meeting, onChange, onConclude }: AttendanceViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <PeopleSection committee={committee} meeting={meeting} onChange={onChange} />
      <DisqualificationSection committee={committee} meeting={meeting} onChange={onChange} />
      {/* Signatures belong to a protokoll that is signed; one approved at the next meeting has none to choose
          (signers recorded before the committee changed its mode are still listed, to be removed). */}
      {signedApproval(committee.conventions?.minutesApproval) || (meeting.signatures ?? []).length > 0 ? (
        <SignatureSection committee={committee} meeting={meeting} onChange={onChange} onConclude={onConclude} />
      ) : null}
    </div>
  );
}

function ItemSelect({ label, value, meeting, emptyText, onSelect }: {
  label: string;
  value: string | undefined;
  meeting: Meeting;
  emptyText: string;
  onSelect: (itemId: string | undefined) => void;
}) {
  const styles = useStyles();
  return (
    <Field label={label} size="small">
      <Select className={styles.sakSelect} value={value ?? ''} onChange={(_, data) => onSelect(data.value === '' ? undefined : data.value)}>
        <option value="">{emptyText}</option>
        {meeting.items.map((item) => (
          <option key={item.id} value={item.id}>
            {itemHeading(item)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function PeopleSection({ committee, meeting, onChange }: ViewProps) {
  const t = useSidePanelText();
  const styles = useStyles();
  const [guest, setGuest] = useState('');
  const [guestRole, setGuestRole] = useState<AttendanceRole>('invited');
  const [guestItem, setGuestItem] = useState<string | undefined>(undefined);
  const rows = attendanceRows(committee, meeting);
  const sections = rowSections(rows, committee);
  const listId = useId();
  // A status chosen can move the row under another heading (forfall → «Faste medlemmer som ikke møtte»): its
  // select keeps the focus, so a keyboard user stays where they were.
  const [moved, setMoved] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (moved === undefined) return;
    const select = [...document.querySelectorAll<HTMLSelectElement>('select[data-status-for]')].find((element) => element.dataset.statusFor === moved);
    if (select !== undefined && document.activeElement !== select) select.focus();
    setMoved(undefined);
  }, [moved]);
  const statusText = (status: MemberStatus) => (status === 'unknown' ? t('attendance.unknown') : t(`attendance.${status}`));
  const change = (attendance: Attendance[]) => onChange({ attendance });
  // A generalforsamling counts attendance in shares: per owner its shares and who met for it (HoldingFields.tsx).
  const byShares = committee.conventions?.attendanceByShares === true;
  const itemsText = (record: Attendance) =>
    (record.items ?? [])
      .map((range) => {
        const item = meeting.items.find((candidate) => candidate.id === range.from);
        return item === undefined ? range.from : sakHeading(item);
      })
      .join(', ');

  // An årsmøte's (`conventions.dirigent`): the one it elected is its «Dirigent», the committee's leder who did not lead it
  // «Leder», as the protokoll lists them (domain attendanceWording `chairRoles`, `chairOffice`).
  const tc = useCoSignersText();
  const dirigentChair = meeting.signatures?.find((signature) => signature.capacity === 'chair')?.person;
  const chairWord = (chairRole: ChairRole | undefined, entry: Attendance): string | undefined => {
    if (committee.conventions?.dirigent !== true) return chairRole === undefined ? undefined : t(`attendance.chairRole.${chairRole}`);
    if (dirigentChair !== undefined && samePerson(dirigentChair, entry.person)) return tc('coSigners.dirigentRole');
    return chairRole === undefined ? undefined : chairRole === 'chair' ? tc('coSigners.chairOffice') : t(`attendance.chairRole.${chairRole}`);
  };

  // How they took part, per-sak presence and times, for a member present or a vara standing in.
  const presence = (record: Attendance) => {
    const name = record.person.name;
    return (
      <>
        <RemoteField entry={record} allowed={remoteWaysOf(committee.conventions)} onChange={(remote) => change(setPresence(meeting.attendance, record, 'remote', remote))} />
        <ItemSelect label={t('attendance.arrived', { name })} value={record.arrivedDuringItem} meeting={meeting} emptyText={t('attendance.wholeMeeting')} onSelect={(id) => change(setPresence(meeting.attendance, record, 'arrivedDuringItem', id))} />
        <ItemSelect label={t('attendance.left', { name })} value={record.leftDuringItem} meeting={meeting} emptyText={t('attendance.wholeMeeting')} onSelect={(id) => change(setPresence(meeting.attendance, record, 'leftDuringItem', id))} />
        <ItemSelect label={t('attendance.leftAfter', { name })} value={record.leftAfterItem} meeting={meeting} emptyText={t('attendance.wholeMeeting')} onSelect={(id) => change(setPresence(meeting.attendance, record, 'leftAfterItem', id))} />
        <div className={styles.add}>
          <Field label={t('attendance.arrivedAt', { name })} size="small">
            <Input type="time" value={record.arrivedAt ?? ''} onChange={(_, data) => change(setPresence(meeting.attendance, record, 'arrivedAt', data.value))} />
          </Field>
          <Field label={t('attendance.leftAt', { name })} size="small">
            <Input type="time" value={record.leftAt ?? ''} onChange={(_, data) => change(setPresence(meeting.attendance, record, 'leftAt', data.value))} />
          </Field>
        </div>
      </>
    );
  };

  return (
    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading" className={styles.heading}>
        {t('attendance.label')}
      </h2>
      {byShares ? <SharesRepresented committee={committee} meeting={meeting} /> : null}
      <div className={styles.sections} data-testid="attendance">
        {sections.map((section, sectionIndex) => (
          <div key={section.heading ?? `section-${sectionIndex}`} className={styles.sections}>
            {section.heading === undefined ? null : <h3 className={styles.section}>{section.heading}</h3>}
            <ul className={styles.list}>
              {section.rows.map((row) => {
                // Under a section's heading (h3) a name is h4; in one list without headings, h3 under the tab's h2.
                const NameHeading = section.heading === undefined ? 'h3' : 'h4';
                const varaList = `${listId}-vara-${rows.indexOf(row)}`;
                const entry: Attendance = row.record ?? { person: row.person, status: 'present' };
                const chairRole = chairWord(chairRoleOf(entry, committee), entry);
                const group = groupOf(entry, committee);
                const roleLine = [t(`attendance.role.${roleOf(entry, committee)}`), ...(chairRole === undefined ? [] : [chairRole]), ...(group === undefined || group === section.heading ? [] : [group])];
                return (
                  <li key={row.person.email ?? row.person.name} className={styles.person}>
                    <NameHeading className={styles.name}>{row.person.name}</NameHeading>
                    <p className={styles.role}>{roleLine.join(' · ')}</p>
                    {row.record?.items !== undefined && row.record.items.length > 0 ? <p className={styles.role}>{t('attendance.forItems', { items: itemsText(row.record) })}</p> : null}
                    <Field label={t('attendance.status', { name: row.person.name })} size="small">
                      <Select
                        value={row.status}
                        data-status-for={memberKey(row.person)}
                        onChange={(_, data) => {
                          // The elected møteleder taken off those present is no longer elected (`statusChange`).
                          onChange(statusChange(committee, meeting, row.person, parseStatus(data.value)));
                          setMoved(memberKey(row.person));
                        }}
                      >
                        {STATUSES.map((status) => (
                          <option key={status} value={status}>
                            {statusText(status)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    {row.status === 'absent' ? (
                      <Field label={t('attendance.substituteName', { name: row.person.name })} size="small">
                        <Input
                          defaultValue={row.substitute?.person.name ?? ''}
                          {...(row.personalDeputies === undefined ? {} : { list: varaList })}
                          onBlur={(event) => change(setSubstitute(meeting.attendance, row.person, event.currentTarget.value, committee.members))}
                        />
                      </Field>
                    ) : null}
                    {/* The member's personal varamedlemmer offered first; any other name may still be typed. */}
                    {row.status === 'absent' && row.personalDeputies !== undefined ? (
                      <datalist id={varaList}>
                        {row.personalDeputies.map((deputy) => (
                          <option key={deputy.name} value={deputy.name} />
                        ))}
                      </datalist>
                    ) : null}
                    {byShares && row.record && row.status !== 'unknown' ? (
                      <HoldingFields entry={row.record} onChange={(holding) => change(withHolding(meeting.attendance, row.person, holding))} />
                    ) : null}
                    {row.record && row.status === 'present' ? presence(row.record) : null}
                    {row.substitute ? (
                      <>
                        <Checkbox
                          label={t('attendance.calledIn', { name: row.substitute.person.name })}
                          checked={row.substitute.calledIn === true}
                          onChange={(_, data) => row.substitute && change(setPresence(meeting.attendance, row.substitute, 'calledIn', data.checked === true))}
                        />
                        {presence(row.substitute)}
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      <div className={styles.add}>
        <Field label={t('attendance.addGuest')}>
          <Input value={guest} onChange={(_, data) => setGuest(data.value)} placeholder={t('attendance.guestName')} />
        </Field>
        <Field label={t('attendance.guestRole')}>
          <Select value={guestRole} onChange={(_, data) => setGuestRole(ATTENDANCE_ROLES.find((role) => role === data.value) ?? 'invited')}>
            {ATTENDANCE_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`attendance.role.${role}`)}
              </option>
            ))}
          </Select>
        </Field>
        <ItemSelect label={t('attendance.guestItem')} value={guestItem} meeting={meeting} emptyText={t('attendance.wholeMeeting')} onSelect={setGuestItem} />
        <Button
          onClick={() => {
            change(addGuest(meeting.attendance, guest, guestRole, guestItem));
            setGuest('');
            setGuestItem(undefined);
          }}
          disabled={guest.trim() === ''}
        >
          {t('attendance.add')}
        </Button>
      </div>
    </section>
  );
}

/** Inhabilitet (forvaltningsloven § 6): per sak, who, on what ground, the meeting's decision and who took the seat. */
function DisqualificationSection({ committee, meeting, onChange }: ViewProps) {
  const t = useSidePanelText();
  const styles = useStyles();
  const list = meeting.disqualifications ?? [];
  const names = [...new Set(attendanceRows(committee, meeting).flatMap((row) => [row.person.name, ...(row.substitute ? [row.substitute.person.name] : [])]))];
  const update = (index: number, change: Partial<Disqualification>) => onChange({ disqualifications: updateDisqualification(list, index, change) });
  const firstItem = meeting.currentItemId ?? meeting.items.find((item) => item.caseNumber !== null)?.id ?? meeting.items[0]?.id;
  // An entry added appears above «Legg til inhabilitet»: the focus goes to its first field; one removed takes its
  // button away: the focus goes back to «Legg til inhabilitet».
  const entries = useRef<HTMLUListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useFocusAfterRender();
  // An entry's key stays while its sak or person is changed, so the select she changes keeps the focus (keyed by
  // them, the entry was made anew and the focus lost to <body>); a removal makes them all anew, as the text fields
  // keep what was typed in them (`defaultValue`) and would show a removed entry's under the next one's index.
  const [generation, setGeneration] = useState(0);
  const add = (itemId: string, person: string) => {
    const before = list.length;
    onChange({ disqualifications: addDisqualification(list, itemId, person) });
    focusAfter(() => (entries.current !== null && entries.current.children.length > before ? firstControl(entries.current.lastElementChild) : null));
  };
  const text = (label: string, index: number, field: 'ground' | 'vote' | 'replacedBy', value: string | undefined) => (
    <Field label={label} size="small">
      <Input defaultValue={value ?? ''} onBlur={(event) => update(index, { [field]: event.currentTarget.value.trim() })} />
    </Field>
  );
  return (
    <section aria-labelledby="disqualification-heading">
      <h2 id="disqualification-heading" className={styles.heading}>
        {t('disq.heading')}
      </h2>
      <p className={styles.role}>{t('disq.intro')}</p>
      {list.length === 0 ? <p>{t('disq.none')}</p> : null}
      <ul ref={entries} className={styles.list} data-testid="disqualifications">
        {list.map((entry, index) => {
          const item = meeting.items.find((candidate) => candidate.id === entry.itemId);
          return (
            <li key={`${generation}-${index}`}>
              <fieldset className={styles.fieldset}>
                <legend className={styles.legend}>{t('disq.entry', { name: entry.person, item: item === undefined ? entry.itemId : sakHeading(item) })}</legend>
                <Field label={t('disq.item')} size="small">
                  <Select className={styles.sakSelect} value={entry.itemId} onChange={(_, data) => update(index, { itemId: data.value })}>
                    {meeting.items.map((candidate) => (
                      <option key={candidate.id} value={candidate.id}>
                        {itemHeading(candidate)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t('disq.person')} size="small">
                  <Select className={styles.sakSelect} value={entry.person} onChange={(_, data) => update(index, { person: data.value })}>
                    {(names.includes(entry.person) ? names : [entry.person, ...names]).map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </Select>
                </Field>
                {text(t('disq.ground'), index, 'ground', entry.ground)}
                <Field label={t('disq.decision')} size="small">
                  <Select value={entry.decision ?? ''} onChange={(_, data) => update(index, { decision: data.value === 'disqualified' || data.value === 'qualified' ? data.value : undefined })}>
                    <option value="">{t('disq.undecided')}</option>
                    <option value="disqualified">{t('disq.disqualified')}</option>
                    <option value="qualified">{t('disq.qualified')}</option>
                  </Select>
                </Field>
                {text(t('disq.vote'), index, 'vote', entry.vote)}
                {text(t('disq.replacedBy'), index, 'replacedBy', entry.replacedBy)}
                <div>
                  <Button
                    icon={<DeleteRegular />}
                    onClick={() => {
                      onChange({ disqualifications: removeAt(list, index) });
                      setGeneration((n) => n + 1);
                      focusAfter(() => addButton.current);
                    }}
                  >
                    {t('disq.remove', { name: entry.person })}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <Button
        ref={addButton}
        onClick={() => firstItem !== undefined && names[0] !== undefined && add(firstItem, names[0])}
        disabled={firstItem === undefined || names.length === 0}
      >
        {t('disq.add')}
      </Button>
    </section>
  );
}

/** A sak after the word "sak" in a text: "005-2026 Styrets årsplan", not "sak Sak 005-2026 …". */
function sakHeading(item: Meeting['items'][number]): string {
  return item.caseNumber ? `${afterSakWord(item.caseNumber)} ${item.title}` : item.title;
}

/** Whether the protokoll is signed after the meeting, not approved by a sak or by e-mail. */
const signedApproval = (approval: string | undefined) => approval === 'signed' || approval === 'signedByAll' || approval === 'signedInMeeting' || approval === 'signedByChosen';

/** The møteleder and the members chosen in the meeting sign the protokoll; the date each signed. */
function SignatureSection({ committee, meeting, onChange, onConclude }: AttendanceViewProps) {
  const t = useSidePanelText();
  const tc = useCoSignersText();
  // An årsmøte's møteleder is its dirigent (`conventions.dirigent`), as its vedtak and protokoll name him.
  const dirigent = committee.conventions?.dirigent === true;
  const w = useWordingValues(committee);
  const styles = useStyles();
  const list = meeting.signatures ?? [];
  const chair = meeting.chair ?? standingChair(committee);
  const all = committee.conventions?.minutesApproval === 'signedByAll';
  const signed = signedApproval(committee.conventions?.minutesApproval);
  const elects = committee.conventions?.minutesApproval === 'signedInMeeting';
  const chooses = elects || committee.conventions?.minutesApproval === 'signedByChosen';
  // Someone already chosen (or the møteleder added) is not offered again (samePerson: e-mail first).
  const people = signatoryCandidates(committee, meeting).filter((person) => !list.some((signature) => samePerson(signature.person, person)));
  const [chosen, setChosen] = useState('');
  // Chosen by key (e-mail first): two of one name are two choices, told apart by their e-mail.
  const chosenPerson = people.find((person) => memberKey(person) === chosen) ?? people[0];
  const shown = (person: (typeof people)[number]) =>
    person.email !== undefined && people.some((other) => other !== person && sameName(other.name, person.name)) ? `${person.name} (${person.email})` : person.name;
  return (
    <section aria-labelledby="signature-heading">
      <h2 id="signature-heading" className={styles.heading}>
        {t('sign.heading', w)}
      </h2>
      <p className={styles.role}>{all ? t('sign.introAll', w) : dirigent ? tc('coSigners.dirigentIntro', w) : t('sign.intro', w)}</p>
      <ul className={styles.list} data-testid="signatures">
        {list.map((signature, index) => {
          const name = signature.capacity !== 'chair' ? signature.person.name : dirigent ? tc('coSigners.dirigentSigner', { name: signature.person.name }) : t('sign.chair', { name: signature.person.name });
          return (
            <li key={memberKey(signature.person)} className={styles.add}>
              <Field label={t('sign.signedAt', { name })} size="small">
                <Input type="date" value={signature.signedAt?.slice(0, 10) ?? ''} onChange={(_, data) => onChange({ signatures: setSignedAt(list, index, data.value) })} />
              </Field>
              {/* Removing the one signing as an elected møteleder undoes the election (`removeSigner`). */}
              <Button icon={<DeleteRegular />} onClick={() => onChange(removeSigner(committee, meeting, index))}>
                {t('sign.remove', { name: signature.person.name })}
              </Button>
            </li>
          );
        })}
      </ul>
      {signed ? (
        <div className={styles.add}>
          {all ? <Button onClick={() => onChange({ signatures: addAllSigners(list, chair, committee, meeting) })}>{t('sign.addAll')}</Button> : null}
          {/* A meeting that elects its møteleder may elect anyone; otherwise the meeting's møteleder signs by office. */}
          {elects ? (
            <>
              <ElectedChairField committee={committee} meeting={meeting} onElect={onChange} />
              {electsReferent(committee.conventions) ? <ElectedReferentField committee={committee} meeting={meeting} onElect={onChange} /> : null}
            </>
          ) : chair !== undefined ? (
            <Button onClick={() => onChange({ signatures: addSigner(list, chair, 'chair') })} disabled={list.some((signature) => signature.capacity === 'chair')}>
              {t('sign.addChair')}
            </Button>
          ) : null}
          <Field label={t('sign.chosenName')}>
            <Select value={chosenPerson === undefined ? '' : memberKey(chosenPerson)} onChange={(_, data) => setChosen(data.value)}>
              {people.map((person) => (
                <option key={memberKey(person)} value={memberKey(person)}>
                  {shown(person)}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => chosenPerson !== undefined && onChange({ signatures: addSigner(list, chosenPerson, 'chosen') })} disabled={chosenPerson === undefined}>
            {t('sign.add')}
          </Button>
        </div>
      ) : null}
      {chooses ? <CoSignersPicked committee={committee} meeting={meeting} /> : null}
      <ElectionVedtak committee={committee} meeting={meeting} onConclude={onConclude} />
    </section>
  );
}

/**
 * Beside the picks, when fewer or more are picked to co-sign than the committee chooses (`conventions.coSigners`, domain
 * `coSignersPicked`): how many it usually chooses and how many are picked. Plain words, not an error: the meeting may decide
 * otherwise, and nothing is refused. A polite live region, there before its words, so a pick that changes them is heard.
 */
function CoSignersPicked({ committee, meeting }: Pick<AttendanceViewProps, 'committee' | 'meeting'>) {
  const t = useCoSignersText();
  const w = useWordingValues(committee);
  const styles = useStyles();
  const picked = coSignersPicked(committee.conventions, meeting.signatures);
  return (
    <p className={styles.role} aria-live="polite" data-testid="co-signers-picked">
      {picked === undefined ? '' : t(committee.conventions?.dirigent === true ? 'coSigners.pickedDirigent' : 'coSigners.picked', { ...w, ...picked })}
    </p>
  );
}

/**
 * The vedtak of the sak electing the møteleder and the co-signers (`signedInMeeting`) or the co-signers only (`signedByChosen`), made from the picks above (domain/signersElection.ts),
 * offered with one button that writes it into that sak; never written without it. A line says when it stands there. A
 * committee electing the møteleder in a sak of its own (`chairOwnSak`) has two: the møteleder's sentence for
 * the first sak, the co-signers' for the next, each with its own button.
 */
function ElectionVedtak({ committee, meeting, onConclude }: Omit<AttendanceViewProps, 'onChange'>) {
  return (
    <>
      {signersElections(committee, meeting).map((election) => (
        <ElectionSakVedtak key={election.item.id} committee={committee} meeting={meeting} election={election} onConclude={onConclude} />
      ))}
    </>
  );
}

function ElectionSakVedtak({ committee, meeting, election, onConclude }: Omit<AttendanceViewProps, 'onChange'> & { election: SignersElection }) {
  const t = useSidePanelText();
  const w = useWordingValues(committee);
  const styles = useStyles();
  // In the committee's målform, whatever the screen's language: the vedtak goes into the protokoll.
  const minutes = wordingOf(committee.conventions, committee.languageForm).minutes;
  const { languageForm, conventions } = committee;
  const dirigent = conventions?.dirigent === true;
  // An årsmøte's referent (`electsReferent`): the meeting's, whom the protokoll names.
  const referent = (meeting.minuteTaker ?? committee.defaultMinuteTaker)?.name;
  const vedtak = signersElectionVedtak(meeting.signatures, languageForm, minutes, conventions?.minutesApproval, election.elects, dirigent, referent);
  if (vedtak === undefined) return null;
  const { item } = election;
  const sak = item.caseNumber ?? item.title;
  const written = item.conclusion[0] === vedtak;
  return (
    <div className={styles.person} data-testid="election-vedtak">
      {written ? null : (
        <>
          <p className={styles.role}>{t('sign.election', { ...w, sak })}</p>
          <p className={styles.name}>«{vedtak}»</p>
          <div>
            <Button onClick={() => onConclude(item.id, (current) => conclusionWithElection(current, vedtak, committee.languageForm, minutes))}>
              {t('sign.electionUse', { ...w, sak })}
            </Button>
          </div>
        </>
      )}
      <p className={styles.role} role="status">
        {written ? t('sign.electionDone', { sak }) : ''}
      </p>
    </div>
  );
}

/**
 * The rows under the committee's headings (domain `attendanceSections`, as the protokoll prints them): a member not
 * recorded yet as one present, their vara with them (under the member's heading).
 */
function rowSections(rows: readonly AttendanceRow[], committee: Committee): { heading: string | undefined; rows: AttendanceRow[] }[] {
  const entries = rows.map((row): Attendance => row.record ?? { person: row.person, status: 'present' });
  const rowOf = new Map(entries.map((entry, index) => [entry, rows[index]]));
  return attendanceSections(entries, committee, attendanceTexts(committee.languageForm, committee.conventions)).map((section) => ({
    heading: section.heading,
    rows: section.entries.flatMap((entry) => rowOf.get(entry) ?? []),
  }));
}

function parseStatus(value: string): MemberStatus {
  return value === 'present' || value === 'absent' || value === 'substitute' ? value : 'unknown';
}
