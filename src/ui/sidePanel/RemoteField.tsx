import { Field, Select } from '@fluentui/react-components';
import { REMOTE_WAYS, type RemoteWayId } from '../../domain/conventions';
import type { Attendance } from '../../domain/model';
import { defineNamespace } from '../shared/i18n';
import { remoteMessages } from './remoteMessages';

const useRemoteText = defineNamespace('remote', remoteMessages);

/**
 * How one person took part (`Attendance.remote`): in the room (nothing stored), by video or by phone; the protokoll
 * prints «deltok digitalt» / «deltok per telefon» after the name (domain/attendanceWording.ts). A native select: one tab
 * stop, the arrow keys choose, and its label names the person.
 */
export function RemoteField({ entry, onChange }: { entry: Attendance; onChange: (remote: RemoteWayId | undefined) => void }) {
  const t = useRemoteText();
  return (
    <Field label={t('remote.label', { name: entry.person.name })} size="small">
      <Select value={entry.remote ?? ''} onChange={(_, data) => onChange(REMOTE_WAYS.find((way) => way === data.value))}>
        <option value="">{t('remote.room')}</option>
        {REMOTE_WAYS.map((way) => (
          <option key={way} value={way}>
            {t(`remote.${way}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
