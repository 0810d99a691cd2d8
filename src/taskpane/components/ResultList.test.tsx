/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyzeSheet } from '../../engine';
import { hunanProject, mofProject, set, tableWithFinding, toGrid } from '../../../test/fixtures/specs';
import { strings } from '../i18n';
import { ResultItem, ResultList } from './ResultList';

const s = strings('zh');

function itemOf(spec = mofProject(), id = 'a'): ResultItem {
  return { id, label: `${id}.xlsx`, sheets: [analyzeSheet(toGrid(spec)).report], error: null };
}

function renderList(items: ResultItem[], onSelect = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultList items={items} s={s} onSelect={onSelect} />
    </FluentProvider>,
  );
  return onSelect;
}

describe('ResultList', () => {
  it('says which profile each table was scored with, and why, in the chosen language', () => {
    renderList([itemOf(hunanProject())]);
    const line = document.querySelector('[data-profile]');
    expect(line?.getAttribute('data-profile')).toBe('hunan');
    expect(line?.textContent).toMatch(/^评分配置 hunan：一级指标标签所写分值/);
    expect(strings('en').tableProfile('hunan', 'why')).toBe('Profile hunan: why');
  });

  it('shows each finding with severity, code, cell and message, grouped by table with totals and grade', () => {
    const spec = set(tableWithFinding(), 'F3', null);
    renderList([itemOf(spec)]);
    const table = screen.getByRole('region', { name: '职业技能培训补助' });
    expect(within(table).getByText('总分：填报 99.5 / 计算 97.5 · 等级 优')).toBeTruthy();
    expect(within(table).getByText('错误 2 · 警告 1 · 提示 0')).toBeTruthy();
    const buttons = within(table).getAllByRole('button');
    expect(buttons.map((b) => `${b.getAttribute('data-code')}@${b.getAttribute('data-cell')}`)).toEqual([
      'HEADER_FIELD_MISSING@F3',
      'SCORE_MISMATCH@H12',
      'DEVIATION_NOTE_MISSING@I12',
    ]);
    expect(buttons[1].textContent).toContain('得分20与按规则计算的18不一致');
    expect(buttons[1].textContent).toContain('错误');
  });

  it('filters by severity, and each chip says plainly whether its severity is shown', () => {
    renderList([itemOf(set(tableWithFinding(), 'F3', null))]);
    const chip = (name: RegExp) => screen.getByRole('button', { name });
    expect(chip(/错误 2/).textContent).toBe('✓ 错误 2');
    expect(chip(/错误 2/).getAttribute('title')).toBe('正在显示错误，点击隐藏');
    fireEvent.click(chip(/错误 2/));
    expect(chip(/错误 2/).textContent).toBe('错误 2');
    expect(chip(/错误 2/).getAttribute('title')).toBe('已隐藏错误，点击显示');
    expect(chip(/错误 2/).getAttribute('aria-pressed')).toBe('false');
    expect(document.querySelectorAll('[data-severity=error]').length).toBe(0);
    expect(document.querySelectorAll('[data-severity=warning]').length).toBe(1);
    fireEvent.click(chip(/警告 1/));
    expect(document.querySelectorAll('[data-code]').length).toBe(0);
    fireEvent.click(chip(/错误 2/));
    expect(document.querySelectorAll('[data-severity=error]').length).toBe(2);
  });

  it('outside Excel, a finding opens its row’s target, actual, weight and scores, and closes again', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ResultList items={[itemOf(tableWithFinding())]} s={strings('zh')} detailOnSelect />
      </FluentProvider>,
    );
    const b = document.querySelector('[data-code=SCORE_MISMATCH]') as HTMLButtonElement;
    expect(b.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(b);
    expect(b.getAttribute('aria-expanded')).toBe('true');
    const detail = document.querySelector('[data-detail=H12]')!;
    expect(detail.textContent).toBe('指标1：培训人次目标 ≥500人次实际 450人次分值 20填报得分 20计算得分 18');
    fireEvent.click(b);
    expect(document.querySelector('[data-detail]')).toBeNull();
  });

  it('calls onSelect with the sheet and cell, and marks the finding as selected', () => {
    const onSelect = renderList([itemOf(tableWithFinding())]);
    const b = document.querySelector('[data-code=SCORE_MISMATCH]') as HTMLButtonElement;
    fireEvent.click(b);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }), '项目自评表', 'H12');
    expect(b.getAttribute('aria-pressed')).toBe('true');
  });

  it('says 未发现问题 for a clean table and 未发现自评表 for a workbook without one', () => {
    const none: ResultItem = {
      id: 'n',
      label: 'n.xlsx',
      sheets: [analyzeSheet({ name: '说明', rows: [[{ value: { t: 'text', v: '说明' } }]], merges: [] }).report],
      error: null,
    };
    renderList([itemOf(), none]);
    expect(screen.getByText('未发现问题')).toBeTruthy();
    expect(screen.getByText('未发现自评表')).toBeTruthy();
    expect(screen.getByText('n.xlsx')).toBeTruthy();
  });

  it('shows a file that cannot be read in an error bar with what to do', () => {
    renderList([{ id: 'x', label: 'bad.xlsx', sheets: null, error: '文件为空（0字节），请重新导出或从原始来源复制' }]);
    expect(screen.getByText('无法检查')).toBeTruthy();
    expect(screen.getByText(/请重新导出/)).toBeTruthy();
    expect(screen.getByText('bad.xlsx')).toBeTruthy();
  });

  it('renders nothing for no items', () => {
    renderList([]);
    expect(document.querySelectorAll('[data-filter]').length).toBe(0);
  });
});
