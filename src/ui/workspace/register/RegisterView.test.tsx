// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../../domain/testing/builders';
import { createInMemoryDecisionRegister } from '../../../domain/testing/inMemoryDecisionRegister';
import { CaseNumberSchema } from '../../../domain/model';
import type { HostContext } from '../../../hosts/hostContext';
import { MotebokProvider } from '../../shared/MotebokProvider';
import { RegisterView, sakHref } from './RegisterView';

const committee = aCommittee({ id: 'pm', name: 'Partnerskapsmøtet' });
/** 30 saker with a konklusjon in 2024 (the word "budsjett" in every third), one without. */
const meeting2024 = aMeeting({
  id: 'm2024',
  committeeId: 'pm',
  date: '2024-05-30',
  items: [
    ...Array.from({ length: 30 }, (_, n) => anItem(`i${n}`, { caseNumber: CaseNumberSchema.parse(`2024.${n + 1}`), title: `Sak nummer ${n + 1}`, conclusion: [n % 3 === 0 ? 'Budsjett vedtatt.' : 'Tatt til orientering.'] })),
    anItem('open', { caseNumber: CaseNumberSchema.parse('2024.31'), title: 'Ikke behandlet', conclusion: [] }),
  ],
});

function renderView(openFollowUpItemIds?: ReadonlySet<string>) {
  const register = createInMemoryDecisionRegister([meeting2024], () => 'https://contoso.sharepoint.com/sites/m/Referat.docx');
  const host: HostContext = { host: 'browser', frameContext: 'content', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };
  const load = () => Promise.resolve(register);
  render(
    <MotebokProvider host={host}>
      <RegisterView committees={[committee]} load={load} {...(openFollowUpItemIds ? { openFollowUpItemIds } : {})} />
    </MotebokProvider>,
  );
  return register;
}

afterEach(cleanup);

describe('the decision register view', () => {
  it('shows the hits of a free-text search with their konklusjon and links', async () => {
    renderView();
    fireEvent.change(screen.getByLabelText('Fritekst', { exact: false }), { target: { value: 'budsjett' } });
    fireEvent.click(screen.getByRole('button', { name: 'Søk' }));
    const list = await screen.findByRole('list', { name: 'Vedtaksregister' });
    const hits = within(list).getAllByRole('listitem');
    expect(hits).toHaveLength(10);
    expect(hits[0]?.textContent).toContain('Budsjett vedtatt.');
    expect(within(hits[0] as HTMLElement).getByRole('link', { name: 'Åpne referatet' }).getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/m/Referat.docx');
    expect(screen.getByText('10 treff vist')).toBeTruthy();
  });

  it('pages with «Vis flere» (the keyboard path) until every konklusjon is shown, leaving out saker without one', async () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Søk' }));
    await screen.findByText('25 treff vist, flere finnes');
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    await screen.findByText('30 treff vist');
    expect(screen.queryByRole('button', { name: 'Vis flere' })).toBeNull();
    expect(screen.queryByText('Ikke behandlet', { exact: false })).toBeNull();
  });

  it('offers «Bare saker med åpen oppfølging» only when follow-up is known, and then narrows to those saker', async () => {
    renderView();
    expect(screen.queryByLabelText('Bare saker med åpen oppfølging')).toBeNull();
    cleanup();
    renderView(new Set(['i4', 'i7']));
    fireEvent.click(screen.getByLabelText('Bare saker med åpen oppfølging'));
    fireEvent.click(screen.getByRole('button', { name: 'Søk' }));
    await screen.findByText('2 treff vist');
    expect(within(screen.getByRole('list', { name: 'Vedtaksregister' })).getAllByRole('listitem').map((item) => item.querySelector('h3')?.textContent)).toEqual(['Sak 2024.5 Sak nummer 5', 'Sak 2024.8 Sak nummer 8']);
  });

  it('links a sak to its meeting in the workspace', () => {
    expect(sakHref({ committeeId: 'pm', meetingId: 'm 1' }, 'https://app.example/workspace.html?committee=x#meeting=y')).toBe('https://app.example/workspace.html?committee=pm#meeting=m%201');
  });
});
