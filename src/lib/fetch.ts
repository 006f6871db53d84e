/**
 * Fetching the site's own files from browser code: a response that is not OK (a 404 for a part the build did not
 * write, a host's error page) is an error naming the address, never a body read as if it were the file.
 */
async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** A JSON file of the site, parsed. */
export const fetchJson = async <T,>(url: string): Promise<T> => (await (await fetchOk(url)).json()) as T;

/** A text file of the site (an SVG, an HTML page). */
export const fetchText = async (url: string): Promise<string> => (await fetchOk(url)).text();
