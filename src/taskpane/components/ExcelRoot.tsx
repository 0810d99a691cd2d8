/** Inside Excel: the adapter on the real Excel.run, and the profile remembered by the workbook. */
import * as React from 'react';
import type { Lang, Strings } from '../i18n';
import { ExcelPane } from './ExcelPane';
import { createExcelAdapter, saveProfile, savedProfile } from '../../hosts/excel';
import { PROFILES } from '../../engine/profiles';
import { AUTO_PROFILE } from '../../engine/profiles/choose';

export default function ExcelRoot({ s, lang }: { s: Strings; lang: Lang }) {
  const adapter = React.useMemo(() => createExcelAdapter(), []);
  const saved = savedProfile();
  return <ExcelPane s={s} lang={lang} adapter={adapter} initialProfile={saved && (PROFILES[saved] || saved === AUTO_PROFILE) ? saved : AUTO_PROFILE} onProfileChange={(p) => void saveProfile(p)} />;
}
