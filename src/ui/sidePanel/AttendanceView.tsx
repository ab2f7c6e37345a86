import { useState } from 'react';
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Attendance, Committee, Meeting } from '../../domain/model';
import { addGuest, attendanceRows, setPresenceDuringItem, setStatus, setSubstitute, type MemberStatus } from '../meeting/attendance';
import { itemHeading } from './AgendaList';
import { useSidePanelText } from './sidePanelText';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  person: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  add: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

const STATUSES: MemberStatus[] = ['unknown', 'present', 'absent'];

/** Who is there: present, forfall with substitute ("X for Y"), arrived or left during an item. */
export function AttendanceView({ committee, meeting, onChange }: { committee: Committee; meeting: Meeting; onChange: (attendance: Attendance[]) => void }) {
  const t = useSidePanelText();
  const styles = useStyles();
  const [guest, setGuest] = useState('');
  const rows = attendanceRows(committee, meeting);
  const statusText = (status: MemberStatus) => (status === 'unknown' ? t('attendance.unknown') : t(`attendance.${status}`));
  const itemSelect = (name: string, field: 'arrivedDuringItem' | 'leftDuringItem', record: Attendance) => (
    <Field label={t(field === 'arrivedDuringItem' ? 'attendance.arrived' : 'attendance.left', { name })} size="small">
      <Select
        value={record[field] ?? ''}
        onChange={(_, data) => onChange(setPresenceDuringItem(meeting.attendance, name, field, data.value === '' ? undefined : data.value))}
      >
        <option value="">{t('attendance.wholeMeeting')}</option>
        {meeting.items.map((item) => (
          <option key={item.id} value={item.id}>
            {itemHeading(item)}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading" className={styles.name}>
        {t('attendance.label')}
      </h2>
      <ul className={styles.list} data-testid="attendance">
        {rows.map((row) => (
          <li key={row.person.name} className={styles.person}>
            <h3 className={styles.name}>{row.person.name}</h3>
            <Field label={t('attendance.status', { name: row.person.name })} size="small">
              <Select value={row.status} onChange={(_, data) => onChange(setStatus(meeting.attendance, row.person, parseStatus(data.value)))}>
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
                  onBlur={(event) => onChange(setSubstitute(meeting.attendance, row.person, event.currentTarget.value))}
                />
              </Field>
            ) : null}
            {row.record && row.status === 'present' ? (
              <>
                {itemSelect(row.person.name, 'arrivedDuringItem', row.record)}
                {itemSelect(row.person.name, 'leftDuringItem', row.record)}
              </>
            ) : null}
            {row.substitute ? (
              <>
                {itemSelect(row.substitute.person.name, 'arrivedDuringItem', row.substitute)}
                {itemSelect(row.substitute.person.name, 'leftDuringItem', row.substitute)}
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <div className={styles.add}>
        <Field label={t('attendance.addGuest')}>
          <Input value={guest} onChange={(_, data) => setGuest(data.value)} placeholder={t('attendance.guestName')} />
        </Field>
        <Button
          onClick={() => {
            onChange(addGuest(meeting.attendance, guest));
            setGuest('');
          }}
          disabled={guest.trim() === ''}
        >
          {t('attendance.add')}
        </Button>
      </div>
    </section>
  );
}

function parseStatus(value: string): MemberStatus {
  return value === 'present' || value === 'absent' || value === 'substitute' ? value : 'unknown';
}
