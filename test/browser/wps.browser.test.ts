/**
 * The pane as WPS shows it, in real Chromium: dist/wps/ (the add-in folder itself) served on 127.0.0.1, every
 * other request blocked, `window.wps` put on the page before its scripts by test/browser/wps-fake.ts over the
 * strict fake ET. Checks, goes to a cell, writes back, undoes; the ribbon's quick check opens it checking the
 * active sheet. Skipped with a clear line when Chromium is absent, unless REQUIRE_BROWSER=1.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import golden from '../fixtures/examples.golden.json';
import { serve } from './server';
import { buildWpsFake } from './build-fake';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { EtBookData, etDataToJson } from '../support/fake-et';
import { etDataFromXlsx } from '../support/fake-et-xlsx';
import { BACKUP_SHEET, RESULT_SHEET } from '../../src/engine/own-sheets';

const ROOT = path.resolve(__dirname, '../..');
const WPS = path.join(ROOT, 'dist/wps');
const FIXTURE = path.join(ROOT, 'examples/02-湖南格式-多处错误.xlsx');
const chromiumPath = findChromium();
const built = fs.existsSync(path.join(WPS, 'taskpane.html'));
if ((!chromiumPath || !built) && process.env.REQUIRE_BROWSER === '1')
  throw new Error(`REQUIRE_BROWSER=1 but ${!chromiumPath ? 'Chromium is not installed' : 'dist/wps is not built'}`);
if (!chromiumPath || !built) console.log('The WPS pane test is skipped: Chromium or dist/wps is missing');
const describeBrowser = chromiumPath && built ? describe : describe.skip;

const shotDir =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(ROOT, 'docs')
    : fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-wps-shots-'));

const goldenCodes = (): string[] =>
  ((golden as Record<string, Array<{ tables: Array<{ findings: string[] }> }>>)['02-湖南格式-多处错误.xlsx'] ?? [])
    .flatMap((s) => s.tables.flatMap((t) => t.findings))
    .sort();

type Et = { __et: EtBookData; __etReady: Promise<void>; __storage: Record<string, unknown> };

describeBrowser('task pane in WPS (fake ET in Chromium)', () => {
  let browser: Browser;
  let srv: { url: string; close: () => Promise<void> };
  let fake = '';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-wps-browser-'));
  const errors: string[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    const json = path.join(tmp, 'fixture.json');
    fs.writeFileSync(json, etDataToJson(await etDataFromXlsx(new Uint8Array(fs.readFileSync(FIXTURE)))));
    srv = await serve(WPS, { '/__fixture.json': json });
    fake = fs.readFileSync(await buildWpsFake(path.join(tmp, 'fake')), 'utf8');
    browser = await chromium.launch({ executablePath: chromiumPath!, headless: true, args: CHROMIUM_ARGS });
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function open(query: string): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: 'zh-CN' });
    await ctx.route('**/*', (r) => {
      const u = new URL(r.request().url());
      if (u.hostname === '127.0.0.1') return r.continue();
      requested.push(u.href);
      return r.abort();
    });
    await ctx.addInitScript({ content: fake });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push('console: ' + m.text());
    });
    await page.goto(`${srv.url}/taskpane.html${query}`);
    await page.evaluate(() => (window as unknown as Et).__etReady);
    return page;
  }

  const findings = async (page: Page) => {
    await page.locator('[data-code]').first().waitFor({ timeout: 30000 });
    return page.$$eval('[data-code]', (els) =>
      els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-cell')}`),
    );
  };

  it('checks, goes to a cell, writes back naming WPS, and undoes — fetching nothing from the network', async () => {
    const page = await open('?host=wps');
    await page.getByRole('button', { name: '校验全部工作表' }).click();
    expect((await findings(page)).sort()).toEqual(goldenCodes());
    await page.locator('[data-code=SCORE_MISMATCH][data-cell=H13]').click();
    await page.waitForFunction(() => (window as unknown as Et).__et.selection?.cell === 'H13');

    await page.getByRole('button', { name: '写回得分' }).click();
    await page.getByText(/已写回 6 个单元格（浅蓝底色，批注给出原值），标出 7 个仍有问题的单元格/).waitFor();
    await page.getByText(/WPS 表格的撤销（Ctrl\+Z）不能一次撤回加载项的写回/).waitFor();
    const cell = (a: string) =>
      page.evaluate((x) => (window as unknown as Et).__et.sheets[0].cells.get(x)?.v ?? null, a);
    const sheets = () => page.evaluate(() => (window as unknown as Et).__et.sheets.map((s) => [s.name, s.visible]));
    expect(await cell('H13')).toBe(18.75);
    expect(await sheets()).toEqual([
      ['2023年项目自评', -1],
      [BACKUP_SHEET, 2],
      [RESULT_SHEET, -1],
    ]);
    await page.screenshot({ path: path.join(shotDir, 'taskpane-wps.png') });

    await page.getByRole('button', { name: '撤销写回' }).click();
    await page.getByText(/已还原/).waitFor();
    expect(await cell('H13')).toBe(20);
    expect(await sheets()).toEqual([['2023年项目自评', -1]]);

    await page.getByTestId('profile').selectOption('hunan');
    expect(await page.evaluate(() => (window as unknown as Et).__et.names)).toEqual([
      { name: 'selfeval_profile', refersTo: '="hunan"', visible: false },
    ]);
    expect(requested).toEqual([]); // no office.js, nothing else: the offline add-in works offline
    expect(errors).toEqual([]);
  });

  it('opened by 快速校验本表, checks the active sheet at once; pressed again with the pane open, checks again', async () => {
    const page = await open('?host=wps&action=check-active');
    expect((await findings(page)).sort()).toEqual(goldenCodes());
    // The user fixes a score, then presses 快速校验本表 again: the ribbon page leaves a request in PluginStorage.
    await page.evaluate(() => {
      const et = (window as unknown as Et).__et;
      et.sheets[0].cells.get('H13')!.v = 18.75;
      (window as unknown as Et).__storage.selfeval_quick_check = String(Date.now());
    });
    await page.waitForFunction(() => !document.querySelector('[data-code=SCORE_MISMATCH][data-cell=H13]'), null, {
      timeout: 10000,
    });
    expect(errors).toEqual([]);
  });
});
