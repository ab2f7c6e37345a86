import type { Client } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../domain/ports';
import { siteWebUrlOnce } from './siteWebUrl';

/** A Graph client whose `/sites/{id}?$select=webUrl` gives the answers in turn (an Error is thrown), counting the asks. */
function graphAnswering(...answers: unknown[]): { graph: Client; asked: string[] } {
  const asked: string[] = [];
  const graph = {
    api: (path: string) => ({
      select: (fields: string) => ({
        get: () => {
          asked.push(`${path}?$select=${fields}`);
          const answer = answers.shift();
          return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
        },
      }),
    }),
  } as unknown as Client;
  return { graph, asked };
}

describe("the site's own address for SharePoint REST", () => {
  it('is asked of Graph once, however often SharePoint REST needs it', async () => {
    const { graph, asked } = graphAnswering({ webUrl: 'https://contoso.sharepoint.com/sites/motebok' });
    const siteWebUrl = siteWebUrlOnce(graph, 'site-1');
    expect(await siteWebUrl()).toBe('https://contoso.sharepoint.com/sites/motebok');
    expect(await siteWebUrl()).toBe('https://contoso.sharepoint.com/sites/motebok');
    expect(asked).toEqual(['/sites/site-1?$select=webUrl']);
  });

  it('is asked again after an ask that failed, not left failing', async () => {
    const { graph, asked } = graphAnswering(new Error('offline'), { webUrl: 'https://contoso.sharepoint.com/sites/motebok' });
    const siteWebUrl = siteWebUrlOnce(graph, 'site-1');
    await expect(siteWebUrl()).rejects.toThrow('offline');
    expect(await siteWebUrl()).toBe('https://contoso.sharepoint.com/sites/motebok');
    expect(asked).toHaveLength(2);
  });

  it('refuses an answer without the address as an unexpected answer, not an empty address', async () => {
    const { graph } = graphAnswering({ id: 'site-1' });
    await expect(siteWebUrlOnce(graph, 'site-1')()).rejects.toBeInstanceOf(StorageError);
  });
});
