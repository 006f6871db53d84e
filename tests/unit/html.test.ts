import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockLines, declaredCharset, extractArticle, formatOf } from '../../src/lib/ingest/html.ts';
import { readPageMeta } from '../../src/lib/ingest/page-meta.ts';
import type { Change } from '../../src/lib/ingest/report.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const meta = (html: string) => readPageMeta(parseHTML(html).document, html);

describe('formatOf', () => {
  it.each([
    ['page.html', 'html'], ['PAGE.HTM', 'html'], ['a.b.txt', 'text'], ['notes.md', null], ['noextension', null],
  ])('%s → %s', (name, format) => {
    expect(formatOf(name)).toBe(format);
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="gb2312">', 'GB18030'],
    ['<meta charset=GBK>', 'GB18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=big5">', 'Big5'],
    ['<meta charset="utf-8">', 'UTF-8'],
    ['<meta charset="shift_jis">', null],
    ['<html><head><title>无声明</title></head></html>', null],
  ])('%s → %s', (head, encoding) => {
    expect(declaredCharset(bytes(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`))).toBe(encoding);
  });

  it('finds a declaration after a long head (a browser\'s saved-from comment, scripts)', () => {
    const padding = `<!-- saved from url=(0040)https://www.example.gov.cn/a/b/c.html -->${'<script>var x=1;</script>'.repeat(100)}`;
    expect(declaredCharset(bytes(`${padding}<meta charset="gb2312">`))).toBe('GB18030');
  });
});

describe('blockLines', () => {
  it('gives one line per block, table rows with their cells side by side, and no script or style', () => {
    const { document } = parseHTML(`<html><body><div>第一段<span>接着</span></div><p>第二段<br>换行</p><ul><li>甲</li><li>乙</li></ul>
      <table><tr><td>索引号：</td><td>4306820001/2024-00123</td><td>发布机构：</td><td>县林业局</td></tr></table>
      <script>var a = "不要";</script><style>p{}</style><p>有&nbsp;空格　全角</p></body></html>`);
    expect(blockLines(document.body)).toEqual(['第一段接着', '第二段', '换行', '甲', '乙', '索引号： 4306820001/2024-00123 发布机构： 县林业局', '有 空格　全角']);
  });
});

describe('readPageMeta', () => {
  it('prefers the CMS meta names and Open Graph, and converts them to Simplified', () => {
    const page = meta(`<head><title>標題_某縣人民政府</title><meta name="ArticleTitle" content="黨建引領林長制"><meta property="og:title" content="别的标题">
      <meta name="PubDate" content="2024-05-16 09:32"><meta name="ContentSource" content="某縣林業局"><meta name="SiteName" content="某縣人民政府"></head>`);
    expect(page).toEqual({
      title: '党建引领林长制', documentTitle: '标题_某县人民政府', published: '2024-05-16 09:32', publisher: '某县林业局', siteName: '某县人民政府', author: null, url: null,
    });
  });

  it('reads article:published_time and gov.cn firstpublishedtime', () => {
    expect(meta('<meta property="article:published_time" content="2022-09-26T09:26:10+08:00">').published).toBe('2022-09-26 09:26:10');
    expect(meta('<meta name="firstpublishedtime" content="2024-05-16-09:32:18">').published).toBe('2024-05-16 09:32:18');
  });

  it('takes the address from og:url, then canonical (resolved), then Url, then the saved-from comment; never a non-web one', () => {
    expect(meta('<meta property="og:url" content="https://a.example/x.html"><link rel="canonical" href="https://b.example/">').url).toBe('https://a.example/x.html');
    expect(meta('<!-- saved from url=(0030)https://c.example/dir/page.html --><link rel="canonical" href="/zwgk/t1.html">').url).toBe('https://c.example/zwgk/t1.html');
    expect(meta('<meta name="Url" content="http://d.example/a.html">').url).toBe('http://d.example/a.html');
    expect(meta('<!-- saved from url=(0030)https://e.example/p.html -->').url).toBe('https://e.example/p.html');
    expect(meta('<link rel="canonical" href="javascript:alert(1)">').url).toBeNull();
    expect(meta('<link rel="canonical" href="/relative/only.html">').url).toBeNull();
  });
});

describe('extractArticle', () => {
  it('keeps the article, reports every line it leaves out, and reads the header lines above the article', () => {
    const html = readFileSync(new URL('../fixtures/ingest/pages/province-utf8.html', import.meta.url), 'utf8');
    const changes: Change[] = [];
    const page = extractArticle(html, changes);
    expect(page.text.split('\n')).toHaveLength(4);
    expect(page.text).not.toMatch(/热点新闻|版权所有|手机版/);
    const outside = changes.filter((c) => c.rule === 'html-outside-article').map((c) => c.text);
    expect(outside).toEqual(expect.arrayContaining(['手机版 | 繁体版 | 无障碍 | English', '热点新闻', '版权所有：省林业和草原局　地址：人民南路四段15号']));
    expect(page.header).toContain('摘要：省林草局党组在川西高原推行“党建+生态护林员”工作法，3.1万名生态护林员中党员占比提高到21%。');
  });

  it.each([
    '<meta charset="utf-8"><title>标题</title><p>今年以来，某县林业局坚持党建引领，推行林长制。</p>',
    '<!DOCTYPE html><HTML lang="zh"><p>今年以来，某县林业局坚持党建引领，推行林长制。</p></HTML>',
    '<head><title>标题</title></head><body><p>今年以来，某县林业局坚持党建引领，推行林长制。</p></body>',
  ])('reads a page that leaves out its <html> or <body> tags (%#)', (html) => {
    expect(extractArticle(html, []).text).toBe('今年以来，某县林业局坚持党建引领，推行林长制。');
  });

  it('keeps the whole page, and says so, when Readability finds no article', () => {
    const changes: Change[] = [];
    const page = extractArticle('<html><body></body></html>', changes);
    expect(page.text).toBe('');
    expect(changes).toEqual([{ rule: 'html-no-article', text: 'Readability found no article; the whole page was kept' }]);
  });
});
