import * as fs from 'fs';
import * as path from 'path';
import { checkXlsx } from '../src/hosts/xlsx';
import golden from './fixtures/examples.golden.json';
import { goldenOf } from './support/golden';
import { exampleFiles } from './support/tmp';

/**
 * The examples' findings, pinned by code and cell. The golden file was reviewed by hand against the
 * errors planted in test/fixtures/examples.ts; a change here must be a deliberate one.
 */
describe('bundled examples (golden)', () => {
  it('covers every example file', () => {
    expect(Object.keys(golden).sort()).toEqual(
      exampleFiles()
        .map((f) => path.basename(f))
        .sort(),
    );
  });
  for (const file of exampleFiles()) {
    it(path.basename(file), async () => {
      const res = await checkXlsx(new Uint8Array(fs.readFileSync(file)));
      expect(goldenOf(res.sheets)).toEqual((golden as Record<string, unknown>)[path.basename(file)]);
    });
  }
  it('plants in the Hunan example every error it claims', () => {
    const codes = JSON.stringify((golden as Record<string, unknown>)['02-湖南格式-多处错误.xlsx']);
    for (const c of [
      'BUDGET_RATE_MISMATCH@G6',
      'SCORE_MISMATCH@H13',
      'DEVIATION_NOTE_MISSING@I16',
      'ACTUAL_NOT_NUMERIC@F17',
      'ACTUAL_COPIES_TARGET@F18',
      'TARGET_OPERATOR_NONSTANDARD@E20',
      'SCORE_EXCEEDS_WEIGHT@H21',
      'TOTAL_WEIGHT_MISMATCH@G22',
      'HEADER_FIELD_MISSING@F4',
      'TEMPLATE_TEXT_LEFT@B11',
    ])
      expect(codes).toContain(c);
  });
});
