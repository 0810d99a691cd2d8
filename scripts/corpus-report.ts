/** Prints how the engine fares on the real corpus: false errors/warnings, misses, totals. `npm run corpus`. */
import { loadCorpus } from '../test/fixtures/real/corpus';
import { judge } from '../test/fixtures/real/judge';

let falseErrors = 0;
let falseWarnings = 0;
let missed = 0;
let expected = 0;
let totalsWrong = 0;
const verbose = process.argv.includes('--verbose');
for (const t of loadCorpus()) {
  const v = judge(t);
  falseErrors += v.falseErrors.length;
  falseWarnings += v.falseWarnings.length;
  missed += v.missed.length;
  expected += t.expected.length;
  if (v.totalOk === false) totalsWrong++;
  const flag = v.falseErrors.length || v.missed.length || v.totalOk === false ? '✗' : '✓';
  console.log(
    `${flag} ${t.file}: false errors ${v.falseErrors.length}, false warnings ${v.falseWarnings.length}, missed ${v.missed.length}/${t.expected.length}, total ${v.computedTotal ?? '—'}${t.total !== null ? ` (expected ${t.total})` : ''}, profile ${v.profile ?? '—'}`,
  );
  if (verbose)
    for (const s of [...v.falseErrors, ...v.falseWarnings, ...v.missed.map((m) => 'missed ' + m)])
      console.log('    ' + s);
}
console.log(
  `\ncorpus: false errors ${falseErrors}, false warnings ${falseWarnings}, missed ${missed} of ${expected} expected findings, wrong totals ${totalsWrong}`,
);
