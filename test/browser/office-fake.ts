/**
 * A stand-in for office.js in the browser tests: served in place of the CDN's office.js, it makes the task
 * pane believe it runs in Excel, over the fake workbook of test/support/fake-excel.ts loaded from
 * /__fixture.xlsx. It exposes the workbook as window.__book for the test to inspect.
 */
import { FakeBook, FakeContext, fakeBookFromXlsx } from '../support/fake-excel';

interface W {
  __book?: FakeBook;
  __syncs: number;
  __settings: Record<string, unknown>;
  __actions: Record<string, (event: { completed: () => void }) => unknown>;
  __dialogs: string[];
  Office: unknown;
  Excel: unknown;
}
const w = window as unknown as W;
w.__syncs = 0;
w.__settings = {};
w.__actions = {};
w.__dialogs = [];

const bookReady: Promise<FakeBook> = fetch('/__fixture.xlsx')
  .then((r) => r.arrayBuffer())
  .then((b) => fakeBookFromXlsx(new Uint8Array(b)))
  .then((book) => (w.__book = book));

w.Office = {
  HostType: { Excel: 'Excel' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived' },
  context: {
    displayLanguage: new URLSearchParams(location.search).get('lang') || 'zh-CN',
    requirements: { isSetSupported: () => true },
    document: {
      settings: {
        get: (k: string) => w.__settings[k] ?? null,
        set: (k: string, v: unknown) => (w.__settings[k] = v),
        saveAsync: (cb?: () => void) => cb?.(),
      },
    },
    ui: {
      messageParent: () => undefined,
      displayDialogAsync: (url: string, _opts: unknown, cb?: (r: { status: string; value: unknown }) => void) => {
        w.__dialogs.push(url);
        cb?.({ status: 'succeeded', value: { addEventHandler: () => undefined, close: () => undefined } });
      },
    },
  },
  actions: { associate: (name: string, fn: W['__actions'][string]) => (w.__actions[name] = fn) },
  // Like office.js: a promise, and an optional callback.
  onReady: (cb?: (info: { host: string; platform: string }) => void) =>
    bookReady.then(() => {
      const info = { host: 'Excel', platform: 'PC' };
      cb?.(info);
      return info;
    }),
};

w.Excel = {
  run: async <T>(batch: (ctx: unknown) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(await bookReady);
    try {
      return await batch(ctx);
    } finally {
      w.__syncs += ctx.syncs;
    }
  },
};
