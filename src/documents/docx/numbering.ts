import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';

/**
 * Real Word list definitions (numbering.xml), so lists are lists for screen readers and Word's
 * own list tools, not typed "1." characters. Every list starts a new `instance` of its
 * definition, which restarts its count at 1.
 */
export const NUMBERED_LIST = 'motebok-numbered';
export const BULLET_LIST = 'motebok-bullets';

/** Each level indents a further quarter inch (360 twips), as Word's own multilevel lists do. */
const indentAt = (level: number) => ({ left: 360 * (level + 1), hanging: 360 });

/**
 * Nine levels, Word's maximum (the domain's MAX_LIST_DEPTH). A nested list is its own instance at
 * its level, so its count restarts under each point: 1. / a) / i. for numbers, • / o / ▪ for
 * bullets (the seeds' sub-bullets are "o").
 */
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
const NUMBER_SUFFIX = ['.', ')', '.'] as const;
const BULLETS = ['•', 'o', '▪'] as const;
const LEVELS = Array.from({ length: 9 }, (_, level) => level);

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: NUMBERED_LIST,
      levels: LEVELS.map((level) => ({
        level,
        format: NUMBER_FORMATS[level % 3],
        text: `%${level + 1}${NUMBER_SUFFIX[level % 3]}`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: indentAt(level) } },
      })),
    },
    {
      reference: BULLET_LIST,
      levels: LEVELS.map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLETS[level % 3],
        alignment: AlignmentType.START,
        style: { paragraph: { indent: indentAt(level) } },
      })),
    },
  ],
};

/** Hands out list instances: one per list in the document, so each list counts from 1. */
export class ListInstances {
  private next = 1;
  take(): number {
    return this.next++;
  }
}
