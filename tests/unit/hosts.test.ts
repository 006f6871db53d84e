import { describe, expect, it } from 'vitest';
import { hostsFitting, STATIC_HOSTS } from '../../scripts/lib/hosts.ts';

const MiB = 2 ** 20;

describe('which static hosts a build fits (the benchmark’s “fits”)', () => {
  it('a small site fits every host', () => {
    expect(hostsFitting({ files: 431, bytes: 8 * MiB, largestFileBytes: MiB })).toEqual(STATIC_HOSTS.map((h) => h.name));
  });

  it('each limit rules a host out on its own: files, total size, one file too large', () => {
    expect(hostsFitting({ files: 20_001, bytes: 8 * MiB, largestFileBytes: MiB })).not.toContain('cloudflare-pages-free');
    expect(hostsFitting({ files: 20_001, bytes: 8 * MiB, largestFileBytes: MiB })).toContain('cloudflare-pages-paid');
    expect(hostsFitting({ files: 500, bytes: 1.2e9, largestFileBytes: MiB })).not.toContain('github-pages');
    expect(hostsFitting({ files: 500, bytes: 8 * MiB, largestFileBytes: 26 * MiB })).toEqual(['github-pages', 'gitlab-pages']);
  });

  it('the 5,000-model build before issue 18’s fourth round (159,592 files, 5.4 GB, a 183 MB file) fits none', () => {
    expect(hostsFitting({ files: 159_592, bytes: 5.4e9, largestFileBytes: 183e6 })).toEqual([]);
  });
});
