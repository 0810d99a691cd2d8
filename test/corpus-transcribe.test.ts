/**
 * The corpus importer (test/fixtures/real/transcribe.ts): each transcribed table, written into an .xlsx as a
 * spreadsheet program would hold it and imported back, gives the same grid — values, number formats and merges —
 * so a table published as an attachment can be added exactly. Cells the format cannot hold are named, not changed
 * silently.
 */
import { loadCorpus, parseTableText } from './fixtures/real/corpus';
import { transcribe } from './fixtures/real/transcribe';
import { specsToBuffer } from './fixtures/write-xlsx';
import { loadWorkbook, workbookToGrids } from '../src/hosts/xlsx';
import { Cell, SheetGrid, addr } from '../src/engine/grid';

/** Every non-empty cell (value and number format) and every merge, comparable. */
function shape(grid: SheetGrid): { cells: Record<string, string>; merges: string[] } {
  const cells: Record<string, string> = {};
  grid.rows.forEach((row, r) =>
    row?.forEach((c, col) => {
      if (c && c.value.t !== 'empty')
        cells[addr(r, col)] = JSON.stringify([c.value, c.value.t === 'number' ? (c.numFmt ?? 'General') : null]);
    }),
  );
  const merges = grid.merges.map((m) => `${addr(m.top, m.left)}:${addr(m.bottom, m.right)}`).sort();
  return { cells, merges };
}

const reparse = (rows: string[]): SheetGrid => parseTableText(rows.join('\n') + '\n', 'transcript').grid;

describe('corpus importer', () => {
  const corpus = loadCorpus();

  it.each(corpus.map((t) => [t.file, t] as const))('%s: transcribing the grid gives it back', (_f, t) => {
    const out = transcribe(t.grid);
    expect(out.notes).toEqual([]);
    expect(shape(reparse(out.rows))).toEqual(shape(t.grid));
  });

  it.each(corpus.map((t) => [t.file, t] as const))('%s: through an .xlsx file and back', async (_f, t) => {
    const rows = t.grid.rows.map((r) => (r ?? []).map((c): Cell | null => c ?? null));
    const merges = t.grid.merges.map((m) => `${addr(m.top, m.left)}:${addr(m.bottom, m.right)}`);
    const wb = await loadWorkbook(await specsToBuffer([{ name: '自评表', rows, merges }]));
    const [grid] = workbookToGrids(wb);
    expect(shape(reparse(transcribe(grid).rows))).toEqual(shape(t.grid));
  });

  it('names what the format cannot hold: a "|", a number kept as text, trailing space', () => {
    const text = (v: string): Cell => ({ value: { t: 'text', v } });
    const out = transcribe({ name: 's', rows: [[text('a|b'), text('95'), text('完成 '), text('<')]], merges: [] });
    expect(out.rows).toEqual(['| a｜b | 95 | 完成  | \\< |']);
    expect(out.notes).toEqual([
      'A1 holds "|", which the format cannot: written as "｜"',
      'B1 is the text "95", which reads back as a number',
      'C1 ends in white space, which the format drops',
    ]);
  });
});
