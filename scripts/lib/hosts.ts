/**
 * Limits of common static hosts, as their documentation states them (checked 2026-12), for the benchmark's
 * “fits” column: a site fits a host when its file count, its total size and its largest file are all within them.
 * null: the host states no such limit.
 */
export interface StaticHost {
  name: string;
  files: number | null;
  totalBytes: number | null;
  fileBytes: number | null;
  source: string;
}

const MiB = 2 ** 20;
const GB = 10 ** 9;

export const STATIC_HOSTS: readonly StaticHost[] = [
  { name: 'cloudflare-pages-free', files: 20_000, totalBytes: null, fileBytes: 25 * MiB, source: 'developers.cloudflare.com/pages/platform/limits/' },
  // Paid plans since 2026-01-23 (developers.cloudflare.com/changelog/: “Increased Pages file limit to 100,000 for paid plans”).
  { name: 'cloudflare-pages-paid', files: 100_000, totalBytes: null, fileBytes: 25 * MiB, source: 'developers.cloudflare.com/pages/platform/limits/' },
  { name: 'github-pages', files: null, totalBytes: 1 * GB, fileBytes: 100 * MiB, source: 'docs.github.com/pages/getting-started-with-github-pages/github-pages-limits' },
  { name: 'gitlab-pages', files: 200_000, totalBytes: 1 * GB, fileBytes: null, source: 'docs.gitlab.com/administration/pages/ (GitLab.com: 1 GB, 200,000 entries)' },
];

/** The hosts a site of this shape fits. */
export function hostsFitting(site: { files: number; bytes: number; largestFileBytes: number }, hosts: readonly StaticHost[] = STATIC_HOSTS): string[] {
  const within = (value: number, limit: number | null) => limit === null || value <= limit;
  return hosts.filter((h) => within(site.files, h.files) && within(site.bytes, h.totalBytes) && within(site.largestFileBytes, h.fileBytes)).map((h) => h.name);
}
