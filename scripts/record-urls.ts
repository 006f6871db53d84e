// Adds the built site's new URLs to tests/stable-urls.txt. It never removes one: a URL that must go needs
// a redirect in src/redirects.ts (the stable-URL test fails otherwise).
//   npm run build && npm run urls:record
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { checkUrls, formatUrlList, parseUrlList, publishedPaths, redirectPaths } from '../src/lib/published-urls.ts';
import { redirects } from '../src/redirects.ts';

const LIST = 'tests/stable-urls.txt';
const HEADER = `# Published URLs (paths under the site's base). Citations in printed briefs point here: a URL may be
# added (npm run urls:record) but never removed without a redirect in src/redirects.ts.`;

const files = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => `${d.parentPath}/${d.name}`.replace(/^dist\//, ''));
const built = publishedPaths(files);
let listed: string[] = [];
try {
  listed = parseUrlList(readFileSync(LIST, 'utf8'));
} catch {
  // First run: no list yet.
}
const { unlisted, missing } = checkUrls(listed, built, redirectPaths(redirects));
writeFileSync(LIST, formatUrlList([...listed, ...unlisted], HEADER));
console.log(`urls:record: ${unlisted.length} added, ${listed.length + unlisted.length} listed`);
for (const path of unlisted) console.log(`  + /${path}`);
if (missing.length > 0) {
  console.error(`urls:record: ${missing.length} listed URL(s) are not in this build and have no redirect:`);
  for (const path of missing) console.error(`  - /${path}`);
  process.exitCode = 1;
}
