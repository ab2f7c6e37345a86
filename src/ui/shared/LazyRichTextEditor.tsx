import { useEffect, useId, useRef, useState, useSyncExternalStore, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Button, Label, Text, mergeClasses } from '@fluentui/react-components';
import { plainTextOf, type RichText } from '../../domain/richText';
import { MAX_RICH_TEXT_LENGTH } from '../../domain/limits';
import { whenIdle } from '../../hosts/whenIdle';
import { useCommonText } from './commonText';
import { useEditingText } from './editing/editingText';
import { useLengthCountdown } from './LengthCountdown';
import { loadableView, type LoadableView } from './loadableView';
import { useRichTextFrameStyles } from './richTextFrame';
import { RichTextView } from './RichTextView';
import { typeAtEnd, type TypedAtEnd } from './richTextTyping';
import type { RichTextEditorProps } from './RichTextEditor';

/*
 * The rich-text editor (ProseMirror, about 65 kB gzip: the chunk `richTextEditor`) is not part of any
 * page's start: until it is here, the field is a stand-in in the same box — the same label, frame,
 * toolbar row and text — showing the text rendered (`RichTextView`), which she can already focus and
 * type in (`typeAtEnd`: her keys are applied to the text as she types, and saved like any other). The
 * editor replaces it when its chunk arrives, with the focus and the caret at the end if the stand-in
 * had the focus. The chunk is fetched once the page is idle after the stand-in is first shown (the
 * side panel's recorder asks earlier: once idle after its first paint, `preloadRichTextEditor`), or at
 * once when she focuses the box. A failed fetch is said under the box, with «Prøv igjen»; `loadableView`
 * fetches it again when the connection comes back. Screens import `RichTextEditor` from here;
 * `RichTextEditor.tsx` stays the editor itself (docs/performance-history.md).
 */
export const richTextEditorChunk: LoadableView<RichTextEditorProps> = loadableView<RichTextEditorProps>(() => {
  const load = () => import(/* webpackChunkName: "richTextEditor" */ './RichTextEditor');
  // One retry at once (the network was away a moment), as the side panel's recorder does.
  return load()
    .catch(() => load())
    .then((module) => module.RichTextEditor);
});

/** Fetches the editor's chunk (settles, never rejects): a page calls it once it is ready and idle. */
export function preloadRichTextEditor(): Promise<void> {
  return richTextEditorChunk.preload();
}

export type { RichTextEditorProps };

type EditorChunk = Pick<LoadableView<RichTextEditorProps>, 'View' | 'preload' | 'loaded' | 'subscribe'>;

/**
 * The rich-text field: the editor once its chunk is here, the stand-in until then (above); the same
 * props as `RichTextEditor.tsx`. `chunk` is for tests (a stand-in chunk they release when they like).
 */
export function RichTextEditor({ chunk = richTextEditorChunk, ...props }: RichTextEditorProps & { chunk?: EditorChunk }) {
  const loaded = useSyncExternalStore(chunk.subscribe, chunk.loaded, chunk.loaded);
  // Whether the stand-in had the focus when the editor arrived: the editor then takes it.
  const [focused, setFocused] = useState(false);
  if (loaded) return <chunk.View {...props} focusAtEnd={focused} />;
  return <StandIn {...props} chunk={chunk} onFocusChange={setFocused} />;
}

interface StandInProps extends RichTextEditorProps {
  chunk: EditorChunk;
  onFocusChange: (focused: boolean) => void;
}

function StandIn({ label, value, onChange, readOnly = false, chunk, onFocusChange }: StandInProps) {
  const t = useEditingText();
  const tc = useCommonText();
  const styles = useRichTextFrameStyles();
  const labelId = useId();
  const statusId = useId();
  const countdownId = useId();
  const countdown = useLengthCountdown(plainTextOf(value).length, MAX_RICH_TEXT_LENGTH);
  const [failed, setFailed] = useState(false);
  const fetchNow = () => {
    void chunk.preload().then(() => setFailed(!chunk.loaded()));
  };
  // Once the page is idle after the field is first shown: never before the page is ready.
  useEffect(() => {
    let shown = true;
    void whenIdle()
      .then(() => chunk.preload())
      .then(() => {
        if (shown) setFailed(!chunk.loaded());
      });
    return () => {
      shown = false;
    };
  }, [chunk]);

  /**
   * The text with her keys applied, for the next key before the page has rendered the last one; the
   * values handed up that have not come back yet (oldest first), so a value from outside (another
   * sak's, a conflict's) is told from a late echo of her own, as the editor does.
   */
  const latest = useRef<RichText>(value);
  const awaitingEcho = useRef<string[]>([]);
  useEffect(() => {
    const incoming = JSON.stringify(value);
    const echo = awaitingEcho.current.indexOf(incoming);
    if (echo >= 0) {
      awaitingEcho.current = awaitingEcho.current.slice(echo + 1);
      return;
    }
    awaitingEcho.current = [];
    latest.current = value;
  }, [value]);
  const type = (typed: TypedAtEnd) => {
    const next = typeAtEnd(latest.current, typed);
    latest.current = next;
    awaitingEcho.current = [...awaitingEcho.current, JSON.stringify(next)].slice(-100);
    onChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || event.nativeEvent.isComposing) return;
    // Ctrl+Alt is AltGr on Windows (@, €, { on a Norwegian keyboard): a character, not a shortcut.
    const shortcut = event.metaKey || (event.ctrlKey && !event.altKey);
    let typed: TypedAtEnd | undefined;
    if (event.key === 'Enter' && !shortcut) typed = { kind: 'enter' };
    else if (event.key === 'Backspace' && !shortcut) typed = { kind: 'backspace' };
    else if (!shortcut && [...event.key].length === 1) typed = { kind: 'text', text: event.key };
    if (!typed) return;
    event.preventDefault();
    type(typed);
  };
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (readOnly) return;
    const pasted = event.clipboardData.getData('text/plain');
    event.preventDefault();
    if (pasted !== '') type({ kind: 'text', text: pasted });
  };

  return (
    <div className={styles.root} data-testid="rich-text-stand-in">
      <Label id={labelId} weight="semibold">
        {label}
      </Label>
      <div className={styles.frame}>
        {readOnly ? null : (
          <div className={mergeClasses(styles.toolbar, styles.standInRow)}>
            <Text id={statusId} size={200}>
              {t('richText.loading')}
            </Text>
          </div>
        )}
        <div className={styles.content}>
          <div
            role="textbox"
            aria-multiline="true"
            aria-labelledby={labelId}
            {...(readOnly ? { 'aria-readonly': 'true' as const } : { 'aria-busy': 'true' as const, 'aria-describedby': `${statusId} ${countdownId}`, tabIndex: 0 })}
            className={styles.text}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onFocus={() => {
              onFocusChange(true);
              if (!readOnly) fetchNow();
            }}
            onBlur={() => onFocusChange(false)}
          >
            <RichTextView value={value} editable={!readOnly} />
          </div>
        </div>
      </div>
      {readOnly ? null : (
        <>
          <div id={countdownId}>{countdown.hint}</div>
          {countdown.live}
          {failed ? (
            <div role="alert" data-testid="rich-text-load-failed">
              <Text size={200}>{t('richText.loadFailed')} </Text>
              <Button size="small" onClick={fetchNow}>
                {tc('host.retry')}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
