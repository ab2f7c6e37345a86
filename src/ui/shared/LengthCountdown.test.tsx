// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MAX_CONCLUSION_POINT_LENGTH, MAX_TITLE_LENGTH } from '../../domain/limits';
import type { HostContext } from '../../hosts/hostContext';
import { countdownLevel, useLengthCountdown } from './LengthCountdown';
import { MotebokProvider } from './MotebokProvider';
import { NumberedPointsEditor } from './NumberedPointsEditor';

afterEach(() => cleanup());

const host = (locale: string): HostContext => ({ host: 'browser', frameContext: 'content', locale, theme: 'default', onThemeChange: () => () => undefined });

/** A plain field with the countdown, as the workspace's title uses it. */
function Counted({ initial, max }: { initial: string; max: number }) {
  const [text, setText] = useState(initial);
  const countdown = useLengthCountdown(text.length, max);
  return (
    <>
      <input aria-label="Tittel" aria-describedby={countdown.describedBy} value={text} onChange={(event) => setText(event.target.value)} />
      {countdown.hint}
      {countdown.live}
    </>
  );
}

const type = (text: string) => fireEvent.change(screen.getByRole('textbox', { name: 'Tittel' }), { target: { value: text } });
const live = () => screen.getByTestId('length-countdown-live').textContent;

describe('the remaining-characters countdown', () => {
  it('is quiet far from the limit, near within 10 % (at least 20), close within 2 % (at least 5), then full and over', () => {
    expect(countdownLevel(0, MAX_TITLE_LENGTH)).toBe('quiet');
    expect(countdownLevel(229, MAX_TITLE_LENGTH)).toBe('near');
    expect(countdownLevel(228, MAX_TITLE_LENGTH)).toBe('quiet');
    expect(countdownLevel(249, MAX_TITLE_LENGTH)).toBe('close');
    expect(countdownLevel(255, MAX_TITLE_LENGTH)).toBe('full');
    expect(countdownLevel(256, MAX_TITLE_LENGTH)).toBe('over');
    expect(countdownLevel(MAX_CONCLUSION_POINT_LENGTH - 401, MAX_CONCLUSION_POINT_LENGTH)).toBe('quiet');
    expect(countdownLevel(MAX_CONCLUSION_POINT_LENGTH - 400, MAX_CONCLUSION_POINT_LENGTH)).toBe('near');
    expect(countdownLevel(90, 100)).toBe('near');
    expect(countdownLevel(95, 100)).toBe('close');
  });

  it('shows nothing far from the limit, then a counter the field is described by, updated on every keystroke', () => {
    render(<Counted initial="" max={MAX_TITLE_LENGTH} />);
    expect(screen.queryByTestId('length-countdown')).toBeNull();
    expect(screen.getByRole('textbox').getAttribute('aria-describedby')).toBeNull();
    type('x'.repeat(240));
    expect(screen.getByTestId('length-countdown').textContent).toBe('15 tegn igjen');
    expect(screen.getByRole('textbox', { description: '15 tegn igjen' })).toBeTruthy();
    type('x'.repeat(241));
    expect(screen.getByTestId('length-countdown').textContent).toBe('14 tegn igjen');
    type('x'.repeat(260));
    expect(screen.getByTestId('length-countdown').textContent).toBe('5 tegn for mye');
  });

  it('announces politely only when a threshold is crossed, not on every keystroke', () => {
    render(<Counted initial="" max={MAX_TITLE_LENGTH} />);
    const region = screen.getByTestId('length-countdown-live');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(live()).toBe('');
    const heard: string[] = [];
    const listen = () => {
      const text = live() ?? '';
      if (text !== '' && heard[heard.length - 1] !== text) heard.push(text);
    };
    for (let length = 200; length <= 258; length++) {
      act(() => type('x'.repeat(length)));
      listen();
    }
    expect(heard).toEqual(['26 tegn igjen', '6 tegn igjen', '0 tegn igjen', '1 tegn for mye']);
    act(() => type('kort'));
    expect(live()).toBe('');
    expect(screen.queryByTestId('length-countdown')).toBeNull();
  });

  it('speaks nynorsk and English', () => {
    render(
      <MotebokProvider host={host('nn-NO')}>
        <Counted initial={'x'.repeat(250)} max={MAX_TITLE_LENGTH} />
      </MotebokProvider>,
    );
    expect(screen.getByTestId('length-countdown').textContent).toBe('5 teikn att');
    cleanup();
    render(
      <MotebokProvider host={host('en-US')}>
        <Counted initial={'x'.repeat(260)} max={MAX_TITLE_LENGTH} />
      </MotebokProvider>,
    );
    expect(screen.getByTestId('length-countdown').textContent).toBe('5 characters too many');
  });

  it('counts each konklusjon point on its own in the points editor, for the point near its limit only', () => {
    function Points() {
      const [points, setPoints] = useState(['Kort punkt.', 'y'.repeat(MAX_CONCLUSION_POINT_LENGTH - 30)]);
      return <NumberedPointsEditor label="Konklusjon" points={points} onChange={setPoints} />;
    }
    render(
      <MotebokProvider host={host('nb-NO')}>
        <Points />
      </MotebokProvider>,
    );
    expect(screen.getAllByTestId('length-countdown').map((c) => c.textContent)).toEqual(['30 tegn igjen']);
    expect(screen.getByRole('textbox', { name: 'Punkt 2', description: '30 tegn igjen' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Punkt 1' }), { target: { value: 'z'.repeat(MAX_CONCLUSION_POINT_LENGTH + 2) } });
    expect(screen.getAllByTestId('length-countdown').map((c) => c.textContent)).toEqual(['2 tegn for mye', '30 tegn igjen']);
  });
});
