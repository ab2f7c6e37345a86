import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';

/** What a row needs to be dragged: its element, its place while it moves, and its handle's props (pointer and keyboard). */
export interface RowDrag {
  setNodeRef: (element: HTMLElement | null) => void;
  style: CSSProperties;
  handle: HTMLAttributes<HTMLElement>;
}

export interface SortableAgendaProps {
  /** Every row of the saksliste, in order; a `fixed` row (the opening and the closing row) stays where it is. */
  rows: readonly { id: string; fixed: boolean }[];
  /** The rows that can be reordered, in order. */
  sortable: readonly string[];
  /** What a screen reader is told as a row is picked up, moved and dropped, and how. */
  announcements: Announcements;
  instructions: string;
  /** A row was dropped over another's place. */
  onMove: (id: string, overId: string) => void;
  /** The list around the rows. */
  list: (rows: ReactNode) => ReactNode;
  row: (id: string, drag: RowDrag) => ReactNode;
}

/**
 * The saksliste's drag to reorder, with the pointer or the keyboard (dnd-kit: Space picks a row up,
 * arrows move it, Space drops it, Escape cancels). A chunk of its own, fetched once the saksliste is
 * shown (`AgendaList.tsx`), which renders the same rows without it until then («Flytt opp/ned» work
 * throughout): dnd-kit is about 14 kB gzip the workspace's start does not need (issue 14).
 */
export function SortableAgenda({ rows, sortable, announcements, instructions, onMove, list, row }: SortableAgendaProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={({ active, over }) => {
        if (over && active.id !== over.id) onMove(String(active.id), String(over.id));
      }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
    >
      <SortableContext items={[...sortable]} strategy={verticalListSortingStrategy}>
        {list(rows.map(({ id, fixed }) => <SortableRow key={id} id={id} fixed={fixed} row={row} />))}
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({ id, fixed, row }: { id: string; fixed: boolean; row: SortableAgendaProps['row'] }) {
  const sortable = useSortable({ id, disabled: fixed });
  return row(id, {
    setNodeRef: sortable.setNodeRef,
    style: { transform: CSS.Transform.toString(sortable.transform), transition: sortable.transition },
    handle: { ...sortable.attributes, ...sortable.listeners },
  });
}
