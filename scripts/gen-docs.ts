/** npm run docs: regenerates docs/checks.md from the check modules' metadata. */
import * as fs from 'fs';
import * as path from 'path';
import { checksMarkdown } from '../src/engine/checks/doc';

fs.writeFileSync(path.resolve(__dirname, '../docs/checks.md'), checksMarkdown());
console.log('wrote docs/checks.md');
