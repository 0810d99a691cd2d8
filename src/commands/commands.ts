/** Ribbon function commands: 快速校验本表 checks the active sheet without opening the pane. */
import { createExcelAdapter, explainOfficeError, savedProfile } from '../hosts/excel';
import { pickLang } from '../taskpane/i18n';
import { summarize } from './summary';

async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  const lang = pickLang(Office.context.displayLanguage);
  let text: string;
  try {
    const adapter = createExcelAdapter();
    const analyses = await adapter.check('active', { profile: savedProfile() ?? undefined, lang });
    const s = summarize(analyses, lang);
    if (s.first) await adapter.select(s.first.sheet, s.first.cell);
    text = s.text;
  } catch (e) {
    text = explainOfficeError(e)[lang === 'en' ? 'en' : 'message'];
  }
  // A small dialog shows the summary (function commands have no UI of their own).
  const url = new URL('taskpane.html', window.location.href);
  url.searchParams.set('summary', text);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (res) => {
    if (res.status === Office.AsyncResultStatus.Succeeded) {
      const dialog = res.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
    }
    event.completed();
  });
}

Office.onReady(() => {
  Office.actions.associate('checkActiveSheet', checkActiveSheet);
});
