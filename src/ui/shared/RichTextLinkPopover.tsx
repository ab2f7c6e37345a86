import { useEffect, useRef, useState } from 'react';
import { Button, Field, Input, Popover, PopoverSurface, PopoverTrigger, ToolbarToggleButton, makeStyles } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import { safeLinkUrl } from '../../domain/safeUrl';
import { useEditingText } from './editing/editingText';

const useStyles = makeStyles({
  linkForm: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: '280px' },
});

export interface LinkButtonProps {
  active: boolean;
  onSet: (href: string) => void;
  onRemove: () => void;
}

/**
 * The toolbar's «Lenke» with its form in a popover: a chunk of its own (Fluent's popover and
 * positioning, the input and the field, about 18 kB gzip), fetched when the button is first pointed
 * at, focused or pressed rather than with the editor (`RichTextEditor.tsx`'s `LinkButton`, README:
 * Performance). `openAtOnce`: it replaces the stand-in button that was pressed, so it takes the focus
 * (where the popover gives it back when it closes) and opens, as the press asked.
 */
export function RichTextLinkButton({ active, onSet, onRemove, openAtOnce = false }: LinkButtonProps & { openAtOnce?: boolean }) {
  const t = useEditingText();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [href, setHref] = useState('https://');
  const trigger = useRef<HTMLButtonElement>(null);
  const openedOnce = useRef(false);
  useEffect(() => {
    if (!openAtOnce || openedOnce.current) return;
    openedOnce.current = true;
    trigger.current?.focus();
    setOpen(true);
  }, [openAtOnce]);
  const invalid = href.length > 0 && safeLinkUrl(href.trim()) === undefined;
  return (
    <Popover open={open} onOpenChange={(_, data) => setOpen(data.open)} trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <ToolbarToggleButton ref={trigger} aria-label={t('richText.link')} icon={<LinkRegular />} name="format" value="link" aria-pressed={active} />
      </PopoverTrigger>
      <PopoverSurface>
        <form
          className={styles.linkForm}
          onSubmit={(event) => {
            event.preventDefault();
            if (invalid || href.trim() === '') return;
            onSet(href.trim());
            setOpen(false);
          }}
        >
          <Field label={t('richText.linkPrompt')} validationMessage={invalid ? t('richText.linkInvalid') : undefined}>
            <Input value={href} onChange={(_, data) => setHref(data.value)} type="url" />
          </Field>
          <div>
            <Button type="submit" appearance="primary" disabled={invalid}>
              {t('richText.link')}
            </Button>{' '}
            {active ? (
              <Button
                onClick={() => {
                  onRemove();
                  setOpen(false);
                }}
              >
                {t('richText.removeLink')}
              </Button>
            ) : null}
          </div>
        </form>
      </PopoverSurface>
    </Popover>
  );
}
