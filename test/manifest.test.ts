/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const attr = (el: Element, a: string) => el.getAttribute(a) ?? '';

describe('manifest.xml', () => {
  it('is well-formed XML for a task-pane add-in on Excel workbooks', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(attr(doc.documentElement, 'xsi:type')).toBe('TaskPaneApp');
    expect(all('Host').some((h) => attr(h, 'Name') === 'Workbook')).toBe(true);
    expect(all('Id')[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(attr(all('DisplayName')[0], 'DefaultValue')).toBe('绩效自评校验');
    expect(all('Override').some((o) => attr(o, 'Value') === 'Self-Evaluation Checker')).toBe(true);
  });

  it('declares ExcelApi 1.9, the set the adapter needs (pageLayout, special cells, tintAndShade)', () => {
    const set = all('Set').find((s) => attr(s, 'Name') === 'ExcelApi');
    expect(set && attr(set, 'MinVersion')).toBe('1.9');
  });

  it('opens the task pane with ?host=excel, so the page waits for Office there', () => {
    const src = all('SourceLocation').find((e) => attr(e, 'DefaultValue'));
    expect(src && attr(src, 'DefaultValue')).toMatch(/taskpane\.html\?host=excel$/);
    const url = all('bt:Url').find((e) => attr(e, 'id') === 'Taskpane.Url');
    expect(url && attr(url, 'DefaultValue')).toMatch(/taskpane\.html\?host=excel$/);
  });

  it('has unique control ids and resource ids, and every resid resolves', () => {
    const controls = all('Control').map((c) => attr(c, 'id'));
    expect(new Set(controls).size).toBe(controls.length);
    expect(controls).toEqual(['Selfeval.ShowTaskpane', 'Selfeval.CheckActiveSheet']);
    const ids = [...all('bt:Image'), ...all('bt:Url'), ...all('bt:String')].map((e) => attr(e, 'id')).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = Array.from(doc.querySelectorAll('[resid]')).map((e) => attr(e, 'resid'));
    for (const r of refs) expect(ids).toContain(r);
    expect(all('FunctionName')[0].textContent).toBe('checkActiveSheet');
    expect(fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8')).toContain(
      "associate('checkActiveSheet'",
    );
  });

  it('points every URL at the dev server and every icon at a file that exists', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    const pages: Record<string, string> = {
      'taskpane.html': 'src/taskpane/taskpane.html',
      'commands.html': 'src/commands/commands.html',
    };
    for (const u of urls) {
      expect(u.startsWith('https://localhost:3000/')).toBe(true);
      const rel = u.replace('https://localhost:3000/', '').replace(/\?.*$/, '');
      const source = rel.startsWith('assets/') ? rel : pages[rel];
      expect(`${rel}: ${source !== undefined && fs.existsSync(path.join(ROOT, source))}`).toBe(`${rel}: true`);
    }
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size); // PNG width
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });

  it('is rewritten to ADDIN_URL in the production build', () => {
    const built = path.join(ROOT, 'dist/manifest.xml');
    expect(`dist/manifest.xml built: ${fs.existsSync(built)}`).toBe('dist/manifest.xml built: true'); // npm test builds first
    const out = fs.readFileSync(built, 'utf8');
    // No localhost anywhere: the AppDomain (written without a trailing slash) included.
    expect(out).not.toMatch(/localhost/i);
    const host = (process.env.ADDIN_URL || 'https://selfeval.example.com/').replace(/\/+$/, '');
    expect(out).toContain(`<AppDomain>${host}</AppDomain>`);
    expect(out).toContain(`${host}/taskpane.html?host=excel`);
  });
});

describe('task pane Content-Security-Policy', () => {
  it('allows only the page’s own scripts and office.js’s origin, and no eval', () => {
    const built = fs.readFileSync(path.join(ROOT, 'dist/taskpane.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(built)?.[1] ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    const origin =
      process.env.OFFICE_JS && process.env.OFFICE_JS !== 'microsoft'
        ? directives['script-src'][1]
        : 'https://appsforoffice.microsoft.com';
    expect(directives['script-src']).toEqual(["'self'", origin].filter(Boolean));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'", origin].filter(Boolean));
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(built).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline script
    // Every script is the page's own: office.js is loaded by boot.js, never by a blocking tag.
    const scripts = [...built.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);
    for (const src of scripts) expect(src).not.toMatch(/^[a-z]+:/);
    expect(scripts[0]).toBe('boot.js');
    expect(scripts.some((x) => /^taskpane\.[0-9a-f]+\.js$/.test(x))).toBe(true);
  });
});

describe('boot.js, the first script of the pane', () => {
  const boot = fs.readFileSync(path.join(ROOT, 'dist/boot.js'), 'utf8');
  it('is ES5, so that Internet Explorer and Edge Legacy webviews run it and say what to do', () => {
    // acorn (webpack's parser) with ecmaVersion 5 refuses any later syntax.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- acorn ships with webpack; no types needed here
    const acorn = require('acorn') as { parse(src: string, o: { ecmaVersion: number }): unknown };
    expect(() => acorn.parse(boot, { ecmaVersion: 5 })).not.toThrow();
    expect(() =>
      acorn.parse(fs.readFileSync(path.join(ROOT, 'src/taskpane/index.tsx'), 'utf8'), { ecmaVersion: 5 }),
    ).toThrow();
    expect(boot).toContain('请升级 Office 或使用网页版');
  });
  it('loads the office.js chosen at build time, asynchronously', () => {
    expect(boot).not.toContain('__OFFICE_JS_URL__');
    const url =
      {
        undefined: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
        microsoft: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
        china: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
        self: 'office-js/office.js',
      }[String(process.env.OFFICE_JS)] ?? String(process.env.OFFICE_JS);
    expect(boot).toContain(`"${url}"`);
    expect(boot).toMatch(/\.async\s*=\s*(!0|true)/);
  });
});
