import { pointsNumbered } from '../../domain/conclusionPoints';
import type { Conventions } from '../../domain/conventions';

/**
 * A konklusjon's or a proposal's points as the committee's documents print them (`domain/conclusionPoints.ts`): a
 * numbered list when there are several, the text alone when there is one, a paragraph each when the committee writes
 * running text. The side panel and the stage show it (small: both load it up front).
 */
export interface PointListProps {
  points: readonly string[];
  conventions: Conventions | undefined;
  className?: string;
  testId?: string;
}

export function PointList({ points, conventions, className, testId }: PointListProps) {
  const numbered = pointsNumbered(points, conventions);
  const List = numbered ? 'ol' : 'div';
  const Point = numbered ? 'li' : 'p';
  return (
    <List className={className} data-testid={testId}>
      {points.map((point, index) => (
        <Point key={index}>{point}</Point>
      ))}
    </List>
  );
}
