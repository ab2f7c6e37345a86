import type { SubItem } from '../../domain/model';

/**
 * The orienteringer bundled under a sak as a), b) … with their presenters, the way the saksliste
 * prints them: the side panel and the stage show the same list. Small on purpose: both pages load it up front.
 */
export function SubItemList({ subItems, className, label }: { subItems: readonly SubItem[]; className?: string; label: string }) {
  if (subItems.length === 0) return null;
  return (
    <ol type="a" className={className} aria-label={label} data-testid="sub-items">
      {subItems.map((sub) => {
        const presenters = sub.presenters.map((person) => person.name).join(', ');
        return <li key={sub.id}>{presenters === '' ? sub.title : `${sub.title} – ${presenters}`}</li>;
      })}
    </ol>
  );
}
