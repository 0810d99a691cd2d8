/**
 * A stand-in for office.js in the browser tests: served in place of the CDN's office.js, it makes the task
 * pane believe it runs in Excel, over the fake workbook of test/support/fake-excel.ts loaded from
 * /__fixture.xlsx. It exposes the workbook as window.__book for the test to inspect.
 */
import { FakeBook, FakeContext, fakeBookFromXlsx } from '../support/fake-excel';

interface FakeDialog {
  url: string;
  open: boolean;
  handlers: Record<string, (arg: unknown) => void>;
}

interface W {
  __book?: FakeBook;
  __syncs: number;
  __settings: Record<string, unknown>;
  __actions: Record<string, (event: { completed: () => void }) => unknown>;
  __dialogs: string[];
  __dialogObjects: FakeDialog[];
  /** The dialog's page calls Office.context.ui.messageParent (its OK button). */
  __dialogMessage: (i: number, message: string) => void;
  /** The user closes the dialog with its X: DialogEventReceived with error 12006. */
  __dialogClosedByUser: (i: number) => void;
  /** displayDialogAsync fails (e.g. 12007: a dialog is already open). */
  __failDialogs: boolean;
  /** A function command's runtime ended (event.completed() was called): its handlers no longer run. */
  __runtimeEnded: boolean;
  Office: unknown;
  Excel: unknown;
}
const w = window as unknown as W;
w.__syncs = 0;
w.__settings = {};
w.__actions = {};
w.__dialogs = [];
w.__dialogObjects = [];
w.__failDialogs = false;
w.__runtimeEnded = false;
// Office.Dialog (https://learn.microsoft.com/javascript/api/office/office.dialog): DialogMessageReceived when the
// dialog calls messageParent, DialogEventReceived when it is closed or unloaded. Once a function command calls
// event.completed() its runtime is shut down (Office.AddinCommands.Event.completed: "the add-in ... will
// automatically be closed"), so a dialog's handlers registered by that runtime no longer run.
w.__dialogMessage = (i, message) => {
  const d = w.__dialogObjects[i];
  if (d.open && !w.__runtimeEnded) d.handlers.dialogMessageReceived?.({ message, origin: location.origin });
};
w.__dialogClosedByUser = (i) => {
  const d = w.__dialogObjects[i];
  d.open = false;
  if (!w.__runtimeEnded) d.handlers.dialogEventReceived?.({ error: 12006 });
};

const bookReady: Promise<FakeBook> = fetch('/__fixture.xlsx')
  .then((r) => r.arrayBuffer())
  .then((b) => fakeBookFromXlsx(new Uint8Array(b)))
  .then((book) => (w.__book = book));

w.Office = {
  HostType: { Excel: 'Excel' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
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
      displayDialogAsync: (
        url: string,
        _opts: unknown,
        cb?: (r: { status: string; value?: unknown; error?: { code: number } }) => void,
      ) => {
        if (w.__failDialogs) return cb?.({ status: 'failed', error: { code: 12007 } });
        w.__dialogs.push(url);
        const d: FakeDialog = { url, open: true, handlers: {} };
        w.__dialogObjects.push(d);
        cb?.({
          status: 'succeeded',
          value: {
            addEventHandler: (type: string, h: (arg: unknown) => void) => (d.handlers[type] = h),
            close: () => (d.open = false),
          },
        });
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
