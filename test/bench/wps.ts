/**
 * Calls across to WPS (ET object-model reads and writes) for a check and a write-back through the WPS host and the
 * fake ET. What one call costs in a real WPS is not known (docs/wps.md): the count is what can be measured here.
 */
import { WpsHost } from '../../src/hosts/wps/host';
import { ALL_SWITCHES, fakeEt } from '../support/fake-et';
import { etDataFromXlsx } from '../support/fake-et-xlsx';
import { tableWithFinding } from '../fixtures/specs';
import { specsToBuffer } from '../fixtures/write-xlsx';

async function callsFor(sheets: number): Promise<{ check: number; writeBack: number }> {
  const specs = Array.from({ length: sheets }, (_, i) => tableWithFinding(`表${i + 1}`));
  const data = await etDataFromXlsx(await specsToBuffer(specs));
  const et = fakeEt(data, ALL_SWITCHES[0]);
  const host = new WpsHost(() => et.app);
  await host.check('all');
  const check = et.counter.reads + et.counter.writes;
  await host.writeBack('all');
  return { check, writeBack: et.counter.reads + et.counter.writes - check };
}

export async function benchWpsCalls(): Promise<{
  '1': { check: number; writeBack: number };
  '10': { check: number; writeBack: number };
}> {
  return { '1': await callsFor(1), '10': await callsFor(10) };
}
