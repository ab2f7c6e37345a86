import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';

/**
 * Real Word list definitions (numbering.xml), so lists are lists for screen readers and Word's
 * own list tools, not typed "1." characters. Every list starts a new `instance` of its
 * definition, which restarts its count at 1.
 */
export const NUMBERED_LIST = 'motebok-numbered';
export const BULLET_LIST = 'motebok-bullets';

const indent = { left: 360, hanging: 360 } as const;

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: NUMBERED_LIST,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent } } }],
    },
    {
      reference: BULLET_LIST,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent } } }],
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
