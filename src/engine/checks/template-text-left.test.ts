import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('TEMPLATE_TEXT_LEFT', () => {
  it('reports instruction text, comparing full- and half-width punctuation', () => {
    expect(
      cellsOf(set(clone(mofProject()), 'B10', '结合自评情况，说明年度总体目标（100字以内）'), 'TEMPLATE_TEXT_LEFT'),
    ).toEqual(['B10']);
    expect(
      cellsOf(set(clone(mofProject()), 'F10', '对照年度目标,说明完成情况(200字以内)'), 'TEMPLATE_TEXT_LEFT'),
    ).toEqual(['F10']);
  });
  it('near miss: a real text that mentions 说明', () => {
    expect(
      cellsOf(set(clone(mofProject()), 'F10', '已对照年度目标完成全部培训，说明会已召开'), 'TEMPLATE_TEXT_LEFT'),
    ).toEqual([]);
  });
});
