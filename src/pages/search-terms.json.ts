import type { APIRoute } from 'astro';
import * as OpenCC from 'opencc-js';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { getCategories, getCuratedModels, getGlossary, getParagraphs } from '../content.ts';
import { t } from '../lib/i18n.ts';
import { placeEnglish, readings } from '../lib/search/pinyin.ts';
import { buildDictionary, traditionalGate } from '../lib/search/terms.ts';
import { groupByModel, modelsWithFormulas, regionGroups, regionPage } from '../lib/site-wide.ts';

/**
 * The search term dictionary (src/lib/search/terms.ts), one file for both editions: the search page loads it
 * to match whole terms before full text. Built from the same content as the pages, so it cannot go stale.
 */
export const GET: APIRoute = async () => {
  const [models, categories, glossary] = await Promise.all([getCuratedModels(), getCategories(), getGlossary()]);
  const both = (key: 'glossary.title' | 'formulas.title' | 'regions.title'): [string, string] => [t('zh-CN', key), t('en', key)];
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const bodies = await Promise.all(models.map((m) => getParagraphs(m.id)));
  const siteText = JSON.stringify([models, categories, glossary, bodies]);
  const formulaRegions = groupByModel(regionGroups(modelsWithFormulas(models)));
  const formulasRegionOf = (modelId: string) => {
    const group = formulaRegions.get(modelId);
    if (!group) return undefined;
    const [zh, en] = [regionPage('formulas', group, 'zh-CN'), regionPage('formulas', group, 'en')];
    return { path: zh.path, title: [zh.title, en.title] as [string, string] };
  };
  const dictionary = buildDictionary(
    {
      categories,
      glossary,
      models,
      titles: { glossary: both('glossary.title'), formulas: both('formulas.title'), regions: both('regions.title') },
      readings,
      toSimplified,
      placeEnglish,
      formulasRegionOf,
    },
    traditionalGate(siteText, TSCharacters),
  );
  return new Response(JSON.stringify(dictionary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
