import type { Context } from '@microsoft/microsoft-graph-client';

/** The URL of the request in a middleware context, whatever form the client put it in. */
export function requestUrl(context: Context): string {
  const request = context.request;
  return typeof request === 'string' ? request : request.url;
}

export function requestMethod(context: Context): string {
  const request = context.request;
  return (context.options?.method ?? (typeof request === 'string' ? 'GET' : request.method)).toUpperCase();
}

/** Sets (replaces) a header on the fetch options, which is where the Graph client keeps them. */
export function setHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) {
    headers.set(name, value);
  } else if (Array.isArray(headers)) {
    const rest = headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase());
    options.headers = [...rest, [name, value]];
  } else {
    const copy: Record<string, string> = {};
    for (const [key, existing] of Object.entries(headers ?? {})) if (key.toLowerCase() !== name.toLowerCase()) copy[key] = existing;
    copy[name] = value;
    options.headers = copy;
  }
}
