import { describe, expect, it } from 'vitest';
import { EMPTY_MEMORY, type CollectionMemory } from '../../src/lib/propose/index.ts';
import { proposeText } from '../fixtures/propose/context.ts';

function mechanisms(paragraphs: string[], memory: CollectionMemory = EMPTY_MEMORY) {
  const { fields, issues } = proposeText(paragraphs, { memory });
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
      '“天空地”一体化监测体系:digital-monitoring',
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

describe('names and categories beyond a bare head', () => {
  it('a quoted phrase opening the name is part of it, and the head decides the category (“智慧护林”信息平台 is monitoring, not a chief system)', () => {
    expect(mechanisms(['县里搭建“智慧护林”信息平台，建立“河长+警长+检察长”联动机制。'])).toEqual([
      '“智慧护林”信息平台:digital-monitoring',
      '“河长+警长+检察长”联动机制:enforcement-judicial',
    ]);
    // A bare head after the quoted phrase leaves the phrase as the name.
    expect(mechanisms(['建立行刑衔接“双向移送”机制。'])).toEqual(['行刑衔接:enforcement-judicial', '双向移送:enforcement-judicial']);
  });

  it('a chief’s title beside the procurator’s and the court’s names judicial linkage; “智慧…” and 监管平台 name digital monitoring', () => {
    expect(mechanisms(['推行“林长+检察长”工作机制。', '建成全县生态环境智慧监管平台。'])).toEqual([
      '林长+检察长:enforcement-judicial',
      '全县生态环境智慧监管平台:digital-monitoring',
    ]);
  });

  it('the parts a mechanism code lists are mechanisms of their own, each filed by its own name', () => {
    expect(mechanisms(['全面落实林长巡山、联席会议、考核问责三项制度。'])).toEqual(['林长巡山:forest-chief', '联席会议:coordination-decision', '考核问责:supervision-discipline']);
    expect(mechanisms(['组建党员突击队、森林消防专业队和科技服务队三支队伍。'])).toEqual([
      '党员突击队:organisation-building',
      '森林消防专业队:emergency-fire',
      '科技服务队:cadres-talent',
    ]);
    // The parts of a formula that counts something else (three deeds) are not mechanisms.
    expect(mechanisms(['开展“三个一”活动（读一本好书、写一篇心得和办一件实事）。'])).toEqual([]);
  });

  it('set phrases that name a practice, unquoted, kept to the phrase itself', () => {
    expect(mechanisms(['推动机关党支部与社区党组织结对共建。', '扎实开展廉政风险排查。', '县委每半年专题研究一次护林工作。', '为全县讲了专题党课。'])).toEqual([
      '结对共建:joint-building',
      '廉政风险排查:supervision-discipline',
      '专题研究:coordination-decision',
      '专题党课:ideological-education',
    ]);
  });

  it('cues for set systems and task forces: 第一议题, 工作专班, 审批 reform; a rank inside a name (科级以上干部读书班)', () => {
    expect(mechanisms(['严格执行“第一议题”制度，成立植树造林工作专班，深化行政审批制度改革，举办科级以上干部读书班。'])).toEqual([
      '第一议题:ideological-education',
      '植树造林工作专班:coordination-decision',
      '行政审批制度:service-to-people',
      '科级以上干部读书班:ideological-education',
    ]);
  });

  it('a head word used as a verb names nothing (全镇计划完成…); a word holding a particle stays in a name (在线)', () => {
    expect(mechanisms(['全镇计划完成补植补造800亩。'])).toEqual([]);
    expect(mechanisms(['建成生态环境在线监测平台。'])).toEqual(['生态环境在线监测平台:digital-monitoring']);
  });

  it('another entry’s mechanism is found where this text writes it as a name, not as a plain phrase', () => {
    const memory: CollectionMemory = { ...EMPTY_MEMORY, mechanisms: [{ name: '深度融合', category: 'coordination-decision' }, { name: '林长巡山制度', category: 'forest-chief' }] };
    expect(mechanisms(['推动党建与业务深度融合。'], memory)).toEqual([]);
    expect(mechanisms(['以“深度融合”为抓手。'], memory)).toEqual(['深度融合:coordination-decision']);
    expect(mechanisms(['落实林长巡山制度。'], memory)).toEqual(['林长巡山制度:forest-chief']);
  });
});
