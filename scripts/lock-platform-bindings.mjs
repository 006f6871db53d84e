// Records the optional platform bindings of @astrojs/compiler-binding that this registry does not serve.
//
// @astrojs/compiler-binding@0.5.1 lists ten optional platform packages, but only the linux-x64 ones are
// published where these machines install from. `npm install` then leaves the others out of
// package-lock.json and `npm ci` refuses the lock as out of sync. An entry with the package's os/cpu lets
// npm ci skip it on this platform without fetching anything. Run after `npm install` changes the lock:
//   node scripts/lock-platform-bindings.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'wasm32-wasi': { cpu: ['wasm32'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const binding = lock.packages['node_modules/@astrojs/compiler-binding'];
if (!binding) throw new Error('package-lock.json has no @astrojs/compiler-binding');
let added = 0;
for (const [platform, constraints] of Object.entries(PLATFORMS)) {
  const name = `@astrojs/compiler-binding-${platform}`;
  const key = `node_modules/${name}`;
  const version = binding.optionalDependencies?.[name];
  if (!version || lock.packages[key]) continue;
  lock.packages[key] = { version, ...constraints, dev: true, optional: true };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platform-bindings: added ${added} entries`);
