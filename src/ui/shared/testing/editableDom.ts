/**
 * For tests that drive the rich-text editor in jsdom. jsdom lays nothing out, so where ProseMirror
 * asks where something is on screen (a mouse press, the cursor scrolled into view) it is told
 * "nowhere", as by an element with no size. Nor does jsdom reflect the contenteditable attribute in
 * `contentEditable`, as browsers do: Fluent's focus manager (tabster) reads it to leave Tab in an
 * editable element to that element, and would move the focus on. Call it from `beforeAll`.
 */
export function editableDom(): void {
  Object.defineProperty(HTMLElement.prototype, 'contentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('contenteditable') ?? 'inherit';
    },
  });
  const none = () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
  document.elementFromPoint = () => null;
  Range.prototype.getBoundingClientRect = none;
  Range.prototype.getClientRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
}
