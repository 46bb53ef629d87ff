// Reading and writing one parameter of a link's query, without the DOM: for run and class links.

/** The address with `name=value` in its query: any old `name` replaced, other parameters and the hash kept. */
export function withParam(baseUrl: string, name: string, value: string): string {
  const hashAt = baseUrl.indexOf('#');
  const hash = hashAt >= 0 ? baseUrl.slice(hashAt) : '';
  const noHash = hashAt >= 0 ? baseUrl.slice(0, hashAt) : baseUrl;
  const queryAt = noHash.indexOf('?');
  const path = queryAt >= 0 ? noHash.slice(0, queryAt) : noHash;
  const kept = (queryAt >= 0 ? noHash.slice(queryAt + 1) : '')
    .split('&')
    .filter((p) => p !== '' && p !== name && !p.startsWith(`${name}=`));
  return `${path}?${[...kept, `${name}=${encodeURIComponent(value)}`].join('&')}${hash}`;
}

/**
 * The first value of `name` in a search string ("?a=1&run=…", with or without "?"): null when absent,
 * undefined when it is not valid percent-encoding.
 */
export function readParam(search: string, name: string): string | null | undefined {
  if (typeof search !== 'string') return null;
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (part !== name && !part.startsWith(`${name}=`)) continue;
    try {
      return decodeURIComponent(part.slice(name.length + 1).replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
  }
  return null;
}
