import { useLayoutEffect, useRef } from 'react';
import { Dropdown, Option } from '@fluentui/react-components';

export interface CommitteeDropdownProps {
  committees: readonly { id: string; name: string }[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** Open at once: the user asked for the list before this chunk was here. */
  startOpen?: boolean;
  /** Take the focus at once: the stand-in had it. */
  takeFocus?: boolean;
}

/**
 * The committee picker: Fluent's Dropdown (its listbox, positioning and floating-ui are about 20 kB
 * gzip). A chunk of its own, fetched after the workspace's start (`CommitteePicker.tsx`); labelled by
 * the `Field` around it.
 */
export function CommitteeDropdown({ committees, selectedId, onSelect, startOpen, takeFocus }: CommitteeDropdownProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (takeFocus) trigger.current?.focus();
    // Only as it replaces the stand-in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Dropdown
      ref={trigger}
      value={committees.find((committee) => committee.id === selectedId)?.name ?? ''}
      selectedOptions={selectedId ? [selectedId] : []}
      defaultOpen={startOpen}
      onOptionSelect={(_, data) => {
        if (data.optionValue) onSelect(data.optionValue);
      }}
    >
      {committees.map((committee) => (
        <Option key={committee.id} value={committee.id}>
          {committee.name}
        </Option>
      ))}
    </Dropdown>
  );
}
