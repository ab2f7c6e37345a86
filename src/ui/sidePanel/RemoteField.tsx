import { Field, Select } from '@fluentui/react-components';
import { REMOTE_WAYS, type RemoteWayId } from '../../domain/conventions';
import type { Attendance } from '../../domain/model';
import { defineNamespace } from '../shared/i18n';
import { remoteMessages } from './remoteMessages';

const useRemoteText = defineNamespace('remote', remoteMessages);

/**
 * How one person took part (`Attendance.remote`): in the room (nothing stored), or from elsewhere in one of the ways the
 * committee allows (`allowed`, domain/conventions.ts `remoteWaysOf`: by video only for a folkevalgt organ, kommuneloven
 * § 11-7); the protokoll prints «deltok digitalt» / «deltok per telefon» after the name (domain/attendanceWording.ts). A
 * way recorded that the committee does not allow stays offered and chosen, with a note, never dropped. A native select:
 * one tab stop, the arrow keys choose, and its label names the person.
 */
interface RemoteFieldProps {
  entry: Attendance;
  /** The ways the committee allows (`remoteWaysOf`). */
  allowed: readonly RemoteWayId[];
  onChange: (remote: RemoteWayId | undefined) => void;
}

export function RemoteField({ entry, allowed, onChange }: RemoteFieldProps) {
  const t = useRemoteText();
  const kept = entry.remote !== undefined && !allowed.includes(entry.remote) ? entry.remote : undefined;
  const offered = REMOTE_WAYS.filter((way) => allowed.includes(way) || way === kept);
  return (
    <Field
      label={t('remote.label', { name: entry.person.name })}
      size="small"
      validationState={kept === undefined ? 'none' : 'warning'}
      validationMessage={kept === undefined ? undefined : t('remote.kept', { way: t(`remote.${kept}`) })}
    >
      <Select value={entry.remote ?? ''} onChange={(_, data) => onChange(offered.find((way) => way === data.value))}>
        <option value="">{t('remote.room')}</option>
        {offered.map((way) => (
          <option key={way} value={way}>
            {t(`remote.${way}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
