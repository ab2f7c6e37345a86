import { Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Attendance, Committee, Holding, Meeting } from '../../domain/model';
import { representedShares, sharesRepresentedLine } from '../../domain/shareholding';
import { useSharesText } from './sharesText';

const useStyles = makeStyles({
  fieldset: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  count: { width: '10em' },
});

/** Shares as typed: a whole number above 0 (up to 12 digits), none when emptied, anything else not taken (null). */
function sharesOf(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  return /^\d{1,12}$/.test(text.trim()) && Number(text.trim()) > 0 ? Number(text.trim()) : null;
}

/**
 * One person's holding in a generalforsamling's Oppmøte tab (`conventions.attendanceByShares`; domain/shareholding.ts): the
 * shares they met with, the aksjeeier they met for (empty: themselves) and whether by fullmakt (aksjeloven § 5-2). The
 * owner and fullmakt follow the shares: none without them.
 */
export function HoldingFields({ entry, onChange }: { entry: Attendance; onChange: (holding: Holding | undefined) => void }) {
  const t = useSharesText();
  const styles = useStyles();
  const name = entry.person.name;
  const holding = entry.holding;
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('shares.legend', { name })}</legend>
      <Field label={t('shares.count', { name })} size="small">
        <Input
          className={styles.count}
          inputMode="numeric"
          value={holding === undefined ? '' : String(holding.shares)}
          onChange={(_, data) => {
            const shares = sharesOf(data.value);
            if (shares === null) return;
            onChange(shares === undefined ? undefined : { ...holding, shares });
          }}
        />
      </Field>
      <Field label={t('shares.owner', { name })} size="small">
        <Input
          defaultValue={holding?.owner ?? ''}
          disabled={holding === undefined}
          onBlur={(event) => {
            if (holding === undefined) return;
            const { owner: _old, ...rest } = holding;
            const owner = event.currentTarget.value.trim();
            onChange(owner === '' ? rest : { ...rest, owner });
          }}
        />
      </Field>
      <Checkbox
        label={t('shares.proxy', { name })}
        checked={holding?.proxy === true}
        disabled={holding === undefined}
        onChange={(_, data) => {
          if (holding === undefined) return;
          const { proxy: _old, ...rest } = holding;
          onChange(data.checked === true ? { ...rest, proxy: true } : rest);
        }}
      />
    </fieldset>
  );
}

/** «600 av totalt 1 000 aksjer var representert.»: the protokoll's line (shareholding.ts), as the meeting stands. */
export function SharesRepresented({ committee, meeting }: { committee: Pick<Committee, 'conventions' | 'languageForm'>; meeting: Pick<Meeting, 'attendance'> }) {
  const t = useSharesText();
  const line = sharesRepresentedLine(representedShares(meeting.attendance), committee.conventions?.shareCount, committee.languageForm);
  return (
    <Text>
      {t('shares.represented')}: <span data-testid="shares-represented">{line}</span>
    </Text>
  );
}
