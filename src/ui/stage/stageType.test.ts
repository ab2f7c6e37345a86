// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { STAGE_FACES, stageFacesHtml } from './stageType';
import { STAGE_SIZES } from './stageSizes';

describe("the stage's faces as page markup (laid out unseen while the first render waits for Graph's answer)", () => {
  const markup = () => {
    const root = document.createElement('div');
    root.innerHTML = stageFacesHtml();
    return root.firstElementChild as HTMLElement;
  };

  it('is not laid out until the screens take its hidden away, then unseen, out of the flow and not read out, in the theme’s family', () => {
    const faces = markup();
    expect(faces.hidden).toBe(true);
    expect(faces.getAttribute('aria-hidden')).toBe('true');
    expect(faces.style.visibility).toBe('hidden');
    expect(faces.style.position).toBe('absolute');
    expect(faces.getAttribute('style')).toContain('font-family:var(--fontFamilyBase)');
  });

  it('holds one text per face, in its size, weight and style', () => {
    const spans = Array.from(markup().children);
    expect(spans.map((span) => span.getAttribute('style'))).toEqual(
      STAGE_FACES.map((face) => `font-size:${face.size}${face.semibold ? ';font-weight:var(--fontWeightSemibold)' : ''}${face.italic ? ';font-style:italic' : ''}`),
    );
    expect(spans.every((span) => (span.textContent ?? '').trim() !== '')).toBe(true);
  });

  it('has every size the stage draws in, at least once', () => {
    const sizes = new Set(STAGE_FACES.map((face) => face.size));
    expect(Object.values(STAGE_SIZES).filter((size) => !sizes.has(size))).toEqual([]);
  });
});
