/**
 * The task pane in real Chromium (Debian's, driven by playwright-core): dist/taskpane.html served on
 * 127.0.0.1 with every other request blocked, as a standalone file checker.
 * Skipped with a clear line when Chromium is absent, unless REQUIRE_BROWSER=1.
 */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkXlsx } from '../../src/hosts/xlsx';
import golden from '../fixtures/examples.golden.json';
import { makeBadCorpus } from '../fixtures/make-bad';
import { serve } from './server';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { buildOfficeFake } from './build-fake';
import { clone, mofProject, set } from '../fixtures/specs';
import { specsToBuffer } from '../fixtures/write-xlsx';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const EX = path.join(ROOT, 'examples');
const chromiumPath = findChromium();
const built = fs.existsSync(path.join(DIST, 'taskpane.html'));
if ((!chromiumPath || !built) && process.env.REQUIRE_BROWSER === '1')
  throw new Error(
    `REQUIRE_BROWSER=1 but ${!chromiumPath ? 'Chromium is not installed (apt-get install chromium)' : 'dist/ is not built (npm run build:taskpane)'}`,
  );
if (!chromiumPath)
  console.log(
    'Chromium not found: the browser tests are skipped (apt-get install chromium, or set REQUIRE_BROWSER=1 to make this an error)',
  );
if (chromiumPath && !built)
  console.log('dist/taskpane.html not built: the browser tests are skipped (npm run build:taskpane)');
const describeBrowser = chromiumPath && built ? describe : describe.skip;

/** Screenshots go to docs/ with UPDATE_SCREENSHOTS=1 (`npm run screenshots`), else to a scratch folder. */
const shotDir =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(ROOT, 'docs')
    : fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-shots-'));

const goldenCodes = (file: string): string[] =>
  ((golden as Record<string, Array<{ tables: Array<{ findings: string[] }> }>>)[file] ?? [])
    .flatMap((s) => s.tables.flatMap((t) => t.findings))
    .sort();

describeBrowser('task pane in Chromium (standalone mode, no network)', () => {
  let browser: Browser;
  let srv: { url: string; close: () => Promise<void> };
  const errors: string[] = [];
  const blocked: string[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-browser-'));
  let officeFake = '';
  const batch: Buffer[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    srv = await serve(DIST, { '/__fixture.xlsx': path.join(EX, '02-湖南格式-多处错误.xlsx') });
    officeFake = fs.readFileSync(await buildOfficeFake(path.join(tmp, 'fake')), 'utf8');
    // Ten different workbooks of ten tables each (ten sheets), for the 200-file batch.
    for (let k = 0; k < 10; k++)
      batch.push(
        await specsToBuffer(
          Array.from({ length: 10 }, (_, i) => set(clone(mofProject(`表${i + 1}`)), 'F12', `${450 + k * 5 + i}人次`)),
        ).then((b) => Buffer.from(b)),
      );
    browser = await chromium.launch({
      executablePath: chromiumPath!,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  type Remote = 'abort' | 'hang';
  async function open(
    locale = 'zh-CN',
    inExcel = false,
    query = '',
    pageName = 'taskpane.html',
    opts: { remote?: Remote; officeDelayMs?: number; userAgent?: string } = {},
  ): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({
      viewport: { width: 420, height: 900 },
      locale,
      acceptDownloads: true,
      userAgent: opts.userAgent,
    });
    await ctx.route('**/*', async (r) => {
      const u = new URL(r.request().url());
      if (u.hostname === '127.0.0.1') return r.continue();
      // "Inside Excel": office.js is replaced by the fake Office + Excel over a fake workbook.
      if (inExcel && u.href === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js') {
        if (opts.officeDelayMs) await new Promise((res) => setTimeout(res, opts.officeDelayMs));
        return r.fulfill({ status: 200, contentType: 'text/javascript', body: officeFake });
      }
      blocked.push(u.href);
      // 'hang': as on an intranet that drops traffic to the internet, the request is never answered.
      if (opts.remote === 'hang') return;
      return r.abort();
    });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
    page.on('console', (m) => {
      // The blocked office.js request is expected; anything else (CSP violations included) is not.
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push('console: ' + m.text());
    });
    // 'domcontentloaded': a hanging office.js request holds the load event back, not the page.
    await page.goto(srv.url + '/' + pageName + query, { waitUntil: 'domcontentloaded' });
    return { ctx, page };
  }

  async function findings(page: Page): Promise<string[]> {
    await page.locator('[data-code]').first().waitFor({ timeout: 30000 });
    return page.$$eval('[data-code]', (els) =>
      els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-cell')}`),
    );
  }

  it('becomes a file checker when office.js cannot load, and shows each finding with its code and cell', async () => {
    const { ctx, page } = await open();
    await page.getByRole('button', { name: '选择 .xlsx 文件' }).waitFor();
    expect(blocked.some((u) => u.includes('appsforoffice.microsoft.com'))).toBe(true);
    await page.setInputFiles('[data-testid=file-input]', [path.join(EX, '02-湖南格式-多处错误.xlsx')]);
    const got = await findings(page);
    expect(got.sort()).toEqual(goldenCodes('02-湖南格式-多处错误.xlsx'));
    await page.getByText('总分：填报 101.6 / 计算 97.08').waitFor();
    await page.screenshot({ path: path.join(shotDir, 'taskpane-standalone.png') });
    expect(fs.statSync(path.join(shotDir, 'taskpane-standalone.png')).size).toBeGreaterThan(10000);

    // The fixed copy downloads, and re-checks clean of score errors.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download]').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('02-湖南格式-多处错误.checked.xlsx');
    const saved = path.join(tmp, 'fixed.xlsx');
    await download.saveAs(saved);
    const again = await checkXlsx(new Uint8Array(fs.readFileSync(saved)));
    const codes = again.sheets.flatMap((s) => s.tables.flatMap((t) => t.findings.map((f) => f.code)));
    for (const c of ['SCORE_MISMATCH', 'BUDGET_RATE_MISMATCH', 'BUDGET_SCORE_MISMATCH', 'TOTAL_MISMATCH'])
      expect(codes).not.toContain(c);
    expect(codes).toContain('DEVIATION_NOTE_MISSING');
    await ctx.close();
  });

  async function dropFiles(page: Page, items: Array<{ name: string; b64: string }>): Promise<void> {
    await page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const it of list) {
        const bin = atob(it.b64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        dt.items.add(
          new File([bytes], it.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        );
      }
      const zone = document.querySelector('[data-testid=dropzone]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, items);
  }

  it('accepts several dropped files, broken ones included, and filters by severity', async () => {
    const bad = path.join(tmp, 'bad');
    await makeBadCorpus(bad);
    const { ctx, page } = await open();
    const files = [
      path.join(EX, '04-一表两项目.xlsx'),
      path.join(EX, '03-部门整体支出.xlsx'),
      path.join(bad, 'truncated.xlsx'),
      path.join(bad, 'lying-zip-bomb.xlsx'),
    ];
    const payload = files.map((f) => ({ name: path.basename(f), b64: fs.readFileSync(f).toString('base64') }));
    await page.getByTestId('dropzone').waitFor();
    await dropFiles(page, payload);
    // Four files: a compact list, one row each with its status; the broken ones say why.
    await page.getByTestId('file-list').waitFor();
    expect(
      await page.$$eval('[data-file-row]', (els) =>
        els.map((e) => `${e.getAttribute('data-file-row')}:${e.getAttribute('data-status')}`),
      ),
    ).toEqual([
      '04-一表两项目.xlsx:errors',
      '03-部门整体支出.xlsx:clean',
      'truncated.xlsx:unread',
      'lying-zip-bomb.xlsx:unread',
    ]);
    await page.getByText(/文件已损坏或不完整/).waitFor();
    await page.getByText(/实际内容比声明的大/).waitFor();
    // Each row opens to its findings.
    for (const name of ['04-一表两项目.xlsx', '03-部门整体支出.xlsx'])
      await page.locator(`[data-file-row="${name}"] > button`).click();
    const got = await findings(page);
    expect(got.sort()).toEqual([...goldenCodes('04-一表两项目.xlsx'), ...goldenCodes('03-部门整体支出.xlsx')].sort());
    await page.getByText('某市公共资源交易中心').waitFor();
    // Filter within an opened file: hide its errors.
    const row = page.locator('[data-file-row="04-一表两项目.xlsx"]');
    await row.locator('[data-filter=error]').click();
    expect(await row.locator('[data-severity=error]').count()).toBe(0);
    await row.locator('[data-filter=error]').click();
    expect(await row.locator('[data-severity=error]').count()).toBeGreaterThan(0);
    await ctx.close();
  });

  it('is keyboard accessible: Tab reaches the file button and the findings; Enter selects a finding', async () => {
    const { ctx, page } = await open();
    await page.setInputFiles('[data-testid=file-input]', [path.join(EX, '04-一表两项目.xlsx')]);
    await findings(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('选择 .xlsx 文件');
    const first = page.locator('[data-code]').first();
    await first.focus();
    await page.keyboard.press('Enter');
    // Outside Excel there is no cell to go to: Enter opens the finding's row values.
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    await page.locator('[data-detail]').first().waitFor();
    await ctx.close();
  });

  it('takes 200 dropped files: a compact list, a click answers within 200 ms, and 全部下载 gives a zip of 200 .xlsx; a new batch replaces it', async () => {
    const { ctx, page } = await open();
    await page.getByTestId('dropzone').waitFor();
    const files = Array.from({ length: 200 }, (_, k) => ({
      name: `${String(k).padStart(3, '0')}.xlsx`,
      b64: batch[k % batch.length].toString('base64'),
    }));
    await dropFiles(page, files);
    await page.locator('[data-file-row]').nth(199).waitFor({ timeout: 120000 });
    expect(await page.locator('[data-file-row]').count()).toBe(200);
    // A click opens one file's findings, quickly.
    const ms = await page.evaluate(async () => {
      const btn = document.querySelector('[data-file-row="100.xlsx"] > button') as HTMLButtonElement;
      const t0 = performance.now();
      btn.click();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      for (
        let i = 0;
        i < 100 &&
        !document.querySelector('[data-file-row="100.xlsx"] [data-code], [data-file-row="100.xlsx"] [data-table]');
        i++
      )
        await new Promise((r) => setTimeout(r, 5));
      return performance.now() - t0;
    });
    expect(ms).toBeLessThan(200);
    await page.screenshot({ path: path.join(shotDir, 'taskpane-batch.png') });
    // 全部下载: one zip of 200 fixed copies.
    const [zip] = await Promise.all([
      page.waitForEvent('download', { timeout: 180000 }),
      page.getByTestId('download-all').click(),
    ]);
    const saved = path.join(tmp, 'all.zip');
    await zip.saveAs(saved);
    const JSZip = (await import('jszip')).default;
    const names = Object.keys((await JSZip.loadAsync(fs.readFileSync(saved))).files);
    expect(names).toHaveLength(200);
    expect(names.every((n) => /^\d{3}\.checked\.xlsx$/.test(n))).toBe(true);
    // 下载汇总表: a row per table.
    const [summary] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-summary').click()]);
    expect(summary.suggestedFilename()).toBe('汇总表.xlsx');
    // A new batch replaces the list.
    await page.setInputFiles('[data-testid=file-input]', [path.join(EX, '04-一表两项目.xlsx')]);
    await page.getByText('两个项目').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-file-row]').length === 0);
    await ctx.close();
  }, 300000);

  it('reads an .xls (SheetJS in a Web Worker): the same findings as the .xlsx, and a fixed copy as .xlsx', async () => {
    const lo = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));
    if (!lo) {
      if (process.env.REQUIRE_SOFFICE === '1') throw new Error('REQUIRE_SOFFICE=1 but LibreOffice is not installed');
      return; // LibreOffice makes the .xls; without it (and without REQUIRE_SOFFICE) there is nothing to read
    }
    const src = path.join(EX, '02-湖南格式-多处错误.xlsx');
    execSync(
      `"${lo}" -env:UserInstallation=file://${path.join(tmp, 'lo')} --headless --convert-to xls --outdir "${tmp}" "${src}"`,
      { stdio: 'ignore' },
    );
    const { ctx, page } = await open();
    await page.setInputFiles('[data-testid=file-input]', [path.join(tmp, '02-湖南格式-多处错误.xls')]);
    const got = await findings(page);
    expect(got.sort()).toEqual(goldenCodes('02-湖南格式-多处错误.xlsx'));
    await page.getByText('原文件为 .xls/.et：修正副本保存为 .xlsx').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download]').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('02-湖南格式-多处错误.checked.xlsx');
    await ctx.close();
  });

  it('speaks English when the browser is not Chinese', async () => {
    const { ctx, page } = await open('en-US');
    await page.getByRole('button', { name: 'Choose .xlsx files' }).waitFor();
    await page.setInputFiles('[data-testid=file-input]', [path.join(EX, '04-一表两项目.xlsx')]);
    await findings(page);
    await page.getByText('Total: entered 99.5 / computed 97.5').waitFor();
    await ctx.close();
  });

  it('inside Excel (fake Office): checks, goes to a cell, writes back and undoes', async () => {
    const { ctx, page } = await open('zh-CN', true, '?host=excel');
    const syncs = () => page.evaluate(() => (window as unknown as { __syncs: number }).__syncs);
    await page.getByRole('button', { name: '校验全部工作表' }).waitFor();
    const before = await syncs(); // the pane asked once, on opening, for a profile kept in the workbook
    expect(before).toBe(1);
    await page.getByRole('button', { name: '校验全部工作表' }).click();
    const got = await findings(page);
    expect(got.sort()).toEqual(goldenCodes('02-湖南格式-多处错误.xlsx'));
    expect((await syncs()) - before).toBe(3);
    await page.locator('[data-code=SCORE_MISMATCH][data-cell=H13]').click();
    await page.waitForFunction(
      () => (window as unknown as { __book: { selection?: { address: string } } }).__book.selection?.address === 'H13',
    );
    await page.getByRole('button', { name: '写回得分' }).click();
    await page.getByText(/已写回 6 个单元格（浅蓝底色，批注给出原值），标出 7 个仍有问题的单元格/).waitFor();
    await page.getByText(/不能一次撤回加载项的写回/).waitFor();
    const cell = (a: string) =>
      page.evaluate(
        (x) =>
          (
            window as unknown as { __book: { sheets: Array<{ cells: Map<string, { v: unknown }> }> } }
          ).__book.sheets[0].cells.get(x)?.v,
        a,
      );
    expect(await cell('H13')).toBe(18.75);
    expect(await page.locator('[data-code=SCORE_MISMATCH]').count()).toBe(0);
    await page.screenshot({ path: path.join(shotDir, 'taskpane-excel.png') });
    await page.getByRole('button', { name: '撤销写回' }).click();
    await page.getByText(/已还原/).waitFor();
    expect(await cell('H13')).toBe(20);
    // The profile is remembered by the workbook.
    await page.getByTestId('profile').selectOption('hunan');
    expect(
      await page.evaluate(
        () => (window as unknown as { __settings: Record<string, unknown> }).__settings['selfeval.profile'],
      ),
    ).toBe('hunan');
    await ctx.close();
  });

  it('with every remote request left hanging, becomes a file checker within a second and shows a dropped workbook’s findings within 3 s', async () => {
    const t0 = Date.now();
    const { ctx, page } = await open('zh-CN', false, '', 'taskpane.html', { remote: 'hang' });
    await page.getByRole('button', { name: '选择 .xlsx 文件' }).waitFor();
    const ready = Date.now() - t0;
    await page.setInputFiles('[data-testid=file-input]', [path.join(EX, '02-湖南格式-多处错误.xlsx')]);
    const got = await findings(page);
    const shown = Date.now() - t0;
    expect(got.sort()).toEqual(goldenCodes('02-湖南格式-多处错误.xlsx'));
    expect({ ready: ready < 1800, shown: shown < 3000, ms: [ready, shown] }).toMatchObject({
      ready: true,
      shown: true,
    });
    await ctx.close();
  });

  it('switches to Excel when Office answers after the page became a file checker', async () => {
    const { ctx, page } = await open('zh-CN', true, '', 'taskpane.html', { officeDelayMs: 2500 });
    await page.getByRole('button', { name: '选择 .xlsx 文件' }).waitFor();
    await page.getByRole('button', { name: '校验全部工作表' }).waitFor({ timeout: 10000 });
    await ctx.close();
  });

  it('opened by Office with office.js unreachable, says so and still checks files', async () => {
    const { ctx, page } = await open('zh-CN', false, '?host=excel');
    await page.getByText(/无法加载 Office 的脚本（office.js）/).waitFor();
    await page.getByRole('button', { name: '选择 .xlsx 文件' }).waitFor();
    await ctx.close();
  });

  it('on an Internet Explorer or Edge Legacy webview, asks to update Office instead of showing a blank pane', async () => {
    for (const userAgent of [
      'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
    ]) {
      const { ctx, page } = await open('zh-CN', false, '?host=excel', 'taskpane.html', { userAgent });
      await page.getByText('请升级 Office 或使用网页版').waitFor();
      expect(await page.getByRole('button', { name: '选择 .xlsx 文件' }).count()).toBe(0);
      await ctx.close();
    }
  });

  it('the ribbon quick check’s summary dialog shows its message', async () => {
    const { ctx, page } = await open('zh-CN', true, '?summary=' + encodeURIComponent('已检查 1 张表：未发现问题。'));
    await page.getByText('已检查 1 张表：未发现问题。').waitFor();
    await ctx.close();
  });

  it('the ribbon’s quick check (commands.html) checks the active sheet, selects the first problem, shows a summary, and completes once the dialog is closed', async () => {
    const { ctx, page } = await open('zh-CN', true, '', 'commands.html');
    await page.waitForFunction(
      () =>
        typeof (window as unknown as { __actions: Record<string, unknown> }).__actions.checkActiveSheet === 'function',
    );
    type Win = {
      __actions: Record<string, (e: { completed: () => void }) => void>;
      __dialogs: string[];
      __dialogObjects: Array<{ open: boolean }>;
      __dialogMessage: (i: number, m: string) => void;
      __dialogClosedByUser: (i: number) => void;
      __failDialogs: boolean;
      __runtimeEnded: boolean;
      __completed: number;
      __book: { selection?: { address: string } };
    };
    const run = () =>
      page.evaluate(() => {
        const w = window as unknown as Win;
        w.__completed ??= 0;
        w.__runtimeEnded = false;
        w.__actions.checkActiveSheet({
          completed: () => {
            w.__completed++;
            w.__runtimeEnded = true;
          },
        });
      });
    const state = () =>
      page.evaluate(() => {
        const w = window as unknown as Win;
        return {
          dialogs: w.__dialogs,
          open: w.__dialogObjects.map((d) => d.open),
          completed: w.__completed,
          selection: w.__book.selection?.address,
        };
      });
    await run();
    await page.waitForFunction(() => (window as unknown as Win).__dialogs.length === 1);
    let st = await state();
    expect(st.selection).toBe('F4');
    expect(new URL(st.dialogs[0]).searchParams.get('summary')).toBe(
      '已检查 1 张表：错误 9 个，警告 4 个；已选中第一个问题单元格 F4。点击“校验”查看详情。',
    );
    expect(new URL(st.dialogs[0]).pathname).toBe('/taskpane.html');
    // The command is still running while its dialog is open: its OK button still works.
    expect(st.completed).toBe(0);
    await page.evaluate(() => (window as unknown as Win).__dialogMessage(0, 'close'));
    st = await state();
    expect(st.open).toEqual([false]);
    expect(st.completed).toBe(1);
    // Closed with its X instead: completes too.
    await run();
    await page.waitForFunction(() => (window as unknown as Win).__dialogs.length === 2);
    await page.evaluate(() => (window as unknown as Win).__dialogClosedByUser(1));
    expect((await state()).completed).toBe(2);
    // No dialog could be shown: completes all the same.
    await page.evaluate(() => ((window as unknown as Win).__failDialogs = true));
    await run();
    await page.waitForFunction(() => (window as unknown as Win).__completed === 3);
    await ctx.close();
  });

  it('had no page errors, no CSP violations, and sent nothing anywhere but 127.0.0.1', () => {
    expect(errors).toEqual([]);
    expect(blocked.every((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
  });
});
