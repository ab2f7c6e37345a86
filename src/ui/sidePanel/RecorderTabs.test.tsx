// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { RecorderTabs } from './RecorderTabs';

afterEach(cleanup);

type View = 'agenda' | 'attendance' | 'after';

function Tabs() {
  const [view, setView] = useState<View>('agenda');
  return (
    <FluentProvider theme={webLightTheme}>
      <RecorderTabs<View>
        label="Visninger"
        selected={view}
        onSelect={setView}
        tabs={[
          { value: 'agenda', label: 'Saksliste' },
          { value: 'attendance', label: 'Oppmøte' },
          { value: 'after', label: 'Etter møtet', testId: 'tab-after' },
        ]}
      />
      <p>Vist: {view}</p>
    </FluentProvider>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });

describe('the recorder’s tabs', () => {
  it('are a labelled tab list that says which tab is selected, and a click (or Enter or Space on the focused tab) selects another', () => {
    render(<Tabs />);
    expect(screen.getByRole('tablist', { name: 'Visninger' })).toBeTruthy();
    expect(tab('Saksliste').getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByTestId('tab-after'));
    screen.getByText('Vist: after');
    expect(tab('Etter møtet').getAttribute('aria-selected')).toBe('true');
    expect(tab('Saksliste').getAttribute('aria-selected')).toBe('false');
  });

  it('are one arrow-key group (tabster’s, as Fluent’s TabList) whose default — where Tab lands — is the selected tab', () => {
    render(<Tabs />);
    const mover = JSON.parse(screen.getByRole('tablist').getAttribute('data-tabster') ?? '{}') as { mover?: { cyclic?: boolean; direction?: number } };
    // Round from the last to the first, left and right (tabster's MoverDirections.Horizontal is 2).
    expect(mover.mover).toMatchObject({ cyclic: true, direction: 2 });
    const defaults = () => screen.getAllByRole('tab').filter((button) => button.getAttribute('data-tabster') === '{"focusable":{"isDefault":true}}');
    expect(defaults()).toEqual([tab('Saksliste')]);
    fireEvent.click(tab('Oppmøte'));
    expect(defaults()).toEqual([tab('Oppmøte')]);
  });
});
