/**
 * The most one collection-wide file the build writes may hold: 20 MiB, under the 25 MiB a Cloudflare Pages asset
 * may be (the host whose limits the site fits at 5,000 models; scripts/lib/hosts.ts). A file that reuses the whole
 * collection is written whole while it fits and in parts above (at 5,000 models /data/models.json was 183 MB,
 * mechanisms.csv 44 MB and /search-terms.json 25 MB): nobody opens a file of hundreds of MB, and no such host
 * serves it.
 */
export const MAX_FILE_BYTES = 20 * 2 ** 20;

/** Whether a file's contents fit one file on a common host. */
export function fitsOneFile(body: string, limit: number = MAX_FILE_BYTES): boolean {
  return Buffer.byteLength(body) <= limit;
}
