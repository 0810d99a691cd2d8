import * as fs from 'fs';
import * as path from 'path';
import { checksMarkdown } from './doc';

it('docs/checks.md is generated from the current check metadata (run `npm run docs`)', () => {
  expect(fs.readFileSync(path.resolve(__dirname, '../../../docs/checks.md'), 'utf8')).toBe(checksMarkdown());
});
