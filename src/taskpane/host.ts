/**
 * Decides whether the page runs inside WPS 表格, inside Excel or as a standalone file checker — in that order — without
 * ever waiting on the network. WPS's embedded browser gives the page `window.wps` (the add-in API: CreateTaskPane,
 * EtApplication) before any script runs, so it is known at once; then Excel:
 * office.js is loaded by boot.js without blocking (window.__officeJs says when it has loaded or failed). Outside
 * Office the page becomes a file checker within `decideMs` (1 s); if Office answers later, `onLate` switches the
 * pane to Excel. Opened by Office (the manifest's URL carries ?host=excel) the page waits longer for Office.
 */
export type HostInfo =
  | { kind: 'wps'; displayLanguage: string }
  | { kind: 'excel'; displayLanguage: string }
  | { kind: 'standalone'; displayLanguage: string; officeJsFailed?: boolean };

interface OfficeLike {
  onReady?: () => Promise<{ host: string | null } | null | undefined>;
  HostType?: { Excel: string };
  context?: { displayLanguage?: string };
}

export interface OfficeJsLoad {
  state: 'loading' | 'loaded' | 'failed';
  on(cb: (state: 'loaded' | 'failed') => void): void;
}

/** What WPS's embedded browser puts on the page (docs/wps.md). */
export interface WpsLike {
  EtApplication?: () => unknown;
  CreateTaskPane?: unknown;
}

export interface HostWindow {
  wps?: WpsLike;
  /** In a WPS add-in's page, the application with the add-in API (WPS's own templates use this name). */
  Application?: WpsLike;
  Office?: OfficeLike;
  navigator?: { language?: string };
  __officeJs?: OfficeJsLoad;
}

export interface DetectOptions {
  /** How long to wait for Office before becoming a file checker. */
  decideMs?: number;
  /** Called when Office answers after the page became a file checker. */
  onLate?: (host: HostInfo) => void;
}

export const DECIDE_MS = 1000;
/** Opened by Office itself: office.js and Office get this long before the page gives up on them. */
export const OFFICE_MS = 15000;

export function detectHost(win: HostWindow = window as never, opts: DetectOptions = {}): Promise<HostInfo> {
  const nav = win.navigator?.language ?? '';
  const standalone = (officeJsFailed = false): HostInfo =>
    officeJsFailed
      ? { kind: 'standalone', displayLanguage: nav, officeJsFailed }
      : { kind: 'standalone', displayLanguage: nav };
  if (typeof win.wps?.EtApplication === 'function' || typeof win.Application?.CreateTaskPane === 'function')
    return Promise.resolve({ kind: 'wps', displayLanguage: nav });
  return new Promise((resolve) => {
    let decided = false;
    const finish = (h: HostInfo): void => {
      if (!decided) {
        decided = true;
        clearTimeout(timer);
        resolve(h);
      } else if (h.kind === 'excel') opts.onLate?.(h);
    };
    const timer = setTimeout(() => finish(standalone()), opts.decideMs ?? DECIDE_MS);
    const askOffice = (): void => {
      const office = win.Office;
      if (!office || typeof office.onReady !== 'function') return finish(standalone());
      office
        .onReady()
        .then((info) => {
          if (info && info.host && info.host === office.HostType?.Excel)
            finish({ kind: 'excel', displayLanguage: office.context?.displayLanguage || nav });
          else finish(standalone());
        })
        .catch(() => finish(standalone()));
    };
    if (win.Office) askOffice();
    else if (win.__officeJs)
      win.__officeJs.on((state) => (state === 'loaded' ? askOffice() : finish(standalone(true))));
    else finish(standalone());
  });
}
