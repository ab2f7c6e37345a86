import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { graphCall } from './graphCall';

const SiteWebUrlSchema = v.looseObject({ webUrl: v.string() });

/**
 * The site's own address, which SharePoint REST needs (its host is the token's resource): asked of Graph once, when first
 * needed, its answer checked (`graphCall`); a failed ask is asked again next time. The one way the app (`graphServices.ts`),
 * the seed (`tools/seedTenant.ts`) and the doctor find it, so they address SharePoint REST alike.
 */
export function siteWebUrlOnce(graph: Client, siteId: string): () => Promise<string> {
  let webUrl: Promise<string> | undefined;
  return () => {
    webUrl ??= graphCall(SiteWebUrlSchema, () => graph.api(`/sites/${siteId}`).select('webUrl').get()).then((site) => site.webUrl);
    webUrl.catch(() => (webUrl = undefined));
    return webUrl;
  };
}
