// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layOutStageFaces } from './stageFacesLayout';
import { stageFacesHtml } from './stageType';

describe("the stage's unseen faces, laid out once the screens are evaluated", () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  const page = () => {
    document.body.innerHTML = `<div id="root"><p class="motebok-boot" role="status">Laster Møtebok …</p>${stageFacesHtml()}</div>`;
    return document.querySelector<HTMLElement>('#root > [aria-hidden="true"]')!;
  };

  it('are in the page not laid out (hidden) until then', () => {
    expect(page().hidden).toBe(true);
  });

  it('are laid out at once, in the same task: their layout is read with the hidden taken away', () => {
    const faces = page();
    const read: HTMLElement['hidden'][] = [];
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
      if (this === faces) read.push(this.hidden);
      return 0;
    });
    layOutStageFaces();
    expect(faces.hidden).toBe(false);
    expect(read).toEqual([false]);
    expect(faces.isConnected).toBe(true); // React's first render takes them away, not this
  });

  it('does nothing on a page without them, or once they are laid out', () => {
    document.body.innerHTML = '<div id="root"><p hidden>other</p></div>';
    layOutStageFaces();
    expect(document.querySelector('p')!.hidden).toBe(true);
    const faces = page();
    layOutStageFaces();
    const offsetWidth = vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get');
    layOutStageFaces();
    expect(faces.hidden).toBe(false);
    expect(offsetWidth).not.toHaveBeenCalled();
  });
});
