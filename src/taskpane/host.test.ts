import { DECIDE_MS, HostWindow, OfficeJsLoad, detectHost } from './host';
import { pickLang } from './i18n';

/** What boot.js leaves in window.__officeJs: settle it from the test. */
function officeJsLoad(): OfficeJsLoad & { settle(s: 'loaded' | 'failed'): void } {
  const listeners: Array<(s: 'loaded' | 'failed') => void> = [];
  const load = {
    state: 'loading' as OfficeJsLoad['state'],
    on: (cb: (s: 'loaded' | 'failed') => void) =>
      load.state === 'loading' ? listeners.push(cb) : cb(load.state as 'loaded' | 'failed'),
    settle: (s: 'loaded' | 'failed') => {
      load.state = s;
      listeners.splice(0).forEach((cb) => cb(s));
    },
  };
  return load;
}

const excelOffice = (language = 'en-GB') => ({
  onReady: async () => ({ host: 'Excel' }),
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: language },
});

describe('host detection', () => {
  it('decides within a second by default', () => {
    expect(DECIDE_MS).toBeLessThanOrEqual(1000);
  });
  it('is WPS first, at once, when WPS’s add-in API is on the page (even with office.js loaded too)', async () => {
    const wps = { EtApplication: () => ({}) };
    expect(await detectHost({ wps, Office: excelOffice(), navigator: { language: 'zh-CN' } })).toEqual({
      kind: 'wps',
      displayLanguage: 'zh-CN',
    });
    // A `wps` object without the spreadsheet application (WPS 文字, or a page's own variable) is not WPS 表格.
    expect((await detectHost({ wps: {}, navigator: { language: 'zh-CN' } })).kind).toBe('standalone');
  });
  it('is standalone without office.js', async () => {
    expect(await detectHost({ navigator: { language: 'en-US' } })).toEqual({
      kind: 'standalone',
      displayLanguage: 'en-US',
    });
  });
  it('is standalone when office.js loads outside Office', async () => {
    const Office = { onReady: async () => ({ host: null }), HostType: { Excel: 'Excel' } };
    expect((await detectHost({ Office, navigator: { language: 'zh-CN' } })).kind).toBe('standalone');
  });
  it('is standalone, saying so, when office.js fails to load', async () => {
    const load = officeJsLoad();
    const p = detectHost({ __officeJs: load, navigator: { language: 'zh-CN' } });
    load.settle('failed');
    expect(await p).toEqual({ kind: 'standalone', displayLanguage: 'zh-CN', officeJsFailed: true });
  });
  it('is standalone once the time is up while office.js hangs, and switches to Excel when Office answers later', async () => {
    const load = officeJsLoad();
    const win: HostWindow = { __officeJs: load, navigator: { language: 'zh-CN' } };
    const late: unknown[] = [];
    const first = await detectHost(win, { decideMs: 20, onLate: (h) => late.push(h) });
    expect(first).toEqual({ kind: 'standalone', displayLanguage: 'zh-CN' });
    win.Office = excelOffice();
    load.settle('loaded');
    await new Promise((r) => setTimeout(r, 0));
    expect(late).toEqual([{ kind: 'excel', displayLanguage: 'en-GB' }]);
  });
  it('is standalone when Office never answers', async () => {
    const Office = {
      onReady: () => new Promise<{ host: string | null }>(() => undefined),
      HostType: { Excel: 'Excel' },
    };
    expect((await detectHost({ Office }, { decideMs: 20 })).kind).toBe('standalone');
  });
  it('is Excel inside Excel, with Office’s display language, once office.js has loaded', async () => {
    const load = officeJsLoad();
    const win: HostWindow = { __officeJs: load, navigator: { language: 'zh-CN' } };
    const p = detectHost(win);
    win.Office = excelOffice();
    load.settle('loaded');
    expect(await p).toEqual({ kind: 'excel', displayLanguage: 'en-GB' });
  });
  it('speaks Chinese unless the language is another', () => {
    expect(pickLang('zh-TW')).toBe('zh');
    expect(pickLang('')).toBe('zh');
    expect(pickLang('en-US')).toBe('en');
    expect(pickLang('fr-FR')).toBe('en');
  });
});
