import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { META_FIELDS, OPTIONAL_META_FIELDS, SEPARATORS, type MetadataKeys } from './metadata.ts';

/** Where chrome is looked for: the page's head and foot (see boilerplate.yaml for how far each reaches). */
export type Zone = 'head' | 'foot';
const ZONES: readonly Zone[] = ['head', 'foot'];

/** One way a rule matches, compiled. */
export interface RuleForm {
  kind: 'line' | 'segment';
  zones: readonly Zone[];
  /** `edge`: only in the unbroken run of chrome at the page's edge, before any kept line. */
  reach: 'zone' | 'edge';
  /** Line forms: anchored ^…$. Segment forms: global, bounded by separators or the line's ends. */
  pattern: RegExp;
}

/** A boilerplate rule from boilerplate.yaml: one id, reported for every removal it makes. */
export interface BoilerplateRule {
  id: string;
  description: string;
  forms: RuleForm[];
}

/** The rules file, compiled. */
export interface Boilerplate {
  zones: Record<Zone, { maxLines: number }>;
  metadata: MetadataKeys;
  /** Keys of a catalogue record (索引号, 文号, 主题分类 …): lines holding one describe the document below them. */
  recordKeys: ReadonlySet<string>;
  rules: BoilerplateRule[];
}

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

function compileForm(form: Raw, id: string, origin: string): RuleForm {
  const { kind, zones, reach = 'zone', pattern } = form;
  if (kind !== 'line' && kind !== 'segment') throw new Error(`${origin}: rule ${id}: kind must be line or segment`);
  if (!Array.isArray(zones) || zones.length === 0 || !zones.every((z) => ZONES.includes(z as Zone))) {
    throw new Error(`${origin}: rule ${id}: zones must list head and/or foot`);
  }
  if (reach !== 'zone' && reach !== 'edge') throw new Error(`${origin}: rule ${id}: reach must be zone or edge`);
  if (typeof pattern !== 'string' || pattern === '') throw new Error(`${origin}: rule ${id}: pattern must be a string`);
  const regex =
    kind === 'line'
      ? new RegExp(`^(?:${pattern})$`, 'u')
      : new RegExp(`(?<=^|[${SEPARATORS}])(?:${pattern})(?=[${SEPARATORS}]|$)`, 'gu');
  return { kind, zones: zones as Zone[], reach, pattern: regex };
}

function compileRule(raw: unknown, index: number, origin: string): BoilerplateRule {
  if (!isRecord(raw) || typeof raw['id'] !== 'string' || typeof raw['description'] !== 'string') {
    throw new Error(`${origin}: rule ${index + 1} needs a string id and description`);
  }
  const id = raw['id'];
  const forms = raw['forms'] === undefined ? [raw] : raw['forms'];
  if (!Array.isArray(forms) || forms.length === 0 || !forms.every(isRecord)) throw new Error(`${origin}: rule ${id}: forms must be a list of forms`);
  return { id, description: raw['description'], forms: forms.map((form) => compileForm(form, id, origin)) };
}

function compileMetadata(raw: unknown, origin: string): MetadataKeys {
  if (!isRecord(raw)) throw new Error(`${origin}: metadata must map each field to its keys`);
  const keys = {} as Record<(typeof META_FIELDS)[number], string[]>;
  for (const field of META_FIELDS) {
    const list = raw[field] ?? (OPTIONAL_META_FIELDS.has(field) ? [] : undefined);
    if (!Array.isArray(list) || !list.every((k) => typeof k === 'string' && k !== '')) {
      throw new Error(`${origin}: metadata.${field} must be a list of keys`);
    }
    keys[field] = list;
  }
  return keys;
}

/** Parses and checks the rules file; a malformed rule names itself. */
export function parseBoilerplate(yamlText: string, origin = 'boilerplate.yaml'): Boilerplate {
  const raw = load(yamlText);
  if (!isRecord(raw) || !Array.isArray(raw['rules'])) throw new Error(`${origin}: expected zones, metadata and a list of rules`);
  const zones = {} as Boilerplate['zones'];
  for (const zone of ZONES) {
    const maxLines = isRecord(raw['zones']) && isRecord(raw['zones'][zone]) ? raw['zones'][zone]['max_lines'] : undefined;
    if (typeof maxLines !== 'number' || !Number.isInteger(maxLines) || maxLines < 1) {
      throw new Error(`${origin}: zones.${zone}.max_lines must be a positive whole number`);
    }
    zones[zone] = { maxLines };
  }
  const rules = raw['rules'].map((rule, index) => compileRule(rule, index, origin));
  const duplicate = rules.find((rule, i) => rules.findIndex((r) => r.id === rule.id) !== i);
  if (duplicate) throw new Error(`${origin}: rule ${duplicate.id} is defined twice`);
  const record = isRecord(raw['metadata']) ? (raw['metadata']['record'] ?? []) : [];
  if (!Array.isArray(record) || !record.every((k) => typeof k === 'string')) throw new Error(`${origin}: metadata.record must be a list of keys`);
  return { zones, metadata: compileMetadata(raw['metadata'], origin), recordKeys: new Set(record), rules };
}

let cached: Boilerplate | undefined;

/** The project's rules, read once from the data file beside this module. */
export function loadBoilerplate(): Boilerplate {
  cached ??= parseBoilerplate(readFileSync(new URL('./boilerplate.yaml', import.meta.url), 'utf8'), 'src/lib/ingest/boilerplate.yaml');
  return cached;
}
