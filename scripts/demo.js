#!/usr/bin/env node
// npm run demo: checks the bundled examples and writes fixed copies into out/.
// check exits 1 when it finds errors (the Hunan example has them on purpose); that is the demo working.
const { main } = require('../lib/cli/main');
const path = require('path');

const io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), isTTY: !!process.stdout.isTTY };
const rel = (p) => path.relative(process.cwd(), p) || '.';
const examples = rel(path.join(__dirname, '..', 'examples'));
const out = rel(path.join(__dirname, '..', 'out'));

(async () => {
  io.out('=== selfeval check examples/ ===\n\n');
  const c = await main(['check', examples], io);
  io.out('\n=== selfeval fix examples/ -o out/ ===\n\n');
  const f = await main(['fix', examples, '-o', out], io);
  io.out(
    `\n示例已检查（check 退出码 ${c}：1 表示发现了错误），已写出修正副本到 out/。用 Excel 或 WPS 打开 out/ 中的文件查看标注与“校验结果”工作表。\n`,
  );
  process.exitCode = c === 2 || f === 2 ? 1 : 0;
})();
