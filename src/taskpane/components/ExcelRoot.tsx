/** Inside Excel: the pane over the Excel host, and the profile the workbook remembers. */
import * as React from 'react';
import type { Lang, Strings } from '../i18n';
import { ExcelPane } from './ExcelPane';
import { createExcelAdapter } from '../../hosts/excel';
import { PROFILES } from '../../engine/profiles';
import { AUTO_PROFILE } from '../../engine/profiles/choose';

export default function ExcelRoot({ s, lang }: { s: Strings; lang: Lang }) {
  const host = React.useMemo(() => createExcelAdapter(), []);
  const saved = host.savedProfile();
  return (
    <ExcelPane
      s={s}
      lang={lang}
      host={host}
      initialProfile={saved && (PROFILES[saved] || saved === AUTO_PROFILE) ? saved : AUTO_PROFILE}
      onProfileChange={(p) => void host.saveProfile(p)}
    />
  );
}
