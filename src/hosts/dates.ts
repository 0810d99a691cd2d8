/** Dates as spreadsheet programs give them (a serial number and a date format), for every host. */

/** Number formats that show a date (y/d codes outside quotes and brackets). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === 'General') return false;
  const f = fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[yd]/i.test(f) && !/^[#0.,%\s]*$/.test(f);
}

/** Excel serial date (1900 system) → yyyy-mm-dd. */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}
