import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { Selection, type Command } from 'prosemirror-state';
import { toggleMark } from 'prosemirror-commands';
import { liftListItem, sinkListItem } from 'prosemirror-schema-list';
import {
  Label,
  Toolbar,
  ToolbarButton,
  ToolbarToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  TextBoldRegular,
  TextItalicRegular,
  TextBulletListLtrRegular,
  TextNumberListLtrRegular,
  TextIndentDecreaseLtrRegular,
  TextIndentIncreaseLtrRegular,
  LinkRegular,
} from '@fluentui/react-icons';
import { MAX_RICH_TEXT_LENGTH } from '../../domain/limits';
import { plainTextOf, type RichText } from '../../domain/richText';
import { useEditingText } from './editing/editingText';
import { useLengthCountdown } from './LengthCountdown';
import { docToRichText, richTextToDoc } from './richTextConversion';
import { isMarkActive, isNodeActive, richTextSchema, richTextState, setLink, toggleList, unsetLink } from './richTextSchema';
import { PREVENT_AUTOLINK } from './richTextAutolink';
import { useProseMirror } from './useProseMirror';
import { useRichTextFrameStyles } from './richTextFrame';
import { loadableView } from './loadableView';
import type { LinkButtonProps } from './RichTextLinkPopover';

// The link form (Fluent's popover and positioning, the input and the field) is fetched when «Lenke»
// is first pointed at, focused or pressed, not with the editor the side panel preloads (issue 14).
const { View: LoadedLinkButton, preload: preloadLinkButton } = loadableView(() =>
  import(/* webpackChunkName: "rich-text-link" */ './RichTextLinkPopover').then((module) => module.RichTextLinkButton),
);


// ProseMirror's own rules (prosemirror-view's and prosemirror-gapcursor's style sheets), on the
// box the editor shares with its stand-in (`richTextFrame.ts`).
const useStyles = makeStyles({
  content: {
    '& img.ProseMirror-separator': { display: 'inline', border: 'none', margin: 0, width: 0, height: 0 },
    '& .ProseMirror-hideselection *::selection': { backgroundColor: 'transparent' },
    '& .ProseMirror-hideselection *': { caretColor: 'transparent' },
    '& .ProseMirror-gapcursor': { display: 'none', pointerEvents: 'none', position: 'absolute', margin: 0 },
    '& .ProseMirror-gapcursor:after': {
      content: '""',
      display: 'block',
      position: 'absolute',
      top: '-2px',
      width: '20px',
      borderTop: `1px solid ${tokens.colorNeutralForeground1}`,
      animationName: { to: { visibility: 'hidden' } },
      animationDuration: '1.1s',
      animationTimingFunction: 'steps(2, start)',
      animationIterationCount: 'infinite',
    },
    '& .ProseMirror-focused .ProseMirror-gapcursor': { display: 'block' },
  },
});

const { marks, nodes } = richTextSchema;

/** Meta of the transaction that shows a value from outside: not handed back as an edit. */
const FROM_OUTSIDE = 'richTextFromOutside';

/** Keystrokes whose echo the editor still waits for, at most. */
const MAX_AWAITING_ECHO = 100;

export interface RichTextEditorProps {
  label: string;
  value: RichText;
  onChange: (value: RichText) => void;
  readOnly?: boolean;
  /**
   * Take the focus as the editor appears, the caret at the end: it replaces the stand-in she was
   * typing in (`LazyRichTextEditor.tsx`).
   */
  focusAtEnd?: boolean;
}

/**
 * Rich text for summaries and proceedings: paragraphs, bullet and numbered lists nested by Tab /
 * Shift+Tab or the indent buttons, bold, italic and links — exactly what the domain's RichText holds (`richTextSchema.ts`, ProseMirror
 * used directly). Pasted HTML is parsed into that schema and then reduced to RichText, so nothing else survives. The editable area is a labelled,
 * multi-line textbox; the toolbar is a keyboard-navigable Fluent toolbar.
 */
export function RichTextEditor({ label, value, onChange, readOnly = false, focusAtEnd = false }: RichTextEditorProps) {
  const t = useEditingText();
  const frame = useRichTextFrameStyles();
  const styles = useStyles();
  const labelId = useId();
  // The countdown counts what the schema counts (the plain text); its hint sits in a box that always
  // exists, so the editable area can name it in aria-describedby from the start.
  const countdownId = useId();
  const countdown = useLengthCountdown(plainTextOf(value).length, MAX_RICH_TEXT_LENGTH);
  /** What the editor shows now (typed here, or the last value from outside), as JSON. */
  const shown = useRef<string>(JSON.stringify(value));
  /**
   * What this editor emitted that the parent has not handed back yet, oldest first. The parent hands
   * our values back in the order we emitted them (or skips some, when renders batch), so a value is our
   * own echo only if it is still waiting here; once handed back, it and every older one are dropped.
   */
  const awaitingEcho = useRef<string[]>([]);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const { mount, view, state } = useProseMirror({
    initialState: () => richTextState(richTextToDoc(value)),
    editable: !readOnly,
    attributes: {
      class: frame.text,
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': labelId,
      ...(readOnly ? { 'aria-readonly': 'true' } : { 'aria-describedby': countdownId, tabindex: '0' }),
    },
    onTransactions: (next, transactions) => {
      if (!transactions.some((transaction) => transaction.docChanged) || transactions.some((transaction) => transaction.getMeta(FROM_OUTSIDE) === true)) return;
      const richText = docToRichText(next.doc.toJSON());
      const json = JSON.stringify(richText);
      shown.current = json;
      // Bounded, for a parent that never hands values back: an echo this late does not come.
      awaitingEcho.current = [...awaitingEcho.current, json].slice(-MAX_AWAITING_ECHO);
      onChangeRef.current(richText);
    },
  });
  // In place of the stand-in she was typing in: the focus, with the caret after her last key. Once, as the view appears.
  const focusOnArrival = useRef(focusAtEnd && !readOnly);
  useEffect(() => {
    if (!view || !focusOnArrival.current) return;
    focusOnArrival.current = false;
    view.dispatch(view.state.tr.setSelection(Selection.atEnd(view.state.doc)));
    view.focus();
  }, [view]);

  /** A toolbar command on the editor, which keeps (or takes back) the focus. */
  const run = (command: Command) => {
    if (!view) return;
    command(view.state, view.dispatch);
    view.focus();
  };

  // A new value from outside (reload after a conflict, another item): replace the content, but
  // never in answer to our own edits, which would move the cursor while the user types. Nor for an
  // older value of our own that comes back late (a render or an effect of an earlier keystroke that
  // runs after newer typing): that would throw the newer typing away. Which is which is told by order,
  // not by time: a value equal to something typed here that was already handed back (the other
  // version taken after a conflict, however soon) is from outside and is shown.
  useEffect(() => {
    if (!view) return;
    const incoming = JSON.stringify(value);
    const echo = awaitingEcho.current.indexOf(incoming);
    if (echo >= 0) {
      awaitingEcho.current = awaitingEcho.current.slice(echo + 1);
      return;
    }
    if (incoming === shown.current) return;
    shown.current = incoming;
    awaitingEcho.current = [];
    const doc = richTextSchema.nodeFromJSON(richTextToDoc(value));
    // Shown as it came: no address in it is linked on the way (the autolink is for typing and pasting).
    view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content).setMeta(FROM_OUTSIDE, true).setMeta(PREVENT_AUTOLINK, true));
  }, [view, value]);

  // What the toolbar shows, from the state after every transaction.
  const active = state && {
    bold: isMarkActive(state, marks.bold),
    italic: isMarkActive(state, marks.italic),
    bulletList: isNodeActive(state, nodes.bulletList),
    orderedList: isNodeActive(state, nodes.orderedList),
    link: isMarkActive(state, marks.link),
    canIndent: sinkListItem(nodes.listItem)(state),
    canOutdent: liftListItem(nodes.listItem)(state),
  };

  const checked = Object.entries({
    bold: active?.bold,
    italic: active?.italic,
    bulletList: active?.bulletList,
    orderedList: active?.orderedList,
    link: active?.link,
  })
    .filter(([, on]) => on)
    .map(([name]) => name);

  return (
    <div className={frame.root}>
      <Label id={labelId} weight="semibold">
        {label}
      </Label>
      <div className={frame.frame}>
        {readOnly ? null : !view ? (
          // The toolbar's room until the view exists (one render), so nothing below it moves.
          <div className={frame.toolbar} />
        ) : (
          <Toolbar aria-label={t('richText.toolbar')} size="small" className={frame.toolbar} checkedValues={{ format: checked }}>
            <ToolbarToggleButton
              aria-label={t('richText.bold')}
              icon={<TextBoldRegular />}
              name="format"
              value="bold"
              onClick={() => run(toggleMark(marks.bold))}
            />
            <ToolbarToggleButton
              aria-label={t('richText.italic')}
              icon={<TextItalicRegular />}
              name="format"
              value="italic"
              onClick={() => run(toggleMark(marks.italic))}
            />
            <ToolbarToggleButton
              aria-label={t('richText.bulletList')}
              icon={<TextBulletListLtrRegular />}
              name="format"
              value="bulletList"
              onClick={() => run(toggleList(nodes.bulletList))}
            />
            <ToolbarToggleButton
              aria-label={t('richText.numberedList')}
              icon={<TextNumberListLtrRegular />}
              name="format"
              value="orderedList"
              onClick={() => run(toggleList(nodes.orderedList))}
            />
            {/* Tab and Shift+Tab indent a point in a list (the keymap, `richTextSchema.ts`); the buttons do the
                same for those who do not know the keys, and say them in their names. Where a point
                cannot move, Tab leaves the editor as usual, so the keyboard is never trapped. */}
            <ToolbarButton
              aria-label={t('richText.indent')}
              icon={<TextIndentIncreaseLtrRegular />}
              disabled={!(active?.canIndent ?? false)}
              onClick={() => run(sinkListItem(nodes.listItem))}
            />
            <ToolbarButton
              aria-label={t('richText.outdent')}
              icon={<TextIndentDecreaseLtrRegular />}
              disabled={!(active?.canOutdent ?? false)}
              onClick={() => run(liftListItem(nodes.listItem))}
            />
            <LinkButton
              active={active?.link ?? false}
              onSet={(href) => run(setLink(href))}
              onRemove={() => run(unsetLink)}
            />
          </Toolbar>
        )}
        <div ref={mount} className={mergeClasses(frame.content, styles.content)} />
      </div>
      {readOnly ? null : (
        <>
          <div id={countdownId}>{countdown.hint}</div>
          {countdown.live}
        </>
      )}
    </div>
  );
}

/**
 * «Lenke»: a stand-in that looks and is named as the real button, until it is pressed; then the real
 * one with its popover (`RichTextLinkPopover.tsx`), whose chunk is here before it replaces the stand-in,
 * so it never suspends, takes the focus and opens at once. The stand-in keeps the focus meanwhile.
 */
function LinkButton(props: LinkButtonProps) {
  const t = useEditingText();
  const [pressed, setPressed] = useState(false);
  const standIn = (
    <ToolbarToggleButton
      aria-label={t('richText.link')}
      icon={<LinkRegular />}
      name="format"
      value="link"
      aria-pressed={props.active}
      aria-expanded={false}
      onPointerEnter={() => void preloadLinkButton()}
      onFocus={() => void preloadLinkButton()}
      onClick={() => void preloadLinkButton().then(() => setPressed(true))}
    />
  );
  if (!pressed) return standIn;
  // Suspends only if the chunk could not be fetched: it is fetched once more meanwhile.
  return (
    <Suspense fallback={standIn}>
      <LoadedLinkButton {...props} openAtOnce />
    </Suspense>
  );
}
