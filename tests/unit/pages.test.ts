import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf } from '../../src/lib/ingest/html.ts';
import { ingestBytes, type IngestResult } from '../../src/lib/ingest/index.ts';

/**
 * The page fixtures (tests/fixtures/ingest, built by make.mjs from ./pages): county, province, township, forest
 * farm and city-district pages in different CMS layouts and encodings, as text and as saved web pages. Each test
 * states what cleaning must remove (rule by rule, with the text), what it must keep, and what it must read.
 */

const read = (name: string): IngestResult => ingestBytes(readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url)), { format: formatOf(name) ?? 'text' });
const fired = (result: IngestResult) => Object.fromEntries(result.report.map((r) => [r.rule, r.count]));
const removed = (result: IngestResult, rule: string) => result.changes.filter((c) => c.rule === rule).map((c) => c.text);

describe('county portal page (Hanweb-like), in five encodings', () => {
  const variants = ['county-hanweb.utf8.txt', 'county-hanweb.gbk.txt', 'county-hanweb.big5.txt', 'county-hanweb.utf16le.txt', 'county-hanweb.utf16be.txt'];
  const results = variants.map(read);
  const [utf8] = results as [IngestResult];

  it('reads each encoding', () => {
    expect(results.map((r) => r.encoding)).toEqual(['UTF-8', 'GB18030', 'Big5', 'UTF-16LE', 'UTF-16BE']);
  });

  it('gives the same title, metadata and paragraphs whatever the encoding', () => {
    for (const result of results) {
      expect(result.title).toBe('云溪县林业局推行“林长+党建”模式筑牢生态屏障');
      expect(result.meta).toEqual({ publisher: '云溪县林业局', published: '2024-05-16 09:32:18', author: '欧阳兰', abstract: null, url: null });
      expect(result.paragraphs).toEqual(utf8.paragraphs);
    }
  });

  it('removes the chrome at the head and the foot, each by its rule', () => {
    expect(fired(utf8)).toMatchObject({
      'site-name': 1, 'accessibility-bar': 4, 'site-navigation': 1, breadcrumb: 1, 'metadata-line': 2, 'view-counter': 1,
      'font-size-control': 1, 'print-controls': 3, 'share-scan-prompt': 1, 'prev-next-links': 2, 'site-sponsor': 1, 'site-id': 1,
      'copyright-notice': 1, 'headline-to-title': 1,
    });
    expect(removed(utf8, 'site-name')).toEqual(['云溪县人民政府门户网站']);
    expect(removed(utf8, 'accessibility-bar')).toEqual(['手机版', '无障碍', '长者模式', '繁体版']);
    expect(removed(utf8, 'print-controls')).toEqual(['打印', '收藏', '关闭']);
    expect(removed(utf8, 'metadata-line')).toEqual(['（责任编辑：欧阳兰）', '发布时间：2024-05-16 09:32:18　　来源：云溪县林业局　　浏览次数：1267']);
    expect(removed(utf8, 'site-id')).toEqual(['网站标识码：4310230001　湘ICP备05012345号-1　湘公网安备 43102302000123号']);
    expect(removed(utf8, 'prev-next-links')).toEqual(['下一篇：云溪县林业局开展“世界地球日”主题宣传活动', '上一篇：云溪县召开2024年森林防火工作调度会']);
  });

  it('keeps the article whole', () => {
    expect(utf8.paragraphs).toHaveLength(4);
    expect(utf8.paragraphs[0]).toMatch(/^今年以来，云溪县林业局坚持以党建引领林长制落地见效/);
    expect(utf8.paragraphs[3]).toBe('下一步，云溪县林业局将持续深化“林长+党建”模式，为建设生态强县提供坚强保障。');
  });
});

describe('province department page (TRS-like), GBK', () => {
  const result = read('province-trs.gbk.txt');
  it('reads the bare date with its time, 来源 and 作者 on one line, and the 【摘要】 as the abstract', () => {
    expect(result.encoding).toBe('GB18030');
    expect(result.title).toBe('省林业局：党建引领“三林共治” 守护江河源头生态');
    expect(result.meta).toEqual({
      publisher: '省林业局机关党委', published: '2023-11-08 10:05', author: '韩小溪', url: null,
      abstract: '省林业局机关党委以“支部建在林场上、党员冲在一线上”为抓手，推行“三林共治”机制，全省国有林场党组织覆盖率达到100%。',
    });
  });
  it('removes the bars, the toolbar, the share prompts and the footer', () => {
    expect(fired(result)).toMatchObject({
      'accessibility-bar': 4, 'site-navigation': 1, breadcrumb: 1, 'font-size-control': 1, 'print-controls': 2, 'abstract-to-source': 1,
      'share-scan-prompt': 2, 'metadata-line': 2, 'copyright-notice': 1, 'site-id': 1,
    });
    expect(removed(result, 'share-scan-prompt')).toEqual(['扫一扫在手机打开当前页', '分享到：微信 微博 QQ空间']);
    expect(result.paragraphs.map((p) => p.slice(0, 6))).toEqual(['近年来，省林', '护林有责任。', '育林有队伍。', '用林有路子。']);
  });
});

describe('forest farm page (WeChat-style repost), UTF-16LE', () => {
  const result = read('forest-farm.utf16le.txt');
  it('reads 2021.07.27, 来源 and the 编辑 at the foot', () => {
    expect(result.encoding).toBe('UTF-16LE');
    expect(result.title).toBe('北岭林场：“党建+防火”织密森林防护网');
    expect(result.meta).toMatchObject({ publisher: '北岭国有林场党支部', published: '2021-07-27', author: '石磊' });
  });
  it('removes the QR prompt, the follow prompt and the counter, and keeps the site name it does not know', () => {
    expect(removed(result, 'share-scan-prompt')).toEqual(['微信扫一扫']);
    expect(removed(result, 'wechat-prompt')).toEqual(['关注“北岭林场”公众号']);
    expect(removed(result, 'view-counter')).toEqual(['阅读量：3562']);
    expect(removed(result, 'copyright-notice')).toEqual(['Copyright © 2021 北岭国有林场 版权所有']);
    expect(result.paragraphs[0]).toBe('北岭国有林场');
    expect(result.paragraphs).toHaveLength(5);
  });
});

describe('city district bureau page, UTF-16BE', () => {
  const result = read('city-bureau.utf16be.txt');
  it('joins the —— subtitle, reads 时间 with hours and minutes, and the 摘要 line', () => {
    expect(result.encoding).toBe('UTF-16BE');
    expect(result.title).toBe('“林长+网格”让每一片林地都有人管——区园林绿化局推进党建引领林长制纪实');
    expect(result.meta).toMatchObject({ publisher: '区园林绿化局', published: '2024-05-16 09:32', author: '程雨' });
    expect(result.meta.abstract).toMatch(/^区园林绿化局党组以“林长\+网格”为抓手/);
  });
  it('removes the language bar, the correction and print links, 上一条/下一条, the comment box and the site ids', () => {
    expect(removed(result, 'accessibility-bar')).toEqual(['English', '无障碍浏览', '关怀版']);
    expect(removed(result, 'print-controls')).toEqual(['【我要纠错】', '【打印本页】', '【关闭窗口】', '打印', '纠错', '关闭']);
    expect(removed(result, 'comment-box')).toEqual(['我要评论']);
    expect(removed(result, 'site-id')).toEqual(['网站标识码：1100000045　京ICP备12345678号　京公网安备11010502030405号']);
    expect(result.paragraphs).toHaveLength(3);
  });
});

describe('county notice whose own sentences use chrome words, UTF-8', () => {
  const result = read('body-guard.utf8.txt');
  it('keeps every line of the notice: prose with 版权所有/分享到/编辑, the contact line and the signature block', () => {
    expect(result.paragraphs).toEqual([
      '各乡镇（街道）林业站，局属各单位：',
      expect.stringMatching(/^为深入推进党建引领林长制工作/),
      '一、创建内容',
      '每个党支部至少划定1个党员护林责任区，面积原则上不少于500亩。创建成果的版权所有权归县林业局，供全县交流使用。',
      '二、工作要求',
      '各单位要加强宣传，分享到朋友圈的宣传材料须经审核。编辑：各单位宣传员负责稿件初审，责任编辑：各单位分管领导负责终审。',
      '附件：党员护林责任区创建申报表',
      '联系人：王林　　联系电话：0578-8123456',
      '松阳县林业局',
      '2024年3月1日',
    ]);
  });
  it('removes only the breadcrumb, the toolbar and the sponsor line, and reads 发布机构', () => {
    expect(fired(result)).toEqual({ 'site-sponsor': 1, 'print-controls': 2, breadcrumb: 1, 'metadata-line': 1, 'headline-to-title': 1, 'edge-whitespace': 3 });
    expect(result.meta).toMatchObject({ publisher: '松阳县林业局', published: '2024-03-01', author: null });
  });
});

describe('saved web pages', () => {
  it('county portal page in GBK, <meta charset=gb2312>: the CMS meta names, the saved-from address, the article only', () => {
    const result = read('county-gbk.html');
    expect(result.format).toBe('html');
    expect(result.encoding).toBe('GB18030');
    expect(result.title).toBe('青禾县自然资源局党支部开展“党建+林长制”主题党日活动');
    expect(result.meta).toEqual({
      publisher: '青禾县自然资源局', published: '2024-03-12 15:20', author: null, abstract: null,
      url: 'https://www.qinghe-county.example/zwgk/bmdt/202403/t20240312_4521.html',
    });
    expect(result.paragraphs.map((p) => p.slice(0, 8))).toEqual(['3月12日，青禾', '活动中，党员们重', '党支部书记表示，', '据悉，今年以来，']);
    const outside = removed(result, 'html-outside-article');
    for (const chrome of ['县林业局召开春季森林防火工作会议', '当前位置：首页 > 政务公开 > 部门动态', '主办单位：青禾县人民政府办公室　承办单位：青禾县大数据发展中心', '分享到：微信 微博']) {
      expect(outside).toContain(chrome);
    }
    expect(result.body).not.toMatch(/统计|style|_hmt/);
  });

  it('province page in UTF-8: og:title, og:url, article:published_time, Author, and the 摘要 box above the article', () => {
    const result = read('province-utf8.html');
    expect(result.title).toBe('川西高原：省林草局党组推行“党建+生态护林员”工作法');
    expect(result.meta).toEqual({
      publisher: '省林业和草原局办公室', published: '2022-09-26 09:26:10', author: '罗清河',
      abstract: '省林草局党组在川西高原推行“党建+生态护林员”工作法，3.1万名生态护林员中党员占比提高到21%。',
      url: 'https://lcj.province.example/news/2022/0926/8812.html',
    });
    expect(result.paragraphs).toHaveLength(4);
    expect(result.paragraphs[1]).toMatch(/^一是建强管护队伍。/);
  });

  it('township page in Big5 (.htm, http-equiv) without CMS meta: title from <title>, date and 来源 from the header row', () => {
    const result = read('township-big5.htm');
    expect(result.encoding).toBe('Big5');
    expect(result.script.script).toBe('traditional');
    expect(result.title).toBe('白石镇林下经济联合党支部成立');
    expect(result.meta).toMatchObject({ publisher: '白石镇人民政府', published: '2021-07-20', author: null });
    expect(result.paragraphs).toHaveLength(3);
    expect(result.paragraphs[2]).toContain('看得见、摸得著、用得上');
  });
});
