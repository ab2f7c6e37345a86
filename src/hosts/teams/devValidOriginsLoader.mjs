// Webpack loader, development builds only (see webpack.config.js): teams-js fetches its list of
// valid Teams origins from Microsoft's CDN as soon as it is loaded. In development and tests that
// is a request leaving the machine; the same list, taken from the package itself, is served by the
// app at VALID_ORIGINS_PATH instead. Production keeps the CDN (inside Teams it is Microsoft's own host).
export const CDN_URL = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';
export const VALID_ORIGINS_PATH = '/teams-js/validDomains.json';

/** @param {string} source teams-js's internal/constants.js */
export default function devValidOriginsLoader(source) {
  const cdnUrl = `new URL("${CDN_URL}")`;
  // A teams-js upgrade that moves the URL must fail the build, not quietly go back to the CDN.
  if (!source.includes(cdnUrl)) throw new Error(`devValidOriginsLoader: ${CDN_URL} not found in ${this.resourcePath}; update the loader for this teams-js version.`);
  // new URL needs an absolute address: the page's own origin.
  return source.replace(cdnUrl, `new URL(${JSON.stringify(VALID_ORIGINS_PATH)}, self.location.href)`);
}
