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

  it('are one tab stop, the selected tab: the others are out of the Tab order', () => {
    render(<Tabs />);
    const tabStops = () => screen.getAllByRole('tab').filter((button) => button.tabIndex === 0);
    expect(tabStops()).toEqual([tab('Saksliste')]);
    expect(tab('Oppmøte').tabIndex).toBe(-1);
    fireEvent.click(tab('Oppmøte'));
    expect(tabStops()).toEqual([tab('Oppmøte')]);
  });

  it('move the focus with Left/Right (round from the last to the first) and Home/End, without selecting', () => {
    render(<Tabs />);
    tab('Saksliste').focus();
    const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });
    press('ArrowRight');
    expect(document.activeElement).toBe(tab('Oppmøte'));
    expect(tab('Saksliste').getAttribute('aria-selected')).toBe('true');
    press('ArrowRight');
    press('ArrowRight');
    expect(document.activeElement).toBe(tab('Saksliste'));
    press('ArrowLeft');
    expect(document.activeElement).toBe(tab('Etter møtet'));
    press('Home');
    expect(document.activeElement).toBe(tab('Saksliste'));
    press('End');
    expect(document.activeElement).toBe(tab('Etter møtet'));
    press('ArrowUp');
    expect(document.activeElement).toBe(tab('Etter møtet'));
    screen.getByText('Vist: agenda');
  });

  it('write on a hovered or pressed tab, the selected one too, in the hover’s and press’s own foreground (black on Teams’ high-contrast cyan, not white)', () => {
    render(<Tabs />);
    /** The colour the page's rules give the element under `state` (':hover', ':active'), from the rules Griffel inserted. */
    const colourWhen = (element: Element, state: string) =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText.endsWith(state) && rule.style.color !== '')
        .filter((rule) => element.matches(rule.selectorText.slice(0, -state.length)))
        .map((rule) => rule.style.color);
    for (const name of ['Saksliste', 'Oppmøte']) {
      expect(colourWhen(tab(name), ':hover'), name).toEqual([name === 'Saksliste' ? 'var(--colorNeutralForeground1Hover)' : 'var(--colorNeutralForeground2Hover)']);
      expect(colourWhen(tab(name), ':active'), name).toEqual([name === 'Saksliste' ? 'var(--colorNeutralForeground1Pressed)' : 'var(--colorNeutralForeground2Pressed)']);
    }
  });
});
