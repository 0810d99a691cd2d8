/** Wires the adapter to the real Excel (Excel.run) and the workbook's settings. */
import { ExcelAdapter, capabilities } from './adapter';

export * from './adapter';

export function createExcelAdapter(): ExcelAdapter {
  const isSet = (name: string, v: string) => Office.context.requirements.isSetSupported(name, v);
  return new ExcelAdapter((batch) => Excel.run(batch), capabilities(isSet));
}

const PROFILE_KEY = 'selfeval.profile';

/** The profile chosen for this workbook (stored in the workbook, so the file remembers it). */
export function savedProfile(): string | null {
  try {
    const v = Office.context.document.settings.get(PROFILE_KEY);
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function saveProfile(name: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      Office.context.document.settings.set(PROFILE_KEY, name);
      Office.context.document.settings.saveAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}
