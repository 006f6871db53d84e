import { describe, expect, it } from 'vitest';
import { proposeText } from '../fixtures/propose/context.ts';

const long = (text: string) => `${text}${'推动工作深度融合。'.repeat(4)}`;

describe('title and short name', () => {
  it('the headline ingest found is the title, proposed for review', () => {
    const { fields } = proposeText([long('某县林业局推行“1+3”工作法。')], { title: '某县林业局“1+3”工作法见成效' });
    expect(fields.title).toEqual({ zh: '某县林业局“1+3”工作法见成效', en: '', review: 'proposed' });
  });

  it('without one: the organisation, the model named in the opening paragraph and its brand', () => {
    const { fields } = proposeText([long('近年来,江永县林业局创新推行“235”工作法,打造“潇湘绿卫”党建品牌,')]);
    expect(fields.title.zh).toBe('江永县林业局“235”工作法：“潇湘绿卫”');
  });

  it('without a model or a brand, the first paragraph when it reads as a headline, else nothing to propose', () => {
    expect(proposeText(['江永县林业局开展植树活动', '全体党员参加植树。']).fields.title.zh).toBe('江永县林业局开展植树活动');
    expect(proposeText([long('全体党员参加植树。')]).fields.title.zh).toBe('');
  });

  it('the short name is place and model, within 16 characters, the place as short as it is still clear', () => {
    expect(proposeText([long('近年来,江永县林业局创新推行“235”工作法,打造“潇湘绿卫”党建品牌,')]).fields.short?.zh).toBe('江永·“235”');
    expect(proposeText([long('西宁市林业和草原局深化“高原绿卫”党建品牌建设,')]).fields.short?.zh).toBe('西宁·高原绿卫');
    // A town keeps its suffix: 洪林 alone is not a place name.
    expect(proposeText([long('洪林镇党委推行“镇园一体”改革,')]).fields.short?.zh).toBe('洪林镇·镇园一体');
    // Too long for 16 characters with any of the names: no short name.
    expect(proposeText([long('内蒙古自治区林业和草原局打造“守护祖国北疆亮丽风景线生态屏障”党建品牌,')]).fields.short?.zh ?? null).toBeNull();
  });
});
