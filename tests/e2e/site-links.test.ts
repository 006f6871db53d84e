import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Server } from './harness.ts';
import { crawl } from './links.ts';

// linkinator over the built dist/ as served: every internal link and #fragment from both editions' home
// pages outward (base-path.test.ts does the same for a build under /atlas/).
let server: Server;
beforeAll(async () => {
  server = await startPreview();
});
afterAll(async () => server?.stop());

describe('links in the built site', () => {
  it('no internal link or #fragment is broken', async () => {
    const { checked, broken } = await crawl([server.url, `${server.url}en/`]);
    console.log(`linkinator: ${checked} links checked, ${broken.length} broken`);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
