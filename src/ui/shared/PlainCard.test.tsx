// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Card } from '@fluentui/react-components';
import { PlainCard } from './PlainCard';

afterEach(() => cleanup());

describe('PlainCard', () => {
  it('renders what Fluent Card renders for a card that is neither clickable nor selectable: role, classes, content', () => {
    render(
      <>
        <div data-testid="fluent">
          <Card className="facts" aria-label="Møtet">
            <p>Tid</p>
          </Card>
        </div>
        <div data-testid="ours">
          <PlainCard className="facts" aria-label="Møtet">
            <p>Tid</p>
          </PlainCard>
        </div>
      </>,
    );
    const ours = screen.getByTestId('ours').innerHTML;
    expect(ours).toBe(screen.getByTestId('fluent').innerHTML);
    expect(screen.getAllByRole('group', { name: 'Møtet' })).toHaveLength(2);
    expect(ours).toContain('fui-Card');
  });
});
