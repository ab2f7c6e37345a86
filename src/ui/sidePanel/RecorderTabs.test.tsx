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
const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });

describe('the recorder’s tabs', () => {
  it('are a labelled tab list whose selected tab alone is reached with Tab, and a click selects another', () => {
    render(<Tabs />);
    expect(screen.getByRole('tablist', { name: 'Visninger' })).toBeTruthy();
    expect(tab('Saksliste').getAttribute('aria-selected')).toBe('true');
    expect([tab('Saksliste'), tab('Oppmøte'), tab('Etter møtet')].map((button) => button.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.click(screen.getByTestId('tab-after'));
    screen.getByText('Vist: after');
    expect(tab('Etter møtet').getAttribute('aria-selected')).toBe('true');
    expect(tab('Saksliste').getAttribute('aria-selected')).toBe('false');
    expect([tab('Saksliste'), tab('Oppmøte'), tab('Etter møtet')].map((button) => button.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('move the focus with the arrow keys, round from the last to the first, Home and End to the ends, and Enter (a button’s click) selects the focused one', () => {
    render(<Tabs />);
    tab('Saksliste').focus();
    press('ArrowRight');
    expect(document.activeElement).toBe(tab('Oppmøte'));
    // Moving the focus does not select: the view changes only when she chooses.
    screen.getByText('Vist: agenda');
    press('ArrowRight');
    press('ArrowRight');
    expect(document.activeElement).toBe(tab('Saksliste'));
    press('ArrowLeft');
    expect(document.activeElement).toBe(tab('Etter møtet'));
    press('Home');
    expect(document.activeElement).toBe(tab('Saksliste'));
    press('End');
    expect(document.activeElement).toBe(tab('Etter møtet'));
    fireEvent.click(document.activeElement ?? document.body);
    screen.getByText('Vist: after');
  });
});
