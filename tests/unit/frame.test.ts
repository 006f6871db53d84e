import { describe, expect, it } from 'vitest';
import { loadBoilerplate, parseBoilerplate } from '../../src/lib/ingest/boilerplate.ts';
import { separateFrame } from '../../src/lib/ingest/frame.ts';
import type { Change } from '../../src/lib/ingest/report.ts';
import { summariseChanges } from '../../src/lib/ingest/report.ts';

const boilerplate = loadBoilerplate();
const frame = (lines: string[], knownTitle: string | null = null) => {
  const changes: Change[] = [];
  return { ...separateFrame(lines.join('\n'), boilerplate, changes, { knownTitle }), changes };
};
const rulesFired = (changes: Change[]) => summariseChanges(changes).map((s) => `${s.rule}:${s.count}`);
const removedBy = (changes: Change[], rule: string) => changes.filter((c) => c.rule === rule).map((c) => c.text);
const kept = (result: { lines: string[] }) => result.lines.filter((l) => l.trim() !== '');

const PROSE_1 = '　　今年以来，云溪县林业局坚持以党建引领林长制落地见效，把党支部建在护林一线。';
const PROSE_2 = '　　下一步，云溪县林业局将持续深化“林长+党建”模式。';

describe('the five sources keep their frame (regression)', () => {
  it('003: submission e-mail, site search and footer go; headline and 来源 line become metadata', () => {
    const result = frame([
      '投稿邮箱:longjiangdangjian@163.com', '', '站内搜索:', '',
      '坚持“三统筹” 打造党建品牌 大力践行“学铁人铸铁魂做铁军”活动', '',
      '来源:省生态环境厅 时间:2022-09-26 09:26:10 责任编辑:刘晓旭 麻静', '',
      '为进一步贯彻落实习近平总书记重要指示。', '',
      '【版权声明】凡来源中注明“龙江机关党建”的文章,均为本网独家稿件,版权归龙江机关党建所有。', '',
      '主办单位:中共黑龙江省直属机关工作委员会', '', '技术支持:黑龙江广播电视台(黑龙江省全媒体中心)', '',
      '联系电话:0451-87589289', '', '回到顶部图片',
    ]);
    expect(kept(result)).toEqual(['为进一步贯彻落实习近平总书记重要指示。']);
    expect(result.title).toBe('坚持“三统筹” 打造党建品牌 大力践行“学铁人铸铁魂做铁军”活动');
    expect(result.meta).toEqual({ publisher: '省生态环境厅', published: '2022-09-26 09:26:10', author: '刘晓旭 麻静' });
    expect(rulesFired(result.changes)).toEqual([
      'back-to-top:1', 'site-contact:1', 'site-sponsor:2', 'copyright-notice:1', 'submission-email:1', 'site-search:1', 'metadata-line:1', 'headline-to-title:1',
    ]);
  });

  it('002: masthead, share bar, repeated headline, WeChat prompts and a bare counter go; the table rows above stay', () => {
    const result = frame([
      '文似观山不喜平 — — 观山文库◆记住我,来上我~', '', '2024年高质量党建引领绿美x生态建设攻坚行动方案', '',
      'admin 分享 时间: 加入收藏 共计6123个字,预计阅读时长21分钟', '', '2024年高质量党建引领绿美x生态建设攻坚行动方案', '',
      '为深入贯彻习近平生态文明思想。', '', '11', '', '党建工作办公室', '', '12月底', '', '221381', '领取福利', '', '微信扫码领取福利', '', '微信扫码分享',
    ]);
    expect(kept(result)).toEqual(['为深入贯彻习近平生态文明思想。', '11', '党建工作办公室', '12月底']);
    expect(result.title).toBe('2024年高质量党建引领绿美x生态建设攻坚行动方案');
    expect(rulesFired(result.changes)).toEqual([
      'share-scan-prompt:1', 'wechat-prompt:2', 'view-counter:1', 'site-masthead:1', 'share-bar-word-count:1', 'duplicate-headline:1', 'headline-to-title:1',
    ]);
  });

  it('001: the 来源/日期/浏览量 line becomes metadata and its empty view counter is reported', () => {
    const result = frame(['“党旗红”引领“西宁绿”——西宁市林草局深化党建品牌建设引领绿色发展', '', '来源:西宁市委组织部    日期:2021-07-27    浏览量:', '', '  西宁市林业和草原局认真学习。']);
    expect(result.meta).toEqual({ publisher: '西宁市委组织部', published: '2021-07-27', author: null });
    expect(result.changes).toEqual([
      { rule: 'metadata-line', text: '来源:西宁市委组织部    日期:2021-07-27    浏览量:' },
      { rule: 'view-counter', text: '浏览量:' },
      { rule: 'headline-to-title', text: '“党旗红”引领“西宁绿”——西宁市林草局深化党建品牌建设引领绿色发展' },
    ]);
  });

  it('000 and 004: a body that starts at once keeps its first line; the scan prompt and copyright at the foot go', () => {
    const result = frame(['今年以来,洪林镇党委积极探索。', '凝聚多方力量,激发治理活力。', '扫一扫在手机打开当前页']);
    expect(result.title).toBeNull();
    expect(result.lines).toEqual(['今年以来,洪林镇党委积极探索。', '凝聚多方力量,激发治理活力。']);
    expect(rulesFired(frame(['正文。', '版权声明: 1.依据《服务条款》,本网页发布的原创作品,版权归发布者所有。 |']).changes)).toEqual(['copyright-notice:1']);
  });
});

describe('zones: only the head and foot are scanned, past lines no rule knows', () => {
  it('goes past a kept line at the head (a site name without a site suffix) and still removes the chrome below it', () => {
    const result = frame(['北岭国有林场', '首页 > 林场动态', '北岭林场：“党建+防火”织密森林防护网', '时间：2021.07.27　来源：北岭国有林场党支部', PROSE_1]);
    expect(kept(result)).toEqual(['北岭国有林场', PROSE_1]);
    expect(removedBy(result.changes, 'breadcrumb')).toEqual(['首页 > 林场动态']);
    expect(result.title).toBe('北岭林场：“党建+防火”织密森林防护网');
  });

  it('goes past a signature block at the foot and still removes the toolbar and sponsor lines below it', () => {
    const result = frame([PROSE_1, '附件：党员护林责任区创建申报表', '联系人：王林　　联系电话：0578-8123456', '松阳县林业局', '2024年3月1日', '打印本页　关闭窗口', '主办单位：松阳县人民政府办公室']);
    expect(kept(result)).toEqual([PROSE_1.trim(), '附件：党员护林责任区创建申报表', '联系人：王林　　联系电话：0578-8123456', '松阳县林业局', '2024年3月1日'].map((l) => (l === PROSE_1.trim() ? PROSE_1 : l)));
    expect(removedBy(result.changes, 'print-controls')).toEqual(['打印本页', '关闭窗口']);
    expect(removedBy(result.changes, 'site-sponsor')).toEqual(['主办单位：松阳县人民政府办公室']);
    // A bare date at the foot is a notice's own date (落款), not publication metadata.
    expect(result.meta.published).toBeNull();
  });

  it('never looks inside the article: chrome words in prose and rule-like lines between paragraphs stay', () => {
    const middle = ['（责任编辑：不是这里）', '分享到：', '上一篇：也不是这里', '网站标识码：1234567890'];
    const result = frame(['标题在此', '来源：某县林业局', PROSE_1, ...middle, PROSE_2, '版权所有：某县人民政府']);
    expect(kept(result)).toEqual([PROSE_1, ...middle, PROSE_2]);
    expect(rulesFired(result.changes)).toEqual(['copyright-notice:1', 'metadata-line:1', 'headline-to-title:1']);
  });

  it('reads past a long menu bar no rule knows: a menu is not prose', () => {
    const menu = Array.from({ length: 16 }, (_, i) => `栏目名称${'一二三四五六七八九十'[i % 10]}`).join(' | ');
    expect([...menu].length).toBeGreaterThan(80);
    const result = frame([menu, '当前位置：首页 > 工作动态', '标题在此', '来源：某县林业局', PROSE_1]);
    expect(result.title).toBe('标题在此');
    expect(kept(result)).toEqual([menu, PROSE_1]);
  });

  it('keeps a last paragraph that opens with a chrome keyword inside a word (版权所有者)', () => {
    const last = '版权所有者应当依法登记林木权属，县林业局将提供全程服务。';
    expect(kept(frame([PROSE_1, last, '版权所有：某县人民政府']))).toEqual([PROSE_1, last]);
  });

  it('edge rules fire only in the unbroken run of chrome at the page edge', () => {
    const atEdge = frame([PROSE_1, '地址：某县人民路1号', '2048']);
    expect(rulesFired(atEdge.changes)).toEqual(['view-counter:1', 'site-contact:1']);
    const pastKept = frame([PROSE_1, '地址：某县人民路1号', '2048', '某县林业局', '网站标识码：4310230001']);
    expect(kept(pastKept)).toEqual([PROSE_1, '地址：某县人民路1号', '2048', '某县林业局']);
    expect(rulesFired(pastKept.changes)).toEqual(['site-id:1']);
  });

  it('keeps an event notice\'s own 主办单位/承办单位 lines above the page footer', () => {
    const result = frame([PROSE_1, '主办单位：云溪县林业局', '承办单位：白石镇人民政府', '2024年3月1日', '网站标识码：4310230001']);
    expect(kept(result)).toEqual([PROSE_1, '主办单位：云溪县林业局', '承办单位：白石镇人民政府', '2024年3月1日']);
    expect(rulesFired(result.changes)).toEqual(['site-id:1']);
  });

  it('stops after max_lines non-blank lines', () => {
    const tight = parseBoilerplate(
      'zones: { head: { max_lines: 2 }, foot: { max_lines: 2 } }\nmetadata: { publisher: [来源], published: [], author: [], other: [], counter: [] }\nrules:\n  - { id: x, description: d, kind: line, zones: [foot], pattern: 版权所有.* }',
    );
    const changes: Change[] = [];
    const result = separateFrame([PROSE_1, '版权所有：某县', '某县林业局', '某县人民政府'].join('\n'), tight, changes);
    expect(result.lines).toContain('版权所有：某县');
  });
});

describe('toolbar segments', () => {
  it('removes a line made only of segments and separators, each reported by its rule', () => {
    const result = frame(['手机版 | 繁体版 | 无障碍版 | English', '【字号：大 中 小】　【打印本页】　【关闭窗口】', '标题在此', '发布日期：2024-03-01', PROSE_1]);
    expect(removedBy(result.changes, 'accessibility-bar')).toEqual(['手机版', '繁体版', '无障碍版', 'English']);
    expect(removedBy(result.changes, 'font-size-control')).toEqual(['【字号：大 中 小】']);
    expect(removedBy(result.changes, 'print-controls')).toEqual(['【打印本页】', '【关闭窗口】']);
  });

  it('keeps a line where a segment word is part of other text (打印厂, 关闭了)', () => {
    for (const line of ['云溪县打印厂 收藏', '镇政府关闭了3家小作坊', '打印 收藏 以及其他说明']) {
      expect(kept(frame([line, PROSE_1]))).toContain(line);
    }
  });

  it('strips trailing toolbar segments from a metadata value without eating a name', () => {
    const result = frame(['标题在此', '发布时间：2024-03-12 15:20　来源：青禾县打印厂　浏览次数：88　【字体：大 中 小】　打印', PROSE_1]);
    expect(result.meta).toEqual({ publisher: '青禾县打印厂', published: '2024-03-12 15:20', author: null });
    expect(removedBy(result.changes, 'view-counter')).toEqual(['浏览次数：88']);
    expect(removedBy(result.changes, 'print-controls')).toEqual(['打印']);
  });
});

describe('metadata lines, in any order and combination', () => {
  it.each([
    ['来源：云溪县林业局　发布时间：2024-05-16 09:32:18　作者：欧阳兰', { publisher: '云溪县林业局', published: '2024-05-16 09:32:18', author: '欧阳兰' }],
    ['作者：欧阳兰 | 日期：2023年11月08日 | 来源：云溪县林业局', { publisher: '云溪县林业局', published: '2023-11-08', author: '欧阳兰' }],
    ['2023年11月08日 10:05　来源：省林业局机关党委', { publisher: '省林业局机关党委', published: '2023-11-08 10:05', author: null }],
    ['【来源：白石镇人民政府】【发布时间：2021/7/27】', { publisher: '白石镇人民政府', published: '2021-07-27', author: null }],
    ['发布机构：松阳县林业局　来源：县融媒体中心　时间：2021.07.27', { publisher: '松阳县林业局', published: '2021-07-27', author: null }],
    ['来　　源：中共某县委（组织部）　　发布日期：2024-5-6', { publisher: '中共某县委（组织部）', published: '2024-05-06', author: null }],
    ['编辑：石磊　审核：林清　作者：程雨', { publisher: null, published: null, author: '程雨' }],
  ])('%s', (line, meta) => {
    const result = frame(['标题在此', line, PROSE_1]);
    expect(result.meta).toEqual(meta);
    expect(removedBy(result.changes, 'metadata-line')).toEqual([line]);
  });

  it('reads metadata over several lines, head and foot, the strongest key winning', () => {
    const result = frame(['标题在此', '发布时间：2024-05-16', '来源：云溪县林业局', PROSE_1, '（责任编辑：欧阳兰）', '作者：程雨']);
    expect(result.meta).toEqual({ publisher: '云溪县林业局', published: '2024-05-16', author: '程雨' });
  });

  it('leaves a line that starts with other text and merely holds a key', () => {
    const line = '一、活动时间：2024年3月12日';
    expect(kept(frame(['标题在此', '来源：某县', line, PROSE_1]))).toContain(line);
  });

  it('turns an abstract line into source metadata, not ¶1', () => {
    const abstract = '【摘要】省林业局推行“三林共治”机制，全省国有林场党组织覆盖率达到100%。';
    const result = frame(['标题在此', '来源：省林业局', abstract, PROSE_1]);
    expect(result.abstract).toBe('省林业局推行“三林共治”机制，全省国有林场党组织覆盖率达到100%。');
    expect(kept(result)).toEqual([PROSE_1]);
    expect(removedBy(result.changes, 'abstract-to-source')).toEqual([abstract]);
  });
});

describe('the headline', () => {
  it('is the line the page metadata names, even with no other chrome', () => {
    const result = frame(['青禾县自然资源局开展主题党日活动', PROSE_1], '青禾县自然资源局开展主题党日活动');
    expect(result.title).toBe('青禾县自然资源局开展主题党日活动');
    expect(kept(result)).toEqual([PROSE_1]);
  });

  it('joins a —— subtitle right above the metadata line onto the headline', () => {
    const result = frame(['“林长+网格”让每一片林地都有人管', '——区园林绿化局推进党建引领林长制纪实', '时间：2024-05-16 09:32', PROSE_1]);
    expect(result.title).toBe('“林长+网格”让每一片林地都有人管——区园林绿化局推进党建引领林长制纪实');
  });

  it('is never a menu, and never one of the article\'s own headings below the metadata', () => {
    const result = frame(['新闻 政务 服务 互动 专题', '标题在此', '来源：某县', '一、总体要求', PROSE_1]);
    expect(result.title).toBe('标题在此');
    expect(kept(result)).toEqual(['新闻 政务 服务 互动 专题', '一、总体要求', PROSE_1]);
  });

  it('with no metadata line, is the last headline-like line of the head (a site name above it stays)', () => {
    const result = frame(['北岭国有林场', '首页 > 林场动态', '北岭林场开展防火演练', '【字体：大 中 小】', '一、演练背景', PROSE_1]);
    expect(result.title).toBe('北岭林场开展防火演练');
    expect(kept(result)).toEqual(['北岭国有林场', '一、演练背景', PROSE_1]);
  });

  it('reads 您所在的位置 as a breadcrumb and a bare 阅读： as a counter', () => {
    const result = frame(['您所在的位置：首页 > 党建园地 > 工作动态', '标题在此', '发布时间：2024-03-12　来源：某市生态环境局　阅读：', PROSE_1]);
    expect(result.title).toBe('标题在此');
    expect(result.meta).toMatchObject({ publisher: '某市生态环境局', published: '2024-03-12' });
    expect(kept(result)).toEqual([PROSE_1]);
  });

  it('on a disclosure page, is the line after the catalogue record (one row a field), not the site name above it', () => {
    const title = '青溪镇2024年春季植树造林实施方案';
    const result = frame([
      '某某县人民政府', '首页 > 政务公开 > 乡镇信息 > 青溪镇', '索引号：11420500MB1234567X/2024-00031', '主题分类：农业、林业、水利',
      '发布机构：青溪镇人民政府', '成文日期：2024-02-26', '文号：青政发〔2024〕3号', '发布日期：2024-02-28', title, PROSE_1,
    ]);
    expect(result.title).toBe(title);
    expect(result.meta).toEqual({ publisher: '青溪镇人民政府', published: '2024-02-28', author: null });
    // The site's name is not the title; as a line no rule knows, it stays.
    expect(kept(result)).toEqual(['某某县人民政府', PROSE_1]);
  });

  it('on a disclosure page with several fields a row and a 标题 row, the row names the title and the line repeating it goes', () => {
    const title = '关于开展松材线虫病秋季普查的通知';
    const result = frame([
      '索　引　号：000014349/2023-01162　　发文机关：云溪县林业局', '发文字号：云林发〔2023〕41号　　成文日期：2023年09月04日', `标　　题：${title}`, title, PROSE_1,
    ]);
    expect(result.title).toBe(title);
    expect(result.meta).toMatchObject({ publisher: '云溪县林业局', published: '2023-09-04' });
    expect(kept(result)).toEqual([PROSE_1]);
    expect(removedBy(result.changes, 'headline-to-title')).toEqual([title]);
  });

  it('a record’s 标题 row alone gives the title when no line repeats it', () => {
    const result = frame(['索引号：000014349/2023-01162', '名称：云溪县林长制工作要点', PROSE_1]);
    expect(result.title).toBe('云溪县林长制工作要点');
  });

  it('after a record, a numbered heading or prose is not a title; an ordinary 来源 line keeps the headline above it', () => {
    expect(frame(['某县人民政府网', '索引号：000014349/2023-01162', '一、工作目标', PROSE_1]).title).not.toBe('一、工作目标');
    const news = frame(['某县人民政府', '县林业局开展护林宣传', '来源：县林业局　发布时间：2024-03-01', '第二行短句', PROSE_1]);
    expect(news.title).toBe('县林业局开展护林宣传');
    expect(kept(news)).toContain('第二行短句');
  });

  it('is not taken from a short first line with no chrome around it', () => {
    const result = frame(['一、总体要求', '(一)主要目标。内容。']);
    expect(result.title).toBeNull();
    expect(result.lines[0]).toBe('一、总体要求');
  });
});

describe('every rule removes a page line of our own making, and keeps prose that mentions it', () => {
  // One example per rule, in the zone it works in; written for these tests, none taken from the five sources.
  const EXAMPLES: Record<string, { zone: 'head' | 'foot'; line: string; removed?: string }> = {
    'copyright-notice': { zone: 'foot', line: 'Copyright © 2009-2024 www.qinghe-county.example All Rights Reserved' },
    'site-sponsor': { zone: 'foot', line: '主办：中共白石镇委员会　白石镇人民政府　技术保障：某某网络公司' },
    'site-id': { zone: 'foot', line: '浙ICP备11012345号-2　网站标识码：3311270005' },
    'site-contact': { zone: 'foot', line: '通讯地址：青禾县府前路1号　邮编：323000' },
    'footer-links': { zone: 'foot', line: '网站地图 | 联系我们 | 网站声明 | 隐私政策', removed: '网站地图' },
    'back-to-top': { zone: 'foot', line: '【返回顶部】' },
    breadcrumb: { zone: 'head', line: '您现在的位置：首页 >> 党建工作 >> 基层动态' },
    'site-navigation': { zone: 'head', line: '首页　机构设置　政务公开　办事服务　互动交流' },
    'site-name': { zone: 'head', line: '白石镇党建网' },
    'date-widget': { zone: 'head', line: '今天是：2024年3月12日 星期二', removed: '今天是：2024年3月12日 星期二' },
    'site-welcome': { zone: 'head', line: '您好，欢迎访问青禾县人民政府网站！', removed: '您好，欢迎访问青禾县人民政府网站！' },
    'accessibility-bar': { zone: 'head', line: '简体 | 繁体 | 无障碍阅读 | 适老化模式', removed: '简体' },
    'font-size-control': { zone: 'head', line: '字号：[大] [中] [小]', removed: '字号：[大] [中] [小]' },
    'print-controls': { zone: 'foot', line: '[打印文章] [关闭页面]', removed: '[打印文章]' },
    'share-scan-prompt': { zone: 'foot', line: '用手机扫一扫', removed: '用手机扫一扫' },
    'wechat-prompt': { zone: 'foot', line: '请扫码关注“青禾发布”微信公众号' },
    'prev-next-links': { zone: 'foot', line: '上一条：没有了' },
    'comment-box': { zone: 'foot', line: '已有 3 条评论，点击查看' },
    'view-counter': { zone: 'foot', line: '10086' },
    'submission-email': { zone: 'head', line: '投稿邮箱：qinghe_news@example.cn' },
    'site-search': { zone: 'head', line: '全站搜索：' },
    'share-bar-word-count': { zone: 'head', line: '分享 | 共计 1260 个字，预计阅读时长 4 分钟' },
    'site-masthead': { zone: 'head', line: '青禾范文网 — 记录每一份好文章' },
  };

  it('lists an example for every rule in boilerplate.yaml', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(boilerplate.rules.map((r) => r.id).sort());
  });

  it.each(Object.entries(EXAMPLES))('%s', (rule, { zone, line, removed }) => {
    const page = zone === 'head' ? [line, '标题在此', '来源：青禾县林业局', PROSE_1, PROSE_2] : ['标题在此', '来源：青禾县林业局', PROSE_1, PROSE_2, line];
    const result = frame(page);
    expect(removedBy(result.changes, rule)).toContain(removed ?? line);
    expect(kept(result)).toEqual([PROSE_1, PROSE_2]);
    // The same words inside a sentence of the article stay.
    const sentence = `　　文中写道：“${line}”，这是原文的一部分。`;
    expect(kept(frame(zone === 'head' ? [sentence, PROSE_1] : [PROSE_1, sentence]))).toContain(sentence);
  });
});

describe('the rules file', () => {
  const base = 'zones: { head: { max_lines: 5 }, foot: { max_lines: 5 } }\nmetadata: { publisher: [来源], published: [], author: [], other: [], counter: [] }\n';
  it.each([
    ['rules:\n  - { id: x, description: d, kind: middle, zones: [head], pattern: a }', /rule x: kind/],
    ['rules:\n  - { id: x, description: d, kind: line, zones: [side], pattern: a }', /rule x: zones/],
    ['rules:\n  - { id: x, description: d, kind: line, zones: [head], reach: far, pattern: a }', /rule x: reach/],
    ['rules:\n  - { id: x, description: d, kind: line, zones: [head], pattern: a }\n  - { id: x, description: d, kind: line, zones: [foot], pattern: b }', /rule x is defined twice/],
  ])('rejects a malformed rule, naming it (%#)', (rules, message) => {
    expect(() => parseBoilerplate(base + rules)).toThrow(message);
  });

  it('rejects missing zones and metadata lists', () => {
    expect(() => parseBoilerplate('rules: []')).toThrow(/zones.head.max_lines/);
    expect(() => parseBoilerplate('zones: { head: { max_lines: 5 }, foot: { max_lines: 5 } }\nrules: []')).toThrow(/metadata/);
  });

  it('every rule in the project file has a description and compiles', () => {
    expect(boilerplate.rules.length).toBeGreaterThan(15);
    expect(boilerplate.rules.every((r) => r.description.length > 10 && r.forms.length > 0)).toBe(true);
  });
});
