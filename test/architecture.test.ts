/**
 * The shape of the code (issue #12): no circular import anywhere in src/ (type-only imports included), no source
 * file over 300 lines, the engine free of hosts and I/O, and checks that never import checks.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '../src');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const sources = files(SRC);

/** The relative modules a file imports (import and export ... from, type-only included; dynamic imports too). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g),
    ...text.matchAll(/import\(\s*(?:\/\*[^*]*\*\/\s*)?'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1]);
  return specs.map((s) => {
    const base = path.resolve(path.dirname(file), s);
    for (const c of [base + '.ts', base + '.tsx', path.join(base, 'index.ts'), path.join(base, 'index.tsx')])
      if (fs.existsSync(c)) return c;
    return base; // a .json or .js asset
  });
}

const graph = new Map(sources.map((f) => [f, importsOf(f).filter((d) => sources.includes(d))]));
const rel = (f: string) => path.relative(SRC, f);

describe('the shape of the code', () => {
  it('has no circular import', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 'open');
      stack.push(f);
      for (const d of graph.get(f) ?? []) {
        if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].map(rel).join(' → '));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of sources) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('keeps every source file under 300 lines', () => {
    const long = sources
      .map((f) => [rel(f), fs.readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });

  it('keeps the engine free of hosts, the DOM pane and Node', () => {
    for (const f of sources.filter((x) => rel(x).startsWith('engine' + path.sep))) {
      const text = fs.readFileSync(f, 'utf8');
      expect({
        f: rel(f),
        bad: /from '(fs|path|os|child_process|exceljs|react)'|hosts\/|taskpane\//.test(text),
      }).toEqual({ f: rel(f), bad: false });
    }
  });

  it('has checks that never import other checks', () => {
    const dir = path.join(SRC, 'engine', 'checks');
    for (const f of sources.filter((x) => path.dirname(x) === dir && !/(index|types|util|doc)\.ts$/.test(x))) {
      const siblings = (graph.get(f) ?? []).filter((d) => path.dirname(d) === dir && !/(types|util)\.ts$/.test(d));
      expect({ f: rel(f), imports: siblings.map(rel) }).toEqual({ f: rel(f), imports: [] });
    }
  });
});
