// Runs one measurement in a plain Node process on the built code (lib/), away from ts-node's compiler heap.
// Usage: node child.js engine GRIDS.json QUICK | node child.js batch FOLDER RUNS
const fs = require('fs');
const path = require('path');
const lib = path.resolve(__dirname, '../../lib');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function engine(file, quick) {
  const { analyzeSheet } = require(path.join(lib, 'engine'));
  const { grids, big } = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const g of grids) analyzeSheet(g); // warm up
  // The machine is shared and noisy: the median of several half-second windows.
  const rates = [];
  for (let w = 0; w < (quick ? 2 : 7); w++) {
    let tables = 0;
    const t0 = performance.now();
    let elapsed = 0;
    while (elapsed < 500) {
      for (const g of grids) tables += analyzeSheet(g).report.tables.length;
      elapsed = performance.now() - t0;
    }
    rates.push((tables / elapsed) * 1000);
  }
  analyzeSheet(big);
  const times = [];
  for (let i = 0; i < (quick ? 5 : 15); i++) {
    const s = performance.now();
    analyzeSheet(big);
    times.push(performance.now() - s);
  }
  return { tablesPerSecond: Math.round(median(rates)), msPer1000RowSheet: Math.round(median(times) * 100) / 100 };
}

async function batch(folder, runs) {
  const ExcelJS = require('exceljs');
  const { main } = require(path.join(lib, 'cli/main'));
  const files = fs.readdirSync(folder).map((f) => path.join(folder, f));
  const sink = { out: () => undefined, err: () => undefined, isTTY: false };
  const bare = async () => {
    const s = performance.now();
    for (const f of files) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(f));
    return performance.now() - s;
  };
  const check = async () => {
    const s = performance.now();
    await main(['check', '--json', folder], sink);
    return performance.now() - s;
  };
  await bare();
  await check();
  const bares = [];
  const checks = [];
  const ratios = [];
  for (let k = 0; k < runs; k++) {
    // Alternate which goes first so that neither always meets a warm or a cold heap.
    let b, c;
    if (k % 2) {
      c = await check();
      b = await bare();
    } else {
      b = await bare();
      c = await check();
    }
    bares.push(b);
    checks.push(c);
    ratios.push(c / b);
  }
  return {
    files: files.length,
    checkMs: Math.round(median(checks)),
    bareParseMs: Math.round(median(bares)),
    ratio: Math.round(median(ratios) * 100) / 100,
  };
}

const [what, arg, extra] = process.argv.slice(2);
(what === 'engine' ? engine(arg, extra === '1') : batch(arg, Number(extra))).then((r) =>
  process.stdout.write(JSON.stringify(r)),
);
