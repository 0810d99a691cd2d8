/**
 * A stand-in for WPS's embedded browser in the Chromium tests: injected before the page's scripts (as WPS puts
 * `wps` on the page before any script runs), it gives the pane `wps.EtApplication()` over the strict fake ET of
 * test/support/fake-et.ts, loaded from /__fixture.xlsx, and `wps.PluginStorage`. The workbook's data is
 * window.__et for the test to inspect; window.__etReady resolves once it is loaded.
 */
import { EtApplication } from '../../src/hosts/wps/et';
import { ALL_SWITCHES, EtBookData, fakeEt } from '../support/fake-et';
import { etDataFromXlsx } from '../support/fake-et-xlsx';

interface W {
  __et?: EtBookData;
  __etReady: Promise<void>;
  __storage: Record<string, unknown>;
  wps: unknown;
}
const w = window as unknown as W;
let app: EtApplication | null = null;
w.__storage = {};
// The script runs in every frame, about:blank included: only the served page loads the workbook.
w.__etReady = (location.protocol === 'http:' ? fetch('/__fixture.xlsx') : new Promise<Response>(() => undefined))
  .then((r) => r.arrayBuffer())
  .then((b) => etDataFromXlsx(new Uint8Array(b)))
  .then((data) => {
    w.__et = data;
    app = fakeEt(data, ALL_SWITCHES[ALL_SWITCHES.length - 1]).app;
  });
w.wps = {
  // Before the workbook has loaded, WPS has no active workbook to give.
  EtApplication: () => app ?? ({ ActiveWorkbook: null } as unknown as EtApplication),
  PluginStorage: {
    getItem: (k: string) => w.__storage[k] ?? null,
    setItem: (k: string, v: unknown) => (w.__storage[k] = v),
  },
};
