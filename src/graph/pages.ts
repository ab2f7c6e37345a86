import { PageIterator, type Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { describeIssues } from '../domain/schemaRules';
import { graphCall, graphSend } from './graphCall';
import { unexpectedAnswer } from './graphError';
import { collectionOf } from './graphSchemas';

/**
 * Every element of a collection, following @odata.nextLink with the client's PageIterator, each
 * element parsed with `item`. The first page comes from `firstPage` (so callers keep control of
 * $select/$filter/$expand); later pages are whatever Graph links to.
 */
export async function allPages<T extends v.GenericSchema>(client: Client, item: T, firstPage: () => Promise<unknown>): Promise<v.InferOutput<T>[]> {
  const page = await graphCall(collectionOf(item), firstPage);
  return allPagesFrom(client, item, page);
}

/**
 * Same as allPages, starting from a page already fetched (e.g. from a $batch answer) and parsed with
 * `collectionOf(item)`: its elements are taken as parsed, not parsed again (a meeting's rows were parsed
 * twice on every page's way to its first view, issue 14); the pages it links to are parsed here.
 */
export async function allPagesFrom<T extends v.GenericSchema>(
  client: Client,
  item: T,
  { value, '@odata.nextLink': next }: { value: v.InferOutput<T>[]; '@odata.nextLink'?: string | undefined },
): Promise<v.InferOutput<T>[]> {
  const results = [...value];
  // One page (a meeting's rows, a committee's): no iterator, no request.
  if (!next) return results;
  let problem: Error | undefined;
  const iterator = new PageIterator(client, { value: [], '@odata.nextLink': next }, (element: unknown) => {
    const parsed = v.safeParse(item, element);
    if (!parsed.success) {
      problem = unexpectedAnswer('Microsoft Graph', 'a page of a collection', describeIssues(parsed.issues));
      return false;
    }
    results.push(parsed.output);
    return true;
  });
  await graphSend(() => iterator.iterate());
  if (problem) throw problem;
  return results;
}
