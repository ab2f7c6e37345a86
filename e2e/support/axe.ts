import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
export type AxeViolation = AxeResults['violations'][number];

/**
 * Waits until every finite animation and transition in the page and its frames has run out (at
 * most `timeoutMs`). axe measures colours as they are painted: a dialog fading in or a button
 * coming back from disabled is half transparent for a moment, which axe reports as low contrast.
 * Endless animations (spinners) are not waited for.
 */
export async function animationsSettled(page: Page, timeoutMs = 5_000): Promise<void> {
  await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(async (limit) => {
          const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
          await Promise.race([
            Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))),
            new Promise((resolve) => setTimeout(resolve, limit)),
          ]);
        }, timeoutMs)
        .catch(() => undefined),
    ),
  );
}

/**
 * The serious and critical WCAG 2.1 A/AA violations once the page stands still, with the number of
 * rules that passed (an empty list proves something only when axe really looked). Fluent's focus
 * guards (<i data-tabster-dummy aria-hidden tabindex=0>) hand focus on and are never read; axe's
 * aria-hidden-focus finding on them is a known false positive with Fluent v9, so they are left out.
 */
export async function seriousAxeViolations(page: Page): Promise<{ violations: AxeViolation[]; passes: number }> {
  await animationsSettled(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('[data-tabster-dummy]').analyze();
  return { violations: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), passes: result.passes.length };
}
