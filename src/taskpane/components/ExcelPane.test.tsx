/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as fs from 'fs';
import * as path from 'path';
import { ExcelAdapter } from '../../hosts/excel';
import { fakeBookFromXlsx, fakeRun, OfficeError } from '../../../test/support/fake-excel';
import { strings } from '../i18n';
import { ExcelPane } from './ExcelPane';
import { clone, hunanProject, set } from '../../../test/fixtures/specs';
import { specsToBuffer } from '../../../test/fixtures/write-xlsx';

const EX = path.resolve(__dirname, '../../../examples/02-湖南格式-多处错误.xlsx');
const ALL = { mergedAreas: true, notes: true, comments: true, fillPattern: true, suspendCalc: true };

async function setup(counter: { syncs: number; failOnSync?: OfficeError | null } = { syncs: 0 }, bytes?: Uint8Array) {
  const book = await fakeBookFromXlsx(bytes ?? new Uint8Array(fs.readFileSync(EX)));
  const adapter = new ExcelAdapter(fakeRun(book, counter), ALL);
  const select = jest.spyOn(adapter, 'select');
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPane s={strings('zh')} lang="zh" host={adapter} initialProfile="mof2020" />
    </FluentProvider>,
  );
  return { book, adapter, select, counter };
}

describe('ExcelPane (fake Excel)', () => {
  it('checks, selects a finding’s cell, writes back and undoes', async () => {
    const { book, select } = await setup();
    fireEvent.click(screen.getByRole('button', { name: '校验全部工作表' }));
    await waitFor(() => expect(document.querySelectorAll('[data-code]').length).toBe(15));
    fireEvent.click(document.querySelector('[data-code=SCORE_MISMATCH]')!);
    expect(select).toHaveBeenCalledWith('2023年项目自评', 'H13');
    fireEvent.click(screen.getByRole('button', { name: '写回得分' }));
    await screen.findByText(/已写回 6 个单元格/);
    expect(book.sheets[0].cells.get('H13')?.v).toBe(18.75);
    expect(document.querySelectorAll('[data-code=SCORE_MISMATCH]').length).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: '撤销写回' }));
    await screen.findByText(/已还原/);
    expect(book.sheets[0].cells.get('H13')?.v).toBe(20);
    expect(book.sheets.map((s) => s.name)).toEqual(['2023年项目自评']);
  });

  it('shows what to do when Excel is in cell-edit mode', async () => {
    const counter = { syncs: 0, failOnSync: null as OfficeError | null };
    await setup(counter);
    counter.failOnSync = new OfficeError('InvalidOperationInCellEditMode', 'busy');
    fireEvent.click(screen.getByRole('button', { name: '校验当前工作表' }));
    await screen.findByText(/单元格编辑状态/);
    expect(screen.getByText('无法检查')).toBeTruthy();
  });

  it('lists each value held back by inconsistent weights, with its reason and a link to its cell', async () => {
    // 分值 typo: 30 where 产出指标（20分） leaves 10, and an entered score above it.
    const spec = set(set(clone(hunanProject()), 'G16', 30), 'H16', 25);
    const { select } = await setup({ syncs: 0 }, await specsToBuffer([spec]));
    fireEvent.click(screen.getByRole('button', { name: '写回得分' }));
    const box = await screen.findByTestId('held-back');
    expect(box.textContent).toContain('以下计算值未写入');
    expect(box.textContent).toMatch(/湖南格式!H16 — .*请先更正分值/);
    expect(box.textContent).toMatch(/湖南格式!H22 — /);
    fireEvent.click(screen.getByText('湖南格式!H16'));
    expect(select).toHaveBeenCalledWith('湖南格式', 'H16');
    expect(screen.getByText(/个计算值未写入（见下）/)).toBeTruthy();
  });

  it('says there is nothing to undo', async () => {
    await setup();
    fireEvent.click(screen.getByRole('button', { name: '撤销写回' }));
    await screen.findByText('没有可撤销的写回。');
  });
});
