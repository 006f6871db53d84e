/**
 * Published URLs that moved: old path → new path. A URL in tests/stable-urls.txt may only disappear from
 * the build if it is listed here, so links in printed briefs keep working.
 */
export const redirects: Record<string, string> = {};
