/**
 * The WPS add-in folder `npm run build` emits (dist/wps, dist/wps-offline): what WPS reads from it, the ribbon's
 * callbacks, and a syntax check of every script for the browser WPS embeds.
 *
 * The target: WPS's own add-in templates (wpsjs 2.2, packages/@wps-jsapi/et_react and et_vue) build with Vite 5 and
 * its default target, which is Chrome 87 (https://app.unpkg.com/wpsjs@2.2.2/files/packages/@wps-jsapi/et_vue/package.json;
 * Vite's build.target "modules": es2020, chrome87). What a real WPS ships is not published; the probe page records
 * its user agent (docs/wps.md). Until a dump says otherwise, the bundle must parse as ES2020 and use no built-in
 * added after Chrome 87; the add-in's own pages (ribbon callbacks, probe) and boot.js are ES5.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { parse } from 'acorn';
import { version } from '../package.json';

const DIST = path.resolve(__dirname, '../dist');
const WPS = path.join(DIST, 'wps');
const built = fs.existsSync(path.join(WPS, 'ribbon.xml'));
if (!built && process.env.REQUIRE_BROWSER === '1')
  throw new Error('dist/wps is not built: run npm run build:taskpane (npm test builds it)');
const describeBuilt = built ? describe : describe.skip;

const read = (f: string) => fs.readFileSync(path.join(WPS, f), 'utf8');
const scripts = () => fs.readdirSync(WPS).filter((f) => f.endsWith('.js'));

/** Built-ins newer than Chrome 87, with the version that brought them. */
const AFTER_87: Array<[string, number]> = [
  ['structuredClone(', 98],
  ['Object.hasOwn(', 93],
  ['.findLast(', 97],
  ['.findLastIndex(', 97],
  ['.toSorted(', 110],
  ['.toReversed(', 110],
  ['.toSpliced(', 110],
  ['.at(', 92],
  ['Object.groupBy(', 117],
  ['Array.fromAsync(', 121],
];

describeBuilt('the WPS add-in folder', () => {
  it('has the files WPS reads: manifest.xml, ribbon.xml without an XML declaration, index.html loading main.js', () => {
    expect(read('manifest.xml')).toMatch(/<JsPlugin>[\s\S]*<Name>selfeval<\/Name>/);
    const ribbon = read('ribbon.xml');
    expect(ribbon.startsWith('<customUI')).toBe(true); // WPS rejects a ribbon.xml that starts with <?xml …?>
    expect(ribbon).toContain('label="校验"');
    expect(ribbon).toContain('label="快速校验本表"');
    expect(read('index.html')).toMatch(/<script src="main\.js"><\/script>/);
    expect(read('jsplugins.xml')).toMatch(/<jspluginonline name="selfeval" type="et" url="https:\/\/[^"]+\/wps\/"\/>/);
  });

  it('defines every callback the ribbon names, as a top-level function of main.js', () => {
    const names = [...read('ribbon.xml').matchAll(/(?:onLoad|onAction|getImage|getEnabled)="(\w+)"/g)].map((m) => m[1]);
    const ast = parse(read('main.js'), { ecmaVersion: 5, sourceType: 'script' }) as unknown as {
      body: Array<{ type: string; id?: { name: string } }>;
    };
    const declared = ast.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => n.id!.name);
    expect(names.length).toBeGreaterThan(3);
    for (const n of new Set(names)) expect(declared).toContain(n);
  });

  it('opens the pane with CreateTaskPane, and asks an open pane for a quick check through PluginStorage', () => {
    const storage = new Map<string, unknown>();
    const panes: Array<{ url: string; ID: string; Visible: boolean; DockPosition: number }> = [];
    const Application = {
      PluginStorage: {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: unknown) => storage.set(k, v),
      },
      CreateTaskPane: (url: string) => {
        const p = { url, ID: `pane${panes.length}`, Visible: false, DockPosition: 0 };
        panes.push(p);
        return p;
      },
      GetTaskPane: (id: string) => panes.find((p) => p.ID === id) ?? null,
      ShowDialog: () => undefined,
    };
    const window = { Application, wps: undefined };
    const ctx = vm.createContext({
      window,
      document: { location: { href: 'file:///C:/jsaddons/selfeval_0.1.0/index.html' } },
    });
    vm.runInContext(read('main.js'), ctx);
    const OnAction = (id: string) => vm.runInContext(`OnAction({ Id: ${JSON.stringify(id)} })`, ctx);
    OnAction('selfevalQuick');
    expect(panes).toHaveLength(1);
    expect(panes[0].url).toBe('file:///C:/jsaddons/selfeval_0.1.0/taskpane.html?host=wps&action=check-active');
    expect([panes[0].Visible, panes[0].DockPosition]).toEqual([true, 2]);
    OnAction('selfevalCheck');
    expect(panes).toHaveLength(1);
    expect(storage.get('selfeval_quick_check')).toBeUndefined();
    OnAction('selfevalQuick');
    expect(panes).toHaveLength(1);
    expect(typeof storage.get('selfeval_quick_check')).toBe('string');
  });

  it('the probe records every open switch and the user agent, in a new workbook closed unsaved, a failing call costing only its own answer', () => {
    // A stand-in application: every range member answers, Merge throws (as an unknown failure would), and the
    // test records what the probe did to workbooks.
    const closed: unknown[] = [];
    const range = (): Record<string, unknown> => ({
      Value2: null,
      Text: '',
      Formula: '',
      NumberFormat: null,
      MergeCells: null,
      Row: 3,
      Column: 2,
      Interior: { Color: 16777215, Pattern: -4142 },
      Comment: null,
      Merge: () => {
        throw new Error('Merge failed');
      },
      AddComment: () => undefined,
    });
    const sheet = {
      Name: 'Sheet1',
      Range: range,
      get UsedRange() {
        return range();
      },
      Visible: -1,
    };
    const wb = {
      Sheets: { Count: 1, Item: () => sheet, Add: () => sheet },
      ActiveSheet: sheet,
      Close: (save: unknown) => closed.push(save),
    };
    const app = { Workbooks: { Add: () => wb } };
    const elements: Record<string, { onclick?: () => void; value?: string; select?: () => void }> = {
      run: {},
      copy: {},
      out: { value: '', select: () => undefined },
    };
    const ctx = vm.createContext({
      window: { wps: { EtApplication: () => app } },
      document: { getElementById: (id: string) => elements[id], execCommand: () => true },
      navigator: { userAgent: 'Mozilla/5.0 Chrome/87.0.4280.141' },
      JSON,
      Date,
      Object,
      String,
    });
    vm.runInContext(read('probe.js'), ctx);
    elements.run.onclick!();
    const out = JSON.parse(elements.out.value!);
    expect(out.userAgent).toContain('Chrome/87');
    for (const key of [
      'emptyCell',
      'errorCell',
      'oneRowBlock',
      'mixedNumberFormat',
      'noFill',
      'whiteFill',
      'sheetsAddActivates',
    ])
      expect(out).toHaveProperty(key);
    expect(out.mixedMergeCells).toEqual({ error: 'Merge failed' }); // one failing call loses only its own answer
    expect(closed).toEqual([false]); // the scratch workbook is closed without saving, failure or not
  });

  it('the pane and the probe are there, and the pane’s page allows scripts from disk (offline add-in)', () => {
    const html = read('taskpane.html');
    for (const src of html.matchAll(/src="([^"]+)"/g)) expect(fs.existsSync(path.join(WPS, src[1]))).toBe(true);
    expect(html).toMatch(/script-src 'self' file:/);
    expect(read('probe.html')).toContain('probe.js');
  });

  it(`every script parses for WPS's browser: ES2020 for the bundle, ES5 for the add-in's own pages`, () => {
    const es5 = ['main.js', 'probe.js', 'boot.js'];
    for (const f of scripts()) {
      const ecmaVersion = es5.includes(f) ? 5 : 2020;
      expect(() => parse(read(f), { ecmaVersion, sourceType: 'script' })).not.toThrow();
    }
    expect(scripts().length).toBeGreaterThan(8);
  });

  it('uses no built-in added after Chrome 87', () => {
    const all = scripts().map((f) => [f, read(f)] as const);
    const found = AFTER_87.flatMap(([api, chrome]) =>
      all.filter(([, text]) => text.includes(api)).map(([f]) => `${f}: ${api} (Chrome ${chrome})`),
    );
    expect(found).toEqual([]);
  });

  it('a syntax newer than the target is caught (the check can fail)', () => {
    expect(() => parse('class A { static { } }', { ecmaVersion: 2020, sourceType: 'script' })).toThrow();
    expect(() => parse('var a = b ?? c;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it('the offline package: the same folder as selfeval_<version>, its .7z, and jsplugins.xml naming it', () => {
    const off = path.join(DIST, 'wps-offline');
    const folder = path.join(off, `selfeval_${version}`);
    const list = (d: string): string[] =>
      fs
        .readdirSync(d, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? list(path.join(d, e.name)).map((x) => `${e.name}/${x}`) : [e.name]))
        .sort();
    expect(list(folder)).toEqual(list(WPS).filter((f) => f !== 'jsplugins.xml'));
    const sevenZ = fs.readFileSync(path.join(off, `selfeval_${version}.7z`));
    expect(sevenZ.subarray(0, 6).toString('hex')).toBe('377abcaf271c'); // the 7z signature
    expect(fs.readFileSync(path.join(off, 'jsplugins.xml'), 'utf8')).toContain(
      `<jsplugin name="selfeval" type="et" url="`,
    );
    expect(fs.readFileSync(path.join(off, 'jsplugins.xml'), 'utf8')).toContain(
      `selfeval_${version}.7z" version="${version}"`,
    );
  });
});
