/**
 * The sizes the stage's texts are drawn in (`StageApp`'s styles; the faces its page lays out before Graph's answer is drawn,
 * `stageType.ts`). Plain values, no TypeScript syntax: Griffel's build-time transform evaluates this module as JavaScript.
 */
export const STAGE_SIZES = {
  number: 'clamp(24px, 3vw, 40px)',
  title: 'clamp(28px, 4vw, 56px)',
  longTitle: 'clamp(22px, 2.4vw, 34px)',
  /** The presenters, the time, «Her føres …» (italic). */
  secondary: 'clamp(16px, 1.6vw, 24px)',
  cardHeading: 'clamp(16px, 1.5vw, 22px)',
  points: 'clamp(18px, 2vw, 30px)',
  big: 'clamp(24px, 3vw, 44px)',
};
