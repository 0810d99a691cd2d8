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

  it('declares the ExcelApi requirement set the adapter needs', () => {
    const set = all('Set').find((s) => attr(s, 'Name') === 'ExcelApi');
    expect(set && attr(set, 'MinVersion')).toBe('1.7');
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
    expect(fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8')).toContain("associate('checkActiveSheet'");
  });

  it('points every URL at the dev server and every icon at a file that exists', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    const pages: Record<string, string> = { 'taskpane.html': 'src/taskpane/taskpane.html', 'commands.html': 'src/commands/commands.html' };
    for (const u of urls) {
      expect(u.startsWith('https://localhost:3000/')).toBe(true);
      const rel = u.replace('https://localhost:3000/', '');
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
    expect(out).not.toContain('https://localhost:3000/');
    expect(out).toContain(process.env.ADDIN_URL || 'https://selfeval.example.com/');
  });
});

describe('task pane Content-Security-Policy', () => {
  it('allows only the page’s own scripts and the office.js CDN, and no eval', () => {
    const html = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline script
    const built = fs.readFileSync(path.join(ROOT, 'dist/taskpane.html'), 'utf8');
    expect(built).toContain(csp);
    for (const src of [...built.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]))
      expect(src.startsWith('https://appsforoffice.microsoft.com/') || !/^[a-z]+:/.test(src)).toBe(true);
  });
});
