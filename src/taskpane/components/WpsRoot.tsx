/**
 * Inside WPS 表格: the same pane over the WPS host. The ribbon's 快速校验本表 opens the pane with ?action=check-active,
 * or, when the pane is already open, leaves a request in PluginStorage (shared by the add-in's pages), read here.
 */
import * as React from 'react';
import type { Lang, Strings } from '../i18n';
import { ExcelPane } from './ExcelPane';
import { WpsHost } from '../../hosts/wps/host';
import type { EtApplication } from '../../hosts/wps/et';
import { startingProfile } from './ProfilePicker';

interface PluginStorage {
  getItem(key: string): unknown;
}

interface WpsWindow {
  wps?: { EtApplication?: () => EtApplication; PluginStorage?: PluginStorage };
  /** In WPS 表格's add-in pages, the spreadsheet application itself, with PluginStorage. */
  Application?: EtApplication & { PluginStorage?: PluginStorage };
}

/** The spreadsheet application, however this WPS gives it. */
function etApp(w: WpsWindow): EtApplication {
  if (typeof w.wps?.EtApplication === 'function') return w.wps.EtApplication();
  return w.Application as EtApplication;
}

/** The key the ribbon page (wps/main.js) sets for a quick check of the active sheet. */
export const QUICK_CHECK_KEY = 'selfeval_quick_check';

export default function WpsRoot({ s, lang }: { s: Strings; lang: Lang }) {
  const w = window as unknown as WpsWindow;
  const host = React.useMemo(() => new WpsHost(() => etApp(w)), [w]);
  // Read once: savedProfile asks WPS for the workbook's names.
  const [initialProfile] = React.useState(() => startingProfile(host.savedProfile()));
  const first = new URLSearchParams(window.location.search).get('action') === 'check-active' ? 1 : 0;
  const [request, setRequest] = React.useState(first);
  React.useEffect(() => {
    const storage = w.Application?.PluginStorage ?? w.wps?.PluginStorage;
    if (!storage) return;
    let seen = storage.getItem(QUICK_CHECK_KEY);
    const timer = setInterval(() => {
      const now = storage.getItem(QUICK_CHECK_KEY);
      if (now && now !== seen) setRequest((n) => n + 1);
      seen = now;
    }, 500);
    return () => clearInterval(timer);
  }, [w]);
  return (
    <ExcelPane
      s={s}
      lang={lang}
      host={host}
      program="wps"
      checkRequest={request}
      initialProfile={initialProfile}
      onProfileChange={(p) => void host.saveProfile(p)}
    />
  );
}
