import { describe, expect, it } from 'vitest';
import { proposeText } from '../fixtures/propose/context.ts';

function mechanisms(paragraphs: string[]) {
  const { fields, issues } = proposeText(paragraphs);
  expect(issues).toEqual([]);
  return fields.mechanisms.map((m) => `${m.name}:${m.category}`);
}

describe('mechanisms mapped to taxonomy categories', () => {
  it('named arrangements ending in an institution’s noun, without their opening verbs', () => {
    expect(mechanisms(['二是建立健全包村联户指导机制。', '组建森林防火应急小分队,开展巡查。', '设立党员示范岗12个。'])).toEqual([
      '包村联户指导机制:liaison',
      '森林防火应急小分队:emergency-fire',
      '党员示范岗:organisation-building',
    ]);
  });

  it('the taxonomy’s longer aliases name a mechanism by themselves; a shorter one only when quoted', () => {
    expect(mechanisms(['与法院建立行刑衔接“双向移送”机制,签订“党建合约”。'])).toEqual(['行刑衔接:enforcement-judicial', '双向移送:enforcement-judicial', '党建合约:joint-building']);
  });

  it('the category is the cue that ends last in the name (the head of the phrase)', () => {
    expect(mechanisms(['首创“党建+林长制+古树名木保险”。'])).toEqual(['党建+林长制+古树名木保险:funding']);
  });

  it('cues for digital monitoring and pest and disease control', () => {
    expect(mechanisms(['依托智慧林业平台,构建“天空地”一体化监测体系。', '开展林业有害生物防治,建立松材线虫病疫木检疫制度。'])).toEqual([
      '智慧林业平台:digital-monitoring',
      '一体化监测体系:digital-monitoring',
      '林业有害生物防治:pest-disease',
      '松材线虫病疫木检疫制度:pest-disease',
    ]);
  });

  it('a chief system is a mechanism wherever it is written, unquoted and short as it is', () => {
    expect(mechanisms(['全面推行林长制,设立三级林长1286名。', '落实林长制、河湖长制,克服家长制作风。'])).toEqual(['林长制:forest-chief']);
    // A chief system of another resource has no category here (the taxonomy's is the forest chief's): not proposed.
    expect(mechanisms(['深化河湖长制,推动田长制落地。'])).toEqual([]);
  });

  it('a phrase with no cue in its name or clause is not proposed (no category to give it)', () => {
    expect(mechanisms(['建立健全日常运行机制。'])).toEqual([]);
  });

  it('a name stops at a number: 每季度召开1次工作推进会 → 工作推进会', () => {
    expect(mechanisms(['街道党工委每季度召开1次工作推进会。'])).toEqual(['工作推进会:coordination-decision']);
  });

  it('each carries its clause as the quote, the glossary terms it names, and review: proposed', () => {
    const { fields } = proposeText(['严格落实“三会一课”制度,推行“党建+林长制”。']);
    expect(fields.mechanisms).toEqual([
      expect.objectContaining({ name: '三会一课', category: 'ideological-education', terms: ['sanhui-yike'], quote: '严格落实“三会一课”制度', summary_en: '', review: 'proposed' }),
      expect.objectContaining({ name: '党建+林长制', category: 'forest-chief', terms: ['linzhangzhi', 'dangjian-jia'], review: 'proposed' }),
    ]);
  });
});
