import * as v from 'valibot';
import { useRef, useState } from 'react';
import { Button, Card, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Title2, makeStyles } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { chairDisagreement, MAX_SHORT_NAME_LENGTH, type ExternalMemberProblem } from '../../domain/committeeSettings';
import { MAX_MEMBER_DETAIL_LENGTH } from '../../domain/memberDetails';
import { AttachmentModeSchema, DEFAULT_CASE_NUMBER_FORMAT, type AttachmentMode, type Committee, type Person } from '../../domain/model';
import { StorageError, type MeetingRepository, type Versioned } from '../../domain/ports';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { defineNamespace } from '../shared/i18n';
import { settingsRefusedMessages } from './settingsRefusedMessages';
import { settingsProblemMessages } from './settingsProblemMessages';
import { ASIDE_FROM_SAVE, HeldBackSummary, useHeldBackSave, useSettingsProblemText } from './CommitteeSettingsProblemFocus';
import { PeoplePicker } from '../shared/PeoplePicker';
import { MemberRolesFields } from './MemberRolesFields';
import { ConfidentialityRulesFields } from './ConfidentialityRulesFields';
import { NewItemsFields } from './NewItemsFields';
import { MeetingPublicityFields } from './MeetingPublicityFields';
import { useWorkspaceText } from './panelText';
import { useWordingValues } from '../shared/wordingValues';
import { useCommitteeSettings, type CommitteeSettings } from './useCommitteeSettings';
import { CommitteeConventionsFields, PresetField } from './CommitteeConventionsFields';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '760px' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: '12px', alignItems: 'start' },
  card: { padding: '16px', display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  titleRow: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'center', justifyContent: 'space-between' },
});

export interface CommitteeSettingsPanelProps {
  /** The committee to edit; `version: undefined` for "Nytt møteorgan". */
  stored: Versioned<Committee> | { value: Committee; version: undefined };
  repository: Pick<MeetingRepository, 'saveCommittee' | 'listCommittees'>;
  onSaved: (saved: Versioned<Committee>) => void;
  onClose: () => void;
  /** Offered on an existing committee's settings: "Nytt møteorgan". */
  onNewCommittee?: () => void;
}

// A save SharePoint refused (403): only the secretariat writes the committees' settings rows (`domain/settingsAccess.ts`).
const useSettingsRefusedText = defineNamespace('settingsRefused', settingsRefusedMessages);
const isNamedProblem = (key: string): key is keyof typeof settingsProblemMessages.nb => key in settingsProblemMessages.nb;
const refusedBySharePoint = (error: unknown): boolean => error instanceof StorageError && error.kind === 'forbidden';

/** "Innstillinger for møteorganet" and "Nytt møteorgan": the secretariat's settings, saved with the eTag. */
export function CommitteeSettingsPanel({ stored, repository, onSaved, onClose, onNewCommittee }: CommitteeSettingsPanelProps) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const refused = useSettingsRefusedText();
  const fieldProblem = useSettingsProblemText();
  const settings = useCommitteeSettings(stored, repository);
  const heldBack = useHeldBackSave();
  const { input, problems } = settings;
  // «kan skrive møtebehandling og vedtak»: the committee's word as the form has it (a preset or the
  // wording chosen below), so a new committee made from «Kontrollutvalg» does not read «konklusjon».
  const words = useWordingValues(input);
  const isNew = stored.version === undefined;
  const problem = (key: keyof typeof problems) => {
    const code = problems[key];
    if (!code) return {};
    // Said with the field's name (WCAG 3.3.1): «Må fylles ut.» alone would not say which field.
    const named = `${key}.${code}`;
    // Every code the validator gives these fields has the field's own text (`settingsProblemTexts.test.ts`).
    if (!isNamedProblem(named)) return { validationState: 'error' as const };
    return { validationState: 'error' as const, validationMessage: fieldProblem(named, { max: MAX_SHORT_NAME_LENGTH, format: DEFAULT_CASE_NUMBER_FORMAT }) };
  };
  // A committee saved before the rule (nobody manages its access) is warned about when opened; a save refuses it.
  const secretariatProblem = problems.secretariat
    ? { validationState: 'error' as const, validationMessage: t('settings.problem.noManager') }
    : !isNew && settings.unmanaged
      ? { validationState: 'warning' as const, validationMessage: t('settings.problem.noManager') }
      : {};
  // «Fast møteleder» and the member whose office is møteleder must be one person: said live as a warning, refused on save.
  const officeHolder = chairDisagreement(input);
  const chairProblem = officeHolder
    ? { validationState: problems.defaultChair ? ('error' as const) : ('warning' as const), validationMessage: t('settings.problem.chairNotOffice', { name: officeHolder.name, office: t('settings.chairRole.chair').toLocaleLowerCase() }) }
    : {};
  const save = async (write: () => Promise<Versioned<Committee> | undefined>) => {
    heldBack.clear();
    const saved = await write();
    if (saved) onSaved(saved);
    // Nothing written: the keyboard goes to the first bad field, if a field is what holds it back.
    else heldBack.held();
  };
  const heading = isNew ? t('settings.newHeading') : t('settings.heading', { committee: stored.value.name });

  return (
    <section className={styles.root} aria-labelledby="committee-settings-heading">
      <div className={styles.titleRow}>
        <Title2 as="h2" id="committee-settings-heading">
          {heading}
        </Title2>
        {!isNew && onNewCommittee ? (
          <Button icon={<AddRegular />} onClick={onNewCommittee}>
            {t('committees.new')}
          </Button>
        ) : null}
      </div>
      {!isNew && refusedBySharePoint(settings.error) ? (
        // Not «ask the site owner for access» (the general 403, still said for a new committee): the settings are the secretariat's to change.
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{refused('forbidden', { committee: stored.value.name })}</MessageBarBody>
        </MessageBar>
      ) : settings.error !== undefined ? (
        <ErrorMessageBar
          error={settings.error}
          onReload={settings.saveState === 'conflict' ? () => void settings.reload() : undefined}
          onKeepMine={settings.saveState === 'conflict' ? () => void save(settings.keepMine) : undefined}
        />
      ) : null}
      {settings.saveState === 'saved' ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('settings.saved')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <form
        ref={heldBack.form}
        className={styles.root}
        aria-label={heading}
        // The form's own check says every bad field at once, in the user's language; the browser's would stop at the first.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(settings.save);
        }}
      >
        <Card className={styles.card}>
          {isNew ? <PresetField settings={settings} /> : null}
          <div className={styles.grid}>
            <Field label={t('settings.name')} required {...problem('name')}>
              <Input value={input.name} onChange={(_, data) => settings.set('name', data.value)} />
            </Field>
            <Field label={t('settings.shortName')} required {...problem('shortName')}>
              <Input value={input.shortName} onChange={(_, data) => settings.set('shortName', data.value)} />
            </Field>
            <Field label={t('settings.organisation')}>
              <Input value={input.organisation} onChange={(_, data) => settings.set('organisation', data.value)} />
            </Field>
          </div>
          <Field label={t('settings.languageForm')} {...problem('languageForm')}>
            <RadioGroup layout="horizontal" value={input.languageForm} onChange={(_, data) => settings.set('languageForm', data.value === 'nn' ? 'nn' : 'nb')}>
              <Radio value="nb" label={t('settings.languageForm.nb')} />
              <Radio value="nn" label={t('settings.languageForm.nn')} />
            </RadioGroup>
          </Field>
        </Card>
        <Card className={styles.card}>
          <PeoplePicker label={t('settings.members')} value={input.members} onChange={(people) => settings.set('members', people)} />
          <ExternalMemberForm settings={settings} />
        </Card>
        <Card className={styles.card}>
          <MemberRolesFields settings={settings} />
        </Card>
        <Card className={styles.card}>
          <ConfidentialityRulesFields settings={settings} />
          <MeetingPublicityFields settings={settings} />
          <NewItemsFields settings={settings} />
        </Card>
        <Card className={styles.card}>
          <div className={styles.grid}>
            <PeoplePicker label={t('settings.defaultChair')} value={input.defaultChair ? [input.defaultChair] : []} onChange={(people) => settings.set('defaultChair', people.at(-1))} {...chairProblem} />
            <PeoplePicker
              label={t('settings.defaultMinuteTaker')}
              value={input.defaultMinuteTaker ? [input.defaultMinuteTaker] : []}
              onChange={(people) => settings.set('defaultMinuteTaker', people.at(-1))}
            />
            <PeoplePicker
              label={t('settings.secretariat')}
              value={input.secretariat ?? (input.defaultMinuteTaker ? [input.defaultMinuteTaker] : [])}
              onChange={(people) => settings.set('secretariat', people)}
              {...secretariatProblem}
            />
            <PeoplePicker
              label={t('settings.referents', words)}
              value={input.referents ?? [input.defaultMinuteTaker, input.defaultChair].filter((p): p is Person => p !== undefined)}
              onChange={(people) => settings.set('referents', people)}
            />
            <Field label={t('settings.defaultPlace')}>
              <Input value={input.defaultPlace} onChange={(_, data) => settings.set('defaultPlace', data.value)} />
            </Field>
            <Field label={t('settings.recipientsLine')}>
              <Input value={input.recipientsLine} onChange={(_, data) => settings.set('recipientsLine', data.value)} />
            </Field>
            <Field label={t('settings.copyLine')}>
              <Input value={input.copyLine} onChange={(_, data) => settings.set('copyLine', data.value)} />
            </Field>
            <Field
              label={t('settings.caseNumberFormat')}
              hint={settings.caseNumberExample === undefined ? t('settings.caseNumberFormatHint') : t('settings.caseNumberExample', { example: settings.caseNumberExample })}
              {...problem('caseNumberFormat')}
            >
              <Input value={input.caseNumberFormat} onChange={(_, data) => settings.set('caseNumberFormat', data.value)} />
            </Field>
            <Field label={t('settings.caseNumberSerial')} {...problem('caseNumberSerial')}>
              <RadioGroup value={input.caseNumberSerial} onChange={(_, data) => settings.set('caseNumberSerial', data.value === 'perMeeting' ? 'perMeeting' : 'perYear')}>
                <Radio value="perYear" label={t('settings.caseNumberSerial.perYear')} />
                <Radio value="perMeeting" label={t('settings.caseNumberSerial.perMeeting')} />
              </RadioGroup>
            </Field>
            <Field label={t('settings.attachmentMode')} {...problem('attachmentMode')}>
              <Dropdown
                value={t(`settings.attachmentMode.${input.attachmentMode}`)}
                selectedOptions={[input.attachmentMode]}
                onOptionSelect={(_, data) => {
                  const mode = v.safeParse(AttachmentModeSchema, data.optionValue);
                  if (mode.success) settings.set('attachmentMode', mode.output);
                }}
              >
                {AttachmentModeSchema.options.map((mode: AttachmentMode) => (
                  <Option key={mode} value={mode}>
                    {t(`settings.attachmentMode.${mode}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={t('settings.senderMailbox')} {...problem('senderMailbox')}>
              <Input type="email" value={input.senderMailbox} onChange={(_, data) => settings.set('senderMailbox', data.value)} />
            </Field>
            <Field label={t('settings.followUpPlanId')} hint={t('settings.followUpPlanIdHint')} {...problem('followUpPlanId')}>
              <Input value={input.followUpPlanId} onChange={(_, data) => settings.set('followUpPlanId', data.value)} />
            </Field>
          </div>
        </Card>
        <CommitteeConventionsFields settings={settings} />
        <HeldBackSummary summary={heldBack.summary} />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={settings.saveState === 'saving'}>
            {settings.saveState === 'saving' ? t('settings.saving') : isNew ? t('settings.create') : t('settings.save')}
          </Button>
          <Button onClick={onClose}>{t('settings.close')}</Button>
        </div>
      </form>
    </section>
  );
}

/** Name, e-mail and organisation typed by hand for someone outside the directory (the stilling after, in the members' list); what was typed stays on a refusal. */
function ExternalMemberForm({ settings }: { settings: CommitteeSettings }) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  // After a refused «Legg til medlem» the fields are checked as typed, so a message goes when its field is put right; emptied, the form says nothing.
  const [tried, setTried] = useState(false);
  const typed = [name, email, organisation].some((text) => text.trim() !== '');
  const problems: ExternalMemberProblem[] = tried && typed ? settings.checkExternalMember(name, email, organisation) : [];
  const fields = { name: useRef<HTMLInputElement>(null), email: useRef<HTMLInputElement>(null), organisation: useRef<HTMLInputElement>(null) };
  const add = () => {
    const found = settings.addExternalMember(name, email, organisation);
    setTried(found.length > 0);
    // Refused: the keyboard goes to the first field to put right, whose message is read with its label (WCAG 3.3.1).
    const first = found.includes('nameRequired') ? fields.name : found.some((code) => code === 'invalidEmail' || code === 'duplicate') ? fields.email : found.length > 0 ? fields.organisation : undefined;
    first?.current?.focus();
    if (found.length === 0) {
      setName('');
      setEmail('');
      setOrganisation('');
    }
  };
  const emailProblem = problems.find((code) => code === 'invalidEmail' || code === 'duplicate');
  const organisationProblem = problems.find((code) => code === 'organisationTooLong' || code === 'organisationControlCharacter');
  const named = useSettingsProblemText();
  return (
    // Its problems hold «Legg til medlem» back, not the settings' save.
    <fieldset className={styles.card} {...{ [ASIDE_FROM_SAVE]: '' }}>
      <legend>{t('settings.external.heading')}</legend>
      <div className={styles.grid}>
        <Field label={t('settings.external.name')} {...(problems.includes('nameRequired') ? { validationState: 'error', validationMessage: named('external.nameRequired') } : {})}>
          <Input ref={fields.name} value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Field label={t('settings.external.email')} {...(emailProblem ? { validationState: 'error', validationMessage: named(`external.${emailProblem}`) } : {})}>
          <Input ref={fields.email} type="email" value={email} onChange={(_, data) => setEmail(data.value)} />
        </Field>
        <Field
          label={t('settings.external.organisation')}
          {...(organisationProblem ? { validationState: 'error', validationMessage: named(`external.${organisationProblem}`, { max: MAX_MEMBER_DETAIL_LENGTH }) } : {})}
        >
          <Input ref={fields.organisation} value={organisation} onChange={(_, data) => setOrganisation(data.value)} />
        </Field>
      </div>
      <div>
        <Button onClick={add}>{t('settings.external.add')}</Button>
      </div>
    </fieldset>
  );
}
