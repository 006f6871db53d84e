// Records the optional platform binaries that this registry does not serve.
//
// @astrojs/compiler-binding@0.5.1 and pagefind@1.6.0 list optional platform packages (one per OS and
// CPU), but only some of them are published where these machines install from (for the compiler, only
// linux-x64; for pagefind 1.6.0, only the linux ones). `npm install` then leaves the others out of
// package-lock.json and `npm ci` refuses the lock as out of sync. An entry with the package's os/cpu lets
// npm ci skip it on this platform without fetching anything. Run after `npm install` changes the lock:
//   node scripts/lock-platform-bindings.mjs
import { readFileSync, writeFileSync } from 'node:fs';

/** Platform suffixes of each package's binaries, with the os/cpu/libc npm matches them against. */
const BINDINGS = {
  '@astrojs/compiler-binding': {
    prefix: '@astrojs/compiler-binding-',
    platforms: {
      'android-arm64': { os: ['android'], cpu: ['arm64'] },
      'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
      'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
      'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
      'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
      'wasm32-wasi': { cpu: ['wasm32'] },
      'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
      'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
    },
  },
  pagefind: {
    prefix: '@pagefind/',
    platforms: {
      'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
      'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
      'freebsd-x64': { os: ['freebsd'], cpu: ['x64'] },
      'windows-arm64': { os: ['win32'], cpu: ['arm64'] },
      'windows-x64': { os: ['win32'], cpu: ['x64'] },
    },
  },
};

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let added = 0;
for (const [parentName, { prefix, platforms }] of Object.entries(BINDINGS)) {
  const parent = lock.packages[`node_modules/${parentName}`];
  if (!parent) throw new Error(`package-lock.json has no ${parentName}`);
  for (const [platform, constraints] of Object.entries(platforms)) {
    const name = `${prefix}${platform}`;
    const key = `node_modules/${name}`;
    const version = parent.optionalDependencies?.[name];
    if (!version || lock.packages[key]) continue;
    lock.packages[key] = { version, ...constraints, dev: true, optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platform-bindings: added ${added} entries`);
