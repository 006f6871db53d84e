import { describe, expect, it } from 'vitest';
import { withEndnotes } from '../../src/lib/print/endnotes.ts';

const SITE = 'https://atlas.example.org/';

describe('withEndnotes: link targets as numbered notes for the printed handout', () => {
  it('numbers links that leave the site in order of first appearance; the same URL keeps its number', () => {
    const html = [
      '<p>见<a href="https://www.gov.cn/a.html">国务院通知</a>和<a href="http://lyj.example.gov.cn/b?id=1&amp;p=2" class="x">林业局</a>。</p>',
      '<p>再见<a href="https://www.gov.cn/a.html">通知</a>。</p>',
    ].join('');
    const { html: out, notes } = withEndnotes(html, SITE);
    expect(notes).toEqual([
      { n: 1, url: 'https://www.gov.cn/a.html', text: '国务院通知', modelColumn: undefined },
      { n: 2, url: 'http://lyj.example.gov.cn/b?id=1&p=2', text: '林业局', modelColumn: undefined },
    ]);
    expect(out).toBe(
      '<p>见<a href="https://www.gov.cn/a.html" data-endnote="1">国务院通知</a>和<a href="http://lyj.example.gov.cn/b?id=1&amp;p=2" class="x" data-endnote="2">林业局</a>。</p>' +
        '<p>再见<a href="https://www.gov.cn/a.html" data-endnote="1">通知</a>。</p>',
    );
  });

  it('leaves on-site links as they are (root-relative, fragments, the site’s own absolute URLs) unless marked', () => {
    const html =
      '<td><a href="/models/a/#q-k-1">3</a></td><a href="#p-2">¶2</a><a href="https://atlas.example.org/about/">关于</a>' +
      '<a href="mailto:x@example.org">信箱</a><a href="data:text/plain,x" download="x.bib">BibTeX</a><a>no href</a>';
    expect(withEndnotes(html, SITE)).toEqual({ html, notes: [] });
  });

  it('notes on-site links marked data-print-note, absolute, with the column they belong to', () => {
    const html =
      '<th data-model-column="a"><a href="/atlas/models/a/" data-print-note data-model-column="a">临湘·336</a></th>' +
      '<th><a data-print-note href="/atlas/models/b/" data-model-column="b" title="a > b">西宁</a></th>' +
      '<td><a href="/atlas/models/a/" data-print-note data-model-column="a"><span>临湘</span></a></td>' +
      '<a href="#p-1" data-print-note>¶1</a>';
    const { html: out, notes } = withEndnotes(html, 'https://atlas.example.org/atlas/');
    expect(notes).toEqual([
      { n: 1, url: 'https://atlas.example.org/atlas/models/a/', text: '临湘·336', modelColumn: 'a' },
      { n: 2, url: 'https://atlas.example.org/atlas/models/b/', text: '西宁', modelColumn: 'b' },
    ]);
    expect(out.match(/data-endnote="\d"/g)).toEqual(['data-endnote="1"', 'data-endnote="2"', 'data-endnote="1"']);
    // A fragment on the same page is on paper already.
    expect(out).toContain('<a href="#p-1" data-print-note>¶1</a>');
  });

  it('a link whose text is its URL needs no note, and other tags starting with a are not links', () => {
    const html =
      '<aside class="a"><abbr title="x">GB</abbr> · <a href="https://lyj.example.gov.cn/x.html">https://lyj.example.gov.cn/x.html</a></aside>' +
      '<a href="https://example.com/y" data-endnote="7">already</a>';
    expect(withEndnotes(html, SITE)).toEqual({ html, notes: [] });
  });
});
