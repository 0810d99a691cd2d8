/**
 * A stand-in for WPS's embedded browser in the Chromium tests: injected before the page's scripts (as WPS puts
 * `wps` on the page before any script runs), it gives the pane `wps.EtApplication()` over the strict fake ET of
 * test/support/fake-et.ts and `wps.PluginStorage`. The workbook is there from the first script on, as in WPS, where
 * the pane is opened from a workbook's window: it is read synchronously from /__fixture.json (the test converts the
 * .xlsx). The workbook's data is window.__et for the test to inspect.
 */
import { ALL_SWITCHES, EtBookData, etDataFromJson, fakeEt } from '../support/fake-et';

interface W {
  __et?: EtBookData;
  __etReady: Promise<void>;
  __storage: Record<string, unknown>;
  wps: unknown;
}
const w = window as unknown as W;
w.__storage = {};
w.__etReady = Promise.resolve();
// The script runs in every frame, about:blank included: only the served page has a workbook.
if (location.protocol === 'http:') {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', '/__fixture.json', false); // synchronous on purpose: the workbook exists before the pane does
  xhr.send();
  const data = etDataFromJson(xhr.responseText);
  w.__et = data;
  const { app } = fakeEt(data, ALL_SWITCHES[ALL_SWITCHES.length - 1]);
  w.wps = {
    EtApplication: () => app,
    PluginStorage: {
      getItem: (k: string) => w.__storage[k] ?? null,
      setItem: (k: string, v: unknown) => (w.__storage[k] = v),
    },
  };
}
