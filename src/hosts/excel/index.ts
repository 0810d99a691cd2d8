/** Wires the Excel host to the real Excel.run, the requirement sets Excel reports, and the workbook's settings. */
import { ExcelAdapter } from './adapter';
import { capabilities } from './capabilities';

export { ExcelAdapter } from './adapter';
export type { Run, AdapterOptions, SettingsLike } from './adapter';
export { capabilities, defaultLimits } from './capabilities';
export type { Capabilities, Limits, Platform } from './capabilities';
export { ExcelUserError, explainOfficeError } from './errors';
export { officeToCell, isDateFormat, serialToIso, qualified, localAddress, areasOf, isNoFill } from './convert';

export function createExcelAdapter(): ExcelAdapter {
  const isSet = (name: string, v: string) => Office.context.requirements.isSetSupported(name, v);
  // Office.context.diagnostics.platform is "OfficeOnline" in Excel on the web (Office.PlatformType).
  const platform = String(Office.context.diagnostics?.platform) === 'OfficeOnline' ? 'web' : 'desktop';
  return new ExcelAdapter((batch) => Excel.run(batch), capabilities(isSet), {
    platform,
    settings: Office.context.document.settings,
  });
}
