/**
 * Makes text safe to copy into a cell or note: control characters removed, long texts cut, and a
 * leading = + - @ neutralised so a host can never turn it into a formula.
 */
export function sanitizeText(s: string, max = 1000): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  let t = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  if (t.length > max) t = t.slice(0, max - 1) + '…';
  if (/^[=+\-@\t\r]/.test(t)) t = "'" + t;
  return t;
}
