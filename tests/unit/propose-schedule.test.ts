import { describe, expect, it } from 'vitest';
import { stageOf } from '../../src/lib/propose/schedule.ts';
import { proposeText } from '../fixtures/propose/context.ts';

/** A plan's timetable written as stage lines of its body, each opening with the stage and its dates. */

const TITLE = '青溪镇2024年林下经济提质增效工作方案';
function plan(paragraphs: string[], title: string | null = TITLE) {
  const { fields, issues } = proposeText(paragraphs, { title });
  expect(issues).toEqual([]);
  return fields;
}
const steps = (fields: ReturnType<typeof plan>) => fields.schedule.map((s) => `${s.label.zh}|${s.start}|${s.end}|${s.kind}|${s.quote}|${s.year_paragraph}`);

describe('stage lines of a plan’s timetable', () => {
  it.each([
    ['（一）宣传发动阶段（2024年3月1日至3月15日）。召开动员会。', { label: '宣传发动阶段', quote: '2024年3月1日至3月15日' }],
    ['2.集中攻坚阶段：4月至6月。', { label: '集中攻坚阶段', quote: '4月至6月' }],
    ['第三阶段（7月底前）：开展总结评估。', { label: '第三阶段', quote: '7月底前' }],
    ['2024年9月为总结提升阶段，全面梳理成效。', { label: '总结提升阶段', quote: '2024年9月' }],
  ])('%s', (line, expected) => expect(stageOf(line)).toEqual(expected));

  it.each(['（一）动员部署阶段。召开全镇动员会。', '当前正处于集中攻坚阶段，各村要加快进度。'])('%s is no dated stage', (line) => expect(stageOf(line)).toBeNull());

  it('each dated stage is a step: a span is during, a date with 前/底 a deadline; a stage without a year takes the nearest paragraph before it that states one', () => {
    const fields = plan([
      '为推动林下经济发展，2024年全镇计划新建基地3个，制定本方案。',
      '三、时间安排',
      '（一）宣传发动阶段（2024年3月1日至3月15日）。召开动员会。',
      '（二）集中攻坚阶段（3月16日至6月30日）。完成基地建设。',
      '（三）检查验收阶段（11月底前）。组织验收。',
    ]);
    expect(steps(fields)).toEqual([
      '宣传发动阶段|2024-03|2024-03|during|2024年3月1日至3月15日|null',
      '集中攻坚阶段|2024-03|2024-06|during|3月16日至6月30日|3',
      '检查验收阶段|2024-11|2024-11|deadline|11月底前|3',
    ]);
    // Their dates are the schedule's, not dates of events.
    expect(fields.excluded.filter((e) => e.paragraph >= 3).map((e) => e.reason)).toEqual(['schedule', 'schedule', 'schedule']);
  });

  it('a text that is not a plan gets no steps from a line that reads like a stage', () => {
    expect(plan(['（一）宣传发动阶段（2024年3月1日至3月15日）。召开动员会。'], '青溪镇召开林下经济推进会').schedule).toEqual([]);
  });
});
