import { Button, Card, Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup, Subtitle2, Text, Textarea, makeStyles, tokens, useId } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { COMMITTEE_PRESET_IDS, type CommitteePresetId } from '../../domain/committeePresets';
import {
  AgendaHeadingSchema,
  AgendaWordSchema,
  AttendanceHeadingsSchema,
  TreatmentWordSchema,
  BackgroundWordSchema,
  ClosingRowsSchema,
  committeeLabelOf,
  ConclusionWordSchema,
  MinutesApprovalSchema,
  MinutesProposalSchema,
  MinutesWordSchema,
  MAX_COMMITTEE_LABEL_LENGTH,
  NoticeWordSchema,
  PackWordSchema,
  ProposalWordSchema,
  wordingOf,
  type Conventions,
  type ItemKindDefinition,
  type MinutesProposal,
} from '../../domain/conventions';
import type { LanguageForm } from '../../domain/model';
import { exampleCaseNumber } from '../../domain/caseNumbering';
import { domainTexts } from '../../domain/texts';
import { closingRowTitles } from '../../domain/fixedRows';
import { coSignerCount } from '../../domain/signersElection';
import { OpeningRowsFields } from './OpeningRowsFields';
import { notedConclusionOf } from '../../domain/agendaEditing';
import { noticeWordOf } from '../../domain/noticeWord';
import { packWordIdOf, packWordOf } from '../../domain/packWord';
import { agendaHeadingOf } from '../../domain/agendaHeading';
import { recordHeadOf } from '../../domain/attachments';
import { useWordingValues } from '../shared/wordingValues';
import { useWorkspaceText } from './panelText';
import { defineNamespace } from '../shared/i18n';
import { conventionHintMessages } from './conventionHintMessages';
import { useSettingsProblemText } from './CommitteeSettingsProblemFocus';
import { WholeNumberField } from './WholeNumberField';
import type { CommitteeSettings } from './useCommitteeSettings';

const useStyles = makeStyles({
  card: { padding: '16px', display: 'flex', flexDirection: 'column', gap: '12px' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: '12px', alignItems: 'start' },
  // Top-aligned: a field's hint («Eksempel: RS 3/26») or message under it leaves the inputs of the row on one line.
  kind: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'start' },
  // A message wraps under its field rather than widening it (and pushing the row's next field onto a line of its own):
  // the names as wide as their inputs, the series as its label.
  kindName: { maxWidth: '200px' },
  kindSeries: { maxWidth: '240px' },
  hint: { display: 'block', color: tokens.colorNeutralForeground2, marginTop: '-8px', paddingLeft: '32px' },
  problem: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

const useConventionHintText = defineNamespace('conventionHints', conventionHintMessages);

type WordField = 'minutes' | 'conclusion' | 'proposal' | 'memoProposal' | 'background';
const OPTIONS: Record<WordField, readonly string[]> = {
  minutes: MinutesWordSchema.options,
  conclusion: ConclusionWordSchema.options,
  proposal: ProposalWordSchema.options,
  memoProposal: ProposalWordSchema.options,
  background: BackgroundWordSchema.options,
};

/** An option shown as the word itself in the committee's målform ("Protokoll", "Saksutgreiing"). */
function wordOf(conventions: Conventions, field: WordField, option: string, form: LanguageForm): string {
  const words = wordingOf({ ...conventions, [field]: option } as Conventions, form);
  return words[field].word;
}

/** The Referatsak's proposal as a new meeting writes it: «Referat tatt til orientering.» or «Referatet godkjennes.». */
function minutesProposalOf(conventions: Conventions, option: MinutesProposal, form: LanguageForm): string {
  return domainTexts(form).template.minutesProposal(wordingOf(conventions, form).minutes, option);
}

/** "Start fra en mal": offered on "Nytt møteorgan" only. */
export function PresetField({ settings }: { settings: CommitteeSettings }) {
  const t = useWorkspaceText();
  return (
    <Field label={t('settings.preset')} hint={t('settings.preset.hint')}>
      <Dropdown
        placeholder={t('settings.preset.partnerskapsmote')}
        onOptionSelect={(_, data) => {
          const id = COMMITTEE_PRESET_IDS.find((candidate) => candidate === data.optionValue);
          if (id !== undefined) settings.applyPreset(id);
        }}
      >
        {COMMITTEE_PRESET_IDS.map((id: CommitteePresetId) => (
          <Option key={id} value={id}>
            {t(`settings.preset.${id}`)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/**
 * Where the keyboard goes when a sakstype is added or removed (WCAG 2.4.3): to the new row's bokmål
 * field, or after a removal to the row that took the removed one's place. Without it the focus stayed
 * on «Legg til sakstype», or fell to the page's start with the removed row's button.
 */
function useKindFocus(count: number) {
  const fields = useRef(new Map<number, HTMLInputElement>());
  const [pending, setPending] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (pending === undefined) return;
    fields.current.get(pending)?.focus();
    setPending(undefined);
  }, [pending, count]);
  return {
    after: (index: number) => setPending(index),
    field: (index: number) => (element: HTMLInputElement | null) => {
      if (element) fields.current.set(index, element);
      else fields.current.delete(index);
    },
  };
}

/** A sakstype's own numbering series («RS {N}/{YY}»), with the example it writes once the format is valid. */
interface KindSeriesFieldProps {
  kind: ItemKindDefinition;
  number: number;
  onChange: (typed: string) => void;
  problem: FieldProblem;
}

function KindSeriesField({ kind, number, onChange, problem }: KindSeriesFieldProps) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const typed = kind.caseNumberFormat ?? '';
  const example = typed.trim() === '' ? undefined : exampleCaseNumber(typed.trim(), new Date().getFullYear(), 3);
  return (
    <Field className={styles.kindSeries} label={t('settings.kinds.series', { number })} hint={example === undefined ? undefined : t('settings.caseNumberExample', { example })} {...problem}>
      <Input value={typed} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}

/** A field's error as Fluent's Field takes it (it marks the control `aria-invalid`, which the held-back save's focus looks for). */
type FieldProblem = { validationState: 'error'; validationMessage: string } | Record<string, never>;

type KindField = 'nb' | 'nn' | 'series';
type KindProblemKey = 'kinds.nbRequired' | 'kinds.nnRequired' | 'kinds.duplicate' | 'kinds.seriesInvalid' | 'kinds.seriesClash';

/**
 * The sakstype row and field the committee's sakstype problem (`checkCommitteeSettings`: one for the list) is about, so
 * its message stands under that field and names it («Sakstype 2 på nynorsk» må fylles ut). Undefined when no one row
 * is to blame: the list's message then names «Sakstyper».
 */
export function kindProblemAt(
  kinds: readonly ItemKindDefinition[],
  problem: string | undefined,
): { index: number; field: KindField; key: KindProblemKey; name?: string } | undefined {
  if (problem === 'kindSeriesInvalid') {
    const invalid = (format: string | undefined) => format !== undefined && exampleCaseNumber(format.trim(), 2026, 1) === undefined;
    const index = kinds.findIndex((kind) => invalid(kind.caseNumberFormat));
    return index < 0 ? undefined : { index, field: 'series', key: 'kinds.seriesInvalid' };
  }
  if (problem === 'kindSeriesClash') {
    // The committee's own format is the first series: the first kind with one of its own clashes with it or a later one.
    const index = kinds.findIndex((kind) => kind.caseNumberFormat !== undefined);
    return index < 0 ? undefined : { index, field: 'series', key: 'kinds.seriesClash' };
  }
  if (problem !== 'kindsInvalid') return undefined;
  for (const [index, kind] of kinds.entries()) {
    if (kind.nb.trim() === '') return { index, field: 'nb', key: 'kinds.nbRequired' };
    if (kind.nn.trim() === '') return { index, field: 'nn', key: 'kinds.nnRequired' };
    if (kinds.slice(0, index).some((earlier) => earlier.id === kind.id)) return { index, field: 'nb', key: 'kinds.duplicate', name: kind.nb.trim() };
  }
  return undefined;
}

/** The conventions that are a tick (`true`, else absent: a committee's file says only what it chose). */
type ConventionFlag = { [K in keyof Conventions]-?: NonNullable<Conventions[K]> extends boolean ? K : never }[keyof Conventions];

/** A convention ticked on or off: ticked stores `true`, unticked takes it away. */
/** A convention as a checkbox; `hint` (the `conventionHints` namespace) under it, as its description, where the label alone leaves one guessing. */
function FlagCheckbox(props: {
  flag: ConventionFlag;
  label: string;
  hint?: string;
  conventions: Conventions;
  onChange: (patch: Partial<Conventions>) => void;
}) {
  const { flag, label, hint, conventions, onChange } = props;
  const styles = useStyles();
  const hintId = useId('flag-hint');
  const set = (checked: boolean) => onChange({ [flag]: checked ? true : undefined });
  const described = hint === undefined ? {} : { 'aria-describedby': hintId };
  const box = <Checkbox label={label} checked={conventions[flag] === true} onChange={(_, data) => set(data.checked === true)} {...described} />;
  if (hint === undefined) return box;
  return (
    <>
      {box}
      <Text id={hintId} size={200} className={styles.hint}>
        {hint}
      </Text>
    </>
  );
}

/** The conventions typed as one line of text. */
type ConventionText = 'notedConclusion' | 'proposalBy' | 'committeeLabel' | 'signatureStatement';

/** A convention typed as one line: emptied, the key goes (the målform's words or none), so the stored committee says only what it chose. */
function TextConventionField(props: {
  text: ConventionText;
  label: string;
  hint?: string;
  placeholder?: string;
  problem: string | undefined;
  conventions: Conventions;
  onSet: (conventions: Conventions) => void;
}) {
  const { text, label, hint, placeholder, problem, conventions, onSet } = props;
  return (
    <Field label={label} {...(hint === undefined ? {} : { hint })} {...(problem === undefined ? {} : { validationState: 'error' as const, validationMessage: problem })}>
      <Input
        value={conventions[text] ?? ''}
        {...(placeholder === undefined ? {} : { placeholder })}
        onChange={(_, data) => {
          const { [text]: _old, ...rest } = conventions;
          onSet(data.value.trim() === '' ? rest : { ...rest, [text]: data.value });
        }}
      />
    </Field>
  );
}

/** The conventions chosen among their words, the first the default. */
type ConventionChoice = 'attendanceHeadings' | 'treatment';

/** A convention chosen among its words: back to the first, the default, the key goes, so the stored committee is as before the choice existed. */
function ConventionRadios<K extends ConventionChoice>(props: {
  choice: K;
  options: readonly NonNullable<Conventions[K]>[];
  label: string;
  optionLabel: (option: NonNullable<Conventions[K]>) => string;
  conventions: Conventions;
  onSet: (conventions: Conventions) => void;
}) {
  const { choice, options, label, optionLabel, conventions, onSet } = props;
  const [first] = options;
  return (
    <Field label={label}>
      <RadioGroup
        value={conventions[choice] ?? first}
        onChange={(_, data) => {
          // Widened to the union: the rest is then a committee's conventions without this (optional) key.
          const key: ConventionChoice = choice;
          const { [key]: _old, ...rest } = conventions;
          const picked = options.find((option) => option === data.value);
          onSet(picked === undefined || picked === first ? rest : { ...rest, [choice]: picked });
        }}
      >
        {options.map((option) => (
          <Radio key={option} value={option} label={optionLabel(option)} />
        ))}
      </RadioGroup>
    </Field>
  );
}

/**
 * The committee's own word for the row naming it (`committeeLabel`) as the documents print it, without a typed colon; none
 * typed (or a colon alone): `undefined`. Its own word reads the same in both målformer, the default does not («Utvalg»,
 * «Utval»). Here, not in domain/conventions.ts, which every page's start-up carries.
 */
function ownCommitteeLabelOf(conventions: Conventions): string | undefined {
  const label = committeeLabelOf(conventions, 'nb');
  return label === committeeLabelOf(conventions, 'nn') ? label : undefined;
}

/** The committee's wording, sakstyper, approval and letterhead: the conventions every document and screen reads. */
export function CommitteeConventionsFields({ settings }: { settings: CommitteeSettings }) {
  const t = useWorkspaceText();
  const hints = useConventionHintText();
  const styles = useStyles();
  const { input } = settings;
  const conventions = input.conventions;
  const form = input.languageForm;
  // The row where members raise other business («Eventuelt», «Ymse»), when the saksliste ends with one.
  const otherBusiness = (conventions.closingRows ?? 'avslutning') === 'avslutning' ? undefined : closingRowTitles({ conventions, languageForm: form })[0];
  // «Møteprotokollen godkjennes»: the record by the word chosen above, in the screen's language.
  const minutesWords = useWordingValues({ conventions });
  // The row's own word («Organ»), as the documents print it: the box heading them says it, not «Utvalg:».
  const ownCommitteeLabel = ownCommitteeLabelOf(conventions);
  const setConventions = (patch: Partial<Conventions>) => settings.set('conventions', { ...conventions, ...patch });
  const setKind = (index: number, patch: Partial<ItemKindDefinition>) =>
    setConventions({ itemKinds: conventions.itemKinds.map((kind, i) => (i === index ? { ...kind, ...patch } : kind)) });
  // Emptied, the kind has no series of its own (the key goes, so the stored kind is as before).
  const setKindSeries = (index: number, typed: string) =>
    setConventions({
      itemKinds: conventions.itemKinds.map((kind, i) => {
        if (i !== index) return kind;
        const { caseNumberFormat: _old, ...rest } = kind;
        return typed.trim() === '' ? rest : { ...rest, caseNumberFormat: typed };
      }),
    });
  const kindsProblem = settings.problems.conventions;
  // Said under the sakstype's own field when one row is to blame, else under the list; both name their field.
  const kindProblem = kindProblemAt(conventions.itemKinds, kindsProblem);
  const problemText = useSettingsProblemText();
  const kindFieldProblem = (index: number, field: KindField): FieldProblem =>
    kindProblem !== undefined && kindProblem.index === index && kindProblem.field === field
      ? { validationState: 'error', validationMessage: problemText(kindProblem.key, { number: index + 1, name: kindProblem.name ?? '' }) }
      : {};
  const listProblem = kindsProblem === 'kindsInvalid' || kindsProblem === 'kindSeriesInvalid' || kindsProblem === 'kindSeriesClash' ? kindsProblem : undefined;
  // Each whole-number field tells the save whether it holds a wrong number (stable, so its effect runs when that changes).
  const { typedWrong } = settings;
  const wrongIn = useMemo(
    () => ({
      noticeDays: (wrong: boolean) => typedWrong('noticeDays', wrong),
      shareCount: (wrong: boolean) => typedWrong('shareCount', wrong),
      coSigners: (wrong: boolean) => typedWrong('coSigners', wrong),
    }),
    [typedWrong],
  );
  const kindFocus = useKindFocus(conventions.itemKinds.length);
  const addKind = () => {
    kindFocus.after(conventions.itemKinds.length);
    setConventions({ itemKinds: [...conventions.itemKinds, { id: '', nb: '', nn: '' }] });
  };
  const removeKind = (index: number) => {
    // The row's button is gone with it: the next row's first field (or the one before, when it was the last) takes the focus.
    kindFocus.after(Math.min(index, conventions.itemKinds.length - 2));
    setConventions({ itemKinds: conventions.itemKinds.filter((_, i) => i !== index) });
  };

  return (
    <Card className={styles.card}>
      <Subtitle2 as="h3">{t('settings.wording')}</Subtitle2>
      <div className={styles.grid}>
        {(['minutes', 'conclusion', 'proposal', 'memoProposal', 'background'] as const).map((field) => (
          <Field key={field} label={t(`settings.wording.${field}`)}>
            <Dropdown
              value={wordOf(conventions, field, conventions[field], form)}
              selectedOptions={[conventions[field]]}
              onOptionSelect={(_, data) => {
                if (data.optionValue !== undefined && OPTIONS[field].includes(data.optionValue)) {
                  setConventions({ [field]: data.optionValue } as Partial<Conventions>);
                }
              }}
            >
              {OPTIONS[field].map((option) => (
                <Option key={option} value={option}>
                  {wordOf(conventions, field, option, form)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ))}
        {/* The first sak of a new meeting, shown as its title in the committee's målform. */}
        <ChoiceField
          label={t('settings.wording.agenda')}
          options={AgendaWordSchema.options}
          chosen={conventions.agenda ?? 'dagsorden'}
          textOf={(agenda) => domainTexts(form).template.approvalTitle(agenda)}
          onChoose={(agenda) => setConventions({ agenda })}
        />
        {/* The rows a new meeting's saksliste ends with, fixed last (`closing`), shown as their titles in the committee's målform. */}
        <ChoiceField
          label={t('settings.wording.closingRows', { agendaHeading: conventions.agendaHeading ?? '' })}
          options={ClosingRowsSchema.options}
          chosen={conventions.closingRows ?? 'avslutning'}
          textOf={(closingRows) => closingRowTitles({ conventions: { ...conventions, closingRows }, languageForm: form }).join(', ') || t('settings.wording.closingRows.none')}
          onChoose={(closingRows) => setConventions({ closingRows })}
        />
        {/* «Eventuelt» (or «Ymse») as the last numbered sak («Sak 11/15 Eventuelt»): asked only while the saksliste ends with one. */}
        {otherBusiness === undefined ? null : (
          <FlagCheckbox flag="closingNumbered" label={t('settings.wording.closingNumbered', { word: otherBusiness })} conventions={conventions} onChange={setConventions} />
        )}
        {/* The innkalling's heading, shown as it begins in the committee's målform («Innkalling til møte i …»). */}
        <ChoiceField
          label={t('settings.wording.notice')}
          options={NoticeWordSchema.options}
          chosen={conventions.notice ?? 'innkalling'}
          textOf={(notice) => `${noticeWordOf({ notice }, form)} …`}
          onChoose={(notice) => setConventions({ notice })}
        />
        {/* The PDF of the meeting's papers: its title page, file name and the innkalling's link («Sakskart (PDF)»). */}
        <ChoiceField
          label={t('settings.wording.pack')}
          options={PackWordSchema.options}
          chosen={packWordIdOf(conventions)}
          textOf={(pack) => packWordOf({ pack }, form).word}
          onChoose={(pack) => setConventions({ pack })}
        />
        {/* The list of saker: the invite's table, the documents' «… er tom», the screens' headings («Sakskart», «Dagsorden»). */}
        <ChoiceField
          label={t('settings.wording.agendaHeading')}
          options={AgendaHeadingSchema.options}
          chosen={conventions.agendaHeading ?? 'saksliste'}
          textOf={(agendaHeading) => agendaHeadingOf({ agendaHeading }, form).word}
          onChoose={(agendaHeading) => setConventions({ agendaHeading })}
        />
      </div>
      {/* The rows a new meeting's saksliste opens with before the approval row, fixed first, each numbered as a sak or not. */}
      <OpeningRowsFields conventions={conventions} invalid={settings.problems.openingRows !== undefined} onSet={(next) => settings.set('conventions', next)} />
      {/* Unticked: a new meeting has no «Godkjenning av innkalling og …», as a styringsgruppe's dagsorden (domain/agendaTemplate.ts); meetings made keep theirs. */}
      <Checkbox
        label={t('settings.wording.approvalRow', { agendaHeading: conventions.agendaHeading ?? '' })}
        checked={conventions.approvalRow !== false}
        onChange={(_, data) => setConventions({ approvalRow: data.checked === true ? undefined : false })}
      />
      {/* Ticked: «Protokoll fra møte i Brukerutvalget …», shown as it begins in the committee's målform. */}
      <FlagCheckbox
        flag="recordFromMeeting"
        label={t('settings.wording.recordFromMeeting', { ...minutesWords, heading: recordHeadOf({ conventions: { ...conventions, recordFromMeeting: true }, languageForm: form }) })}
        conventions={conventions}
        onChange={setConventions}
      />
      {/* Ticked: a new meeting gets the next number of its year, «3/2026», which «Endre møtet» can change. */}
      <FlagCheckbox flag="meetingsNumbered" label={t('settings.wording.meetingNumbers')} conventions={conventions} onChange={setConventions} />
      {/* Ticked: a meeting on Teams is said so in the protokoll, under its date and place (aksjeloven § 6-29's behandlingsmåte). */}
      <FlagCheckbox flag="recordOnline" label={t('settings.wording.recordOnline', minutesWords)} conventions={conventions} onChange={setConventions} />
      {/* Ticked: the saksframlegg's header gives the meeting's date beside the møteorgan, as a helseforetak's styresaker do. */}
      <FlagCheckbox flag="memoMeetingDate" label={t('settings.wording.memoMeetingDate')} conventions={conventions} onChange={setConventions} />
      {/* Ticked: a konklusjon or proposal of several points prints as paragraphs without numbers (domain/conclusionPoints.ts). */}
      <FlagCheckbox flag="runningText" label={t('settings.wording.runningText')} conventions={conventions} onChange={setConventions} />
      {/* Ticked: the Oppmøte tab offers taking part from elsewhere by video only, no telephone (a folkevalgt organ: kommuneloven § 11-7, domain/conventions.ts). */}
      <FlagCheckbox flag="videoOnly" label={t('settings.wording.videoOnly')} conventions={conventions} onChange={setConventions} />
      {/* Ticked: the innkalling, the invite and the protokoll write «torsdag 11. juni 2026» for «11.06.2026». */}
      <FlagCheckbox flag="datesWritten" label={t('settings.wording.datesWritten')} conventions={conventions} onChange={setConventions} />
      {/* Ticked: the innkalling, the invite and the protokoll state «Møtested», «Møtedato» and «Tid» on rows of their own for «Dato/sted». */}
      <FlagCheckbox flag="factsApart" label={t('settings.wording.factsApart')} conventions={conventions} onChange={setConventions} />
      {/* Ticked: the innkalling's and the invite's facts begin «Utvalg: <name>» (nynorsk «Utval:»), or the committee's own word typed below, as a kommune's møteinnkallinger, and the protokoll's «Møteorgan:» reads so too. */}
      <FlagCheckbox
        flag="noticeCommittee"
        label={ownCommitteeLabel === undefined ? t('settings.wording.noticeCommittee') : t('settings.wording.noticeCommitteeOwn', { label: ownCommitteeLabel })}
        hint={hints('noticeCommittee', minutesWords)} conventions={conventions} onChange={setConventions} />
      {conventions.noticeCommittee === true || conventions.committeeLabel !== undefined ? (
        // The row's own word («Organ», «Møte»); emptied, the målform's «Utvalg»/«Utval» (the placeholder). Shown while a word
        // is kept with the box unticked too, so a word the save refuses is never out of sight.
        <TextConventionField
          text="committeeLabel"
          label={t('settings.wording.committeeLabel')}
          hint={t('settings.wording.committeeLabel.hint')}
          placeholder={committeeLabelOf(undefined, form)}
          problem={settings.problems.committeeLabel !== undefined ? problemText('conventions.committeeLabelInvalid', { max: MAX_COMMITTEE_LABEL_LENGTH }) : undefined}
          conventions={conventions}
          onSet={(next) => settings.set('conventions', next)}
        />
      ) : null}
      {/* Ticked: the innkalling prints the list's word («Saksliste», «Sakliste», «Sakskart») over its table; the invite's table has it as its caption always. */}
      <FlagCheckbox
        flag="noticeAgendaHeading"
        label={t('settings.wording.noticeAgendaHeading', { agendaHeading: conventions.agendaHeading ?? '' })}
        hint={hints('noticeAgendaHeading')}
        conventions={conventions}
        onChange={setConventions}
      />
      {/* Ticked: the referat or protokoll opens with the list of its saker under the list's word (documents/docx/minutesContents.ts). */}
      <FlagCheckbox
        flag="minutesContents"
        label={t('settings.wording.minutesContents', { ...minutesWords, agendaHeading: conventions.agendaHeading ?? '' })}
        conventions={conventions}
        onChange={setConventions}
      />
      {/* Ticked: the innkalling's and the invite's saksliste print «Arkivsaksnr.» in a column of its own after the number. */}
      <FlagCheckbox flag="archiveColumn" label={t('settings.wording.archiveColumn', { agendaHeading: conventions.agendaHeading ?? '' })} conventions={conventions} onChange={setConventions} />
      {/* Ticked: a sak with an arkivsak is numbered by it, «2014/805» for «2014/805-1», the rest in the series (domain/caseNumbering.ts `archiveCaseNumber`). */}
      <FlagCheckbox flag="archiveNumbered" label={t('settings.wording.archiveNumbered')} conventions={conventions} onChange={setConventions} />
      {/* Ticked: a sak that goes on has the committee's «Uttalelse», not its «Innstilling til …», and the next body keeps its own proposal (domain/caseRoute.ts). */}
      <FlagCheckbox flag="advisory" label={t('settings.wording.advisory')} conventions={conventions} onChange={setConventions} />
      {/* Ticked: the protokoll prints who met under each heading as «Navn | Funksjon | Representerer» (domain/attendance.ts `attendanceRow`). */}
      <FlagCheckbox flag="attendanceTable" label={t('settings.wording.attendanceTable', minutesWords)} conventions={conventions} onChange={setConventions} />
      {/* Ticked: the protokoll's facts give «Fra saknr.», «Til saknr.» and «… møtte 9 av 9» (documents/headCount.ts). */}
      <FlagCheckbox flag="headCount" label={t('settings.wording.headCount', minutesWords)} conventions={conventions} onChange={setConventions} />
      {/* Ticked: the innkalling lists the members under its facts in that table; unticked, the «Til» line alone, as the seeds. */}
      <FlagCheckbox
        flag="noticeMembers"
        label={t('settings.wording.noticeMembers')}
        conventions={conventions}
        onChange={(patch) => setConventions(patch.noticeMembers === true ? patch : { ...patch, noticeDeputies: undefined })}
      />
      {/* The vara too: asked only while the members are listed. */}
      {conventions.noticeMembers === true ? (
        <FlagCheckbox flag="noticeDeputies" label={t('settings.wording.noticeDeputies')} conventions={conventions} onChange={setConventions} />
      ) : null}
      {/* Ticked: the innkalling and the invite say «Møtet er åpent for publikum.» when the committee's meetings are public. */}
      <FlagCheckbox flag="publicMeetingLine" label={t('settings.wording.publicMeetingLine')} conventions={conventions} onChange={setConventions} />
      {/* Ticked: «Nytt møte» offers a written treatment with an answer deadline (domain/writtenTreatment.ts); not for a folkevalgt organ. */}
      <FlagCheckbox flag="writtenTreatment" label={t('settings.wording.writtenTreatment')} conventions={conventions} onChange={setConventions} />
      {/* The least days between sending the innkalling and the meeting (domain/noticePeriod.ts): the send step warns after it. */}
      <WholeNumberField
        label={t('settings.wording.noticeDays')}
        onWrong={wrongIn.noticeDays}
        value={conventions.noticeDays}
        max={365}
        invalid={problemText('conventions.noticeDaysInvalid')}
        onChange={(noticeDays) => setConventions({ noticeDays })}
      />
      {/* Ticked: attendance and votes count in shares (domain/shareholding.ts), as a generalforsamling's. */}
      <Checkbox
        label={t('settings.wording.attendanceByShares')}
        checked={conventions.attendanceByShares === true}
        onChange={(_, data) => setConventions(data.checked === true ? { attendanceByShares: true } : { attendanceByShares: undefined, shareCount: undefined })}
      />
      {conventions.attendanceByShares === true ? (
        <WholeNumberField
          label={t('settings.wording.shareCount')}
          onWrong={wrongIn.shareCount}
          value={conventions.shareCount}
          max={999_999_999_999}
          invalid={problemText('conventions.shareCountInvalid')}
          onChange={(shareCount) => setConventions({ shareCount })}
        />
      ) : null}
      {/* What the referent's «Tatt til orientering» writes; emptied, the målform's words (shown as the placeholder). */}
      <TextConventionField
        text="notedConclusion"
        label={t('settings.wording.notedConclusion')}
        placeholder={notedConclusionOf({ languageForm: form })}
        problem={settings.problems.notedConclusion !== undefined ? t('settings.problem.notedConclusionInvalid', minutesWords) : undefined}
        conventions={conventions}
        onSet={(next) => settings.set('conventions', next)}
      />
      {/* The referent's outcome buttons, one a line («Klagen tas ikke til følge.»); empty lines are no buttons. */}
      <OutcomesField
        outcomes={conventions.outcomes ?? []}
        label={t('settings.wording.outcomes')}
        hint={t('settings.wording.outcomes.hint', minutesWords)}
        problem={settings.problems.outcomes !== undefined ? problemText('conventions.outcomesInvalid') : undefined}
        onChange={(outcomes) => {
          const { outcomes: _old, ...rest } = conventions;
          settings.set('conventions', outcomes.length === 0 ? rest : { ...rest, outcomes });
        }}
      />
      {/* Who makes the proposal, in the genitive («Rektors»): its headings read «Rektors forslag til vedtak»; emptied, the word alone. */}
      <TextConventionField
        text="proposalBy"
        label={t('settings.wording.proposalBy')}
        hint={t('settings.wording.proposalBy.hint')}
        problem={settings.problems.proposalBy !== undefined ? problemText('conventions.proposalByInvalid') : undefined}
        conventions={conventions}
        onSet={(next) => settings.set('conventions', next)}
      />
      <Field label={t('settings.wording.minutesApproval', minutesWords)}>
        <RadioGroup
          value={conventions.minutesApproval}
          onChange={(_, data) => setConventions({ minutesApproval: MinutesApprovalSchema.options.find((option) => option === data.value) ?? 'nextMeeting' })}
        >
          {MinutesApprovalSchema.options.map((option) => (
            <Radio key={option} value={option} label={t(`settings.wording.minutesApproval.${option}`)} />
          ))}
        </RadioGroup>
      </Field>
      {conventions.minutesApproval === 'signedInMeeting' || conventions.minutesApproval === 'signedByChosen' ? (
        // How many the meeting chooses to sign with the møteleder: the new meeting's sak names the number (domain/signersElection.ts, agendaTemplate.ts); emptied, the approval's own (one, or a representantskap's two).
        <WholeNumberField
          label={t('settings.wording.coSigners', minutesWords)}
          onWrong={wrongIn.coSigners}
          value={coSignerCount(conventions)}
          max={10}
          invalid={problemText('conventions.coSignersInvalid', minutesWords)}
          onChange={(coSigners) => setConventions({ coSigners })}
        />
      ) : null}
      {conventions.minutesApproval === 'signedInMeeting' ? (
        // Ticked: a generalforsamling elects its møteleder in a sak of its own before the co-signers' (conventions.ts `chairOwnSak`); unticked, one sak.
        <>
          <FlagCheckbox flag="chairOwnSak" label={t('settings.wording.chairOwnSak')} conventions={conventions} onChange={setConventions} />
          {/* Ticked: an årsmøte's words, «Valg av dirigent», «… til å underskrive protokollen» (conventions.ts `dirigent`). */}
          <FlagCheckbox flag="dirigent" label={t('settings.wording.dirigent')} conventions={conventions} onChange={setConventions} />
        </>
      ) : null}
      {/* The sentence over the protokoll's signatures («Rett utskrift bekreftes»); emptied, none. */}
      <TextConventionField
        text="signatureStatement"
        label={t('settings.wording.signatureStatement')}
        problem={settings.problems.signatureStatement !== undefined ? problemText('conventions.signatureStatementInvalid') : undefined}
        conventions={conventions}
        onSet={(next) => settings.set('conventions', next)}
      />
      {/* How the protokoll heads who came: by role, or as kommunale protokoller («Faste medlemmer som møtte» …). */}
      <ConventionRadios
        choice="attendanceHeadings"
        options={AttendanceHeadingsSchema.options}
        label={t('settings.wording.attendanceHeadings', minutesWords)}
        optionLabel={(option) => t(`settings.wording.attendanceHeadings.${option}`)}
        conventions={conventions}
        onSet={(next) => settings.set('conventions', next)}
      />
      {form === 'nn' ? (
        // Nynorsk names a sak's treatment «handsaming» or «behandling» (conventions.ts `treatment`): one word through the documents.
        <ConventionRadios
          choice="treatment"
          options={TreatmentWordSchema.options}
          label={t('settings.wording.treatment')}
          optionLabel={(option) => t(`settings.wording.treatment.${option}`)}
          conventions={conventions}
          onSet={(next) => settings.set('conventions', next)}
        />
      ) : null}
      {/* Ticked: the referent records proposals, votes and protokolltilførsler per sak, and the protokoll prints them (domain/voting.ts). */}
      <FlagCheckbox flag="voting" label={t('settings.wording.voting')} hint={hints('voting')} conventions={conventions} onChange={setConventions} />
      {conventions.voting === true ? null : (
        // Ticked: the protokoll prints each sak's proposal before its treatment without votes, as Askvoll sokneråd's (conventions.ts `proposalFirst`).
        <FlagCheckbox flag="proposalFirst" label={t('settings.wording.proposalFirst', { ...minutesWords, word: wordOf(conventions, 'proposal', conventions.proposal, form) })} conventions={conventions} onChange={setConventions} />
      )}
      {conventions.minutesApproval === 'nextMeeting' ? (
        // The next meeting's Referatsak, its proposal shown as the template writes it in the committee's målform.
        <Field label={t('settings.wording.minutesProposal', minutesWords)}>
          <Dropdown
            value={minutesProposalOf(conventions, conventions.minutesProposal ?? 'noted', form)}
            selectedOptions={[conventions.minutesProposal ?? 'noted']}
            onOptionSelect={(_, data) => {
              const minutesProposal = MinutesProposalSchema.options.find((option) => option === data.optionValue);
              if (minutesProposal !== undefined) setConventions({ minutesProposal });
            }}
          >
            {MinutesProposalSchema.options.map((option) => (
              <Option key={option} value={option}>
                {minutesProposalOf(conventions, option, form)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      <fieldset className={styles.card}>
        <legend>{t('settings.kinds')}</legend>
        {/* What a series of its own means, said once for every row's «Egen nummerserie». */}
        <p style={{ margin: 0 }}>{t('settings.kinds.seriesHint')}</p>
        {/* Unticked: number and title only, as a body that groups its saker under headings prints them. */}
        <Checkbox
          label={t('settings.kinds.underNumber', minutesWords)}
          checked={conventions.kindsUnderNumber !== false}
          onChange={(_, data) => setConventions({ kindsUnderNumber: data.checked === true ? undefined : false })}
        />
        {/* Ticked: the orienteringer bundled under a sak print «1.», «2.» rather than «a)», «b)». */}
        <FlagCheckbox flag="subItemsNumbered" label={t('settings.kinds.subItemsNumbered')} conventions={conventions} onChange={setConventions} />
        {conventions.itemKinds.map((kind, index) => (
          <div key={index} className={styles.kind}>
            <Field className={styles.kindName} label={t('settings.kinds.nb', { number: index + 1 })} {...kindFieldProblem(index, 'nb')}>
              {/* A new kind takes its id from its first bokmål name; stored items keep the id when the label changes. */}
              <Input ref={kindFocus.field(index)} value={kind.nb} onChange={(_, data) => setKind(index, kind.id === '' || kind.id === kind.nb ? { nb: data.value, id: data.value.trim() === '' ? kind.id : data.value.trim() } : { nb: data.value })} />
            </Field>
            <Field className={styles.kindName} label={t('settings.kinds.nn', { number: index + 1 })} {...kindFieldProblem(index, 'nn')}>
              <Input value={kind.nn} onChange={(_, data) => setKind(index, { nn: data.value })} />
            </Field>
            <KindSeriesField kind={kind} number={index + 1} onChange={(caseNumberFormat) => setKindSeries(index, caseNumberFormat)} problem={kindFieldProblem(index, 'series')} />
            <Button
              icon={<DeleteRegular />}
              aria-label={t('settings.kinds.remove', { number: index + 1 })}
              disabled={conventions.itemKinds.length <= 1}
              onClick={() => removeKind(index)}
            />
          </div>
        ))}
        {listProblem !== undefined && kindProblem === undefined ? (
          // No one field to blame: the list's message, which a held-back save focuses as it would a field (`data-settings-problem`).
          <p tabIndex={-1} data-settings-problem={t('settings.kinds')} className={styles.problem}>
            {problemText(`conventions.${listProblem}`)}
          </p>
        ) : null}
        <div>
          <Button icon={<AddRegular />} onClick={addKind}>
            {t('settings.kinds.add')}
          </Button>
        </div>
      </fieldset>
      <div className={styles.grid}>
        <Field label={t('settings.letterhead.organisationLine')}>
          <Input value={input.letterheadOrganisationLine} onChange={(_, data) => settings.set('letterheadOrganisationLine', data.value)} />
        </Field>
        <Field label={t('settings.letterhead.footer')}>
          <Input value={input.letterheadFooter} onChange={(_, data) => settings.set('letterheadFooter', data.value)} />
        </Field>
      </div>
    </Card>
  );
}

const outcomeLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/**
 * The outcome buttons as lines of one text area: what is typed stays as typed (an empty line while the next is begun), the
 * committee's list the lines that hold text.
 */
interface OutcomesFieldProps {
  outcomes: readonly string[];
  label: string;
  hint: string;
  problem: string | undefined;
  onChange: (outcomes: string[]) => void;
}

function OutcomesField({ outcomes, label, hint, problem, onChange }: OutcomesFieldProps) {
  const [typed, setTyped] = useState(() => outcomes.join('\n'));
  // A preset chosen meanwhile fills the list anew: the lines show it.
  if (outcomeLines(typed).join('\n') !== outcomes.join('\n')) setTyped(outcomes.join('\n'));
  return (
    <Field label={label} hint={hint} {...(problem !== undefined ? { validationState: 'error' as const, validationMessage: problem } : {})}>
      <Textarea
        value={typed}
        resize="vertical"
        onChange={(_, data) => {
          setTyped(data.value);
          onChange(outcomeLines(data.value));
        }}
      />
    </Field>
  );
}

/** One of the committee's words as a list to choose from, each option and the chosen one shown as the documents print it (`textOf`). */
interface ChoiceFieldProps<T extends string> {
  label: string;
  options: readonly T[];
  chosen: T;
  textOf: (option: T) => string;
  onChoose: (option: T) => void;
}

function ChoiceField<T extends string>({ label, options, chosen, textOf, onChoose }: ChoiceFieldProps<T>) {
  return (
    <Field label={label}>
      <Dropdown
        value={textOf(chosen)}
        selectedOptions={[chosen]}
        onOptionSelect={(_, data) => {
          const option = options.find((candidate) => candidate === data.optionValue);
          if (option !== undefined) onChoose(option);
        }}
      >
        {options.map((option) => (
          <Option key={option} value={option} text={textOf(option)}>
            {textOf(option)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
