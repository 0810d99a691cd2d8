/** Decides whether the page runs inside Excel or as a standalone file checker. */
export type HostInfo = { kind: 'excel'; displayLanguage: string } | { kind: 'standalone'; displayLanguage: string };

interface OfficeLike {
  onReady?: () => Promise<{ host: string | null }>;
  HostType?: { Excel: string };
  context?: { displayLanguage?: string };
}

export async function detectHost(win: { Office?: OfficeLike; navigator?: { language?: string } } = window as never, timeoutMs = 4000): Promise<HostInfo> {
  const nav = win.navigator?.language ?? '';
  const office = win.Office;
  // office.js missing (CDN unreachable, or opened as a plain page): a file checker.
  if (!office || typeof office.onReady !== 'function') return { kind: 'standalone', displayLanguage: nav };
  let info: { host: string | null } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    info = await Promise.race([office.onReady(), new Promise<null>((r) => (timer = setTimeout(() => r(null), timeoutMs)))]);
  } catch {
    info = null;
  } finally {
    clearTimeout(timer);
  }
  if (info && info.host && info.host === office.HostType?.Excel)
    return { kind: 'excel', displayLanguage: office.context?.displayLanguage || nav };
  return { kind: 'standalone', displayLanguage: nav };
}
