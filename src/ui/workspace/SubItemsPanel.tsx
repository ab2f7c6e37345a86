import { useState } from 'react';
import { Button, Checkbox, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import type { AgendaItem, Committee, SubItem } from '../../domain/model';
import { addSubItem, moveSubItem, removeSubItem, subItemMark, updateSubItem } from '../../domain/subItems';
import { defineNamespace } from '../shared/i18n';
import { PeoplePicker } from '../shared/PeoplePicker';
import type { AgendaEditor } from './agendaEditor';
import { subItemsMessages } from './subItemsMessages';

/**
 * Orienteringer bundled under a numbered sak: add, edit (title, presenters, vedlegg of the sak),
 * reorder and remove. Loaded when a sak is opened, so the workspace's first load does not carry it.
 * The list operations are the domain's (`domain/subItems.ts`); every change goes through the
 * agenda editor and its autosave like the sak's other fields.
 */
export const useSubItemsText = defineNamespace('subItems', subItemsMessages);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  entry: { display: 'flex', flexDirection: 'column', gap: '8px', padding: '8px 12px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  entryHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  attachments: { display: 'flex', flexDirection: 'column' },
  confirm: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '8px', backgroundColor: tokens.colorPaletteYellowBackground1, border: `1px solid ${tokens.colorPaletteYellowBorder2}`, borderRadius: tokens.borderRadiusMedium },
});

/** `committee` says whether its orienteringer are lettered «a)» or numbered «1.» (`conventions.subItemsNumbered`), as its documents print them. */
export function SubItemsPanel({ committee, item, editor }: { committee: Pick<Committee, 'conventions'>; item: AgendaItem; editor: AgendaEditor }) {
  const t = useSubItemsText();
  const styles = useStyles();
  const headingId = `sub-items-${item.id}`;
  const save = (subItems: SubItem[]) => editor.updateItem(item.id, { subItems });
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t('heading')}
      </h3>
      <Text size={200}>{t('hint', { marks: `${subItemMark(0, committee.conventions)} ${subItemMark(1, committee.conventions)}` })}</Text>
      {item.subItems.length > 0 ? (
        <ol className={styles.list}>
          {item.subItems.map((sub, index) => (
            <SubItemFields key={sub.id} item={item} sub={sub} mark={subItemMark(index, committee.conventions)} index={index} onSave={save} />
          ))}
        </ol>
      ) : null}
      <div>
        <Button icon={<AddRegular />} onClick={() => save(addSubItem(item, crypto.randomUUID(), t('newTitle')))}>
          {t('add')}
        </Button>
      </div>
    </section>
  );
}

interface SubItemFieldsProps {
  item: AgendaItem;
  sub: SubItem;
  /** «a)» or «1.» (`subItemMark`). */
  mark: string;
  index: number;
  onSave: (subItems: SubItem[]) => void;
}

/** One orientering. The title keeps its own draft, so an emptied title stays on screen with a message instead of vanishing. */
function SubItemFields({ item, sub, mark, index, onSave }: SubItemFieldsProps) {
  const t = useSubItemsText();
  const styles = useStyles();
  const [title, setTitle] = useState(sub.title);
  const [confirming, setConfirming] = useState(false);
  const headingId = `sub-item-${sub.id}`;
  const named = { title: sub.title };
  return (
    <li className={styles.entry}>
      <h4 id={headingId} className={styles.entryHeading}>
        {t('item', { mark })}
      </h4>
      <Field label={t('title')} required validationMessage={title.trim() === '' ? t('titleRequired') : undefined}>
        <Input
          value={title}
          onChange={(_, data) => {
            setTitle(data.value);
            if (data.value.trim() !== '') onSave(updateSubItem(item, sub.id, { title: data.value }));
          }}
        />
      </Field>
      <PeoplePicker label={t('presenters')} value={sub.presenters} onChange={(presenters) => onSave(updateSubItem(item, sub.id, { presenters }))} />
      <div role="group" aria-label={t('attachments')} className={styles.attachments}>
        <Text weight="semibold">{t('attachments')}</Text>
        {item.attachments.length === 0 ? <Text size={200}>{t('noAttachments')}</Text> : null}
        {item.attachments.map((attachment) => (
          <Checkbox
            key={attachment.id}
            label={attachment.title}
            checked={sub.attachmentIds.includes(attachment.id)}
            onChange={(_, data) =>
              onSave(
                updateSubItem(item, sub.id, {
                  attachmentIds: data.checked === true ? [...sub.attachmentIds, attachment.id] : sub.attachmentIds.filter((id) => id !== attachment.id),
                }),
              )
            }
          />
        ))}
      </div>
      <div className={styles.actions}>
        <Button size="small" icon={<ArrowUpRegular />} disabled={index === 0} aria-label={t('moveUp', named)} onClick={() => onSave(moveSubItem(item, sub.id, -1))} />
        <Button size="small" icon={<ArrowDownRegular />} disabled={index === item.subItems.length - 1} aria-label={t('moveDown', named)} onClick={() => onSave(moveSubItem(item, sub.id, 1))} />
        <Button size="small" icon={<DeleteRegular />} aria-label={t('remove', named)} onClick={() => setConfirming(true)} />
      </div>
      {confirming ? (
        // Removing loses the orientering's presenter and vedlegg links: asked first, in place.
        <div className={styles.confirm} role="group" aria-label={t('confirmRemove', named)}>
          <Text role="alert">{t('confirmRemove', named)}</Text>
          <div className={styles.actions}>
            <Button size="small" appearance="primary" onClick={() => onSave(removeSubItem(item, sub.id))}>
              {t('confirmYes')}
            </Button>
            <Button size="small" onClick={() => setConfirming(false)}>
              {t('confirmNo')}
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
