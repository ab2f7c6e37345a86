import { expect, it } from 'vitest';
import { isTeamsPage } from './loadTeamsJs';

/** A window as the check sees it: its address, and whether Teams framed it or opened it. */
function page(href: string, how: 'top' | 'framed' | 'opened'): Window {
  const win = { location: { href }, opener: how === 'opened' ? {} : null } as unknown as { self: unknown; parent: unknown };
  win.self = win;
  win.parent = how === 'framed' ? {} : win;
  return win as unknown as Window;
}

it('tells a page Teams framed or opened from one a browser opened, and obeys ?host=browser', () => {
  expect(isTeamsPage(page('https://app.example/workspace.html', 'top'))).toBe(false);
  expect(isTeamsPage(page('https://app.example/workspace.html', 'framed'))).toBe(true);
  expect(isTeamsPage(page('https://app.example/workspace.html', 'opened'))).toBe(true);
  expect(isTeamsPage(page('https://app.example/workspace.html?host=browser', 'framed'))).toBe(false);
});
