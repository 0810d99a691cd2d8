/**
 * Ribbon function commands: 快速校验本表 checks the active sheet without opening the pane and shows a summary
 * in a dialog. A function command's runtime ends when event.completed() is called (and with it the dialog's
 * message handler), so completed() is called once the dialog is closed — by its button or by the user — and on
 * every path where no dialog could be shown.
 */
import { createExcelAdapter, explainOfficeError } from '../hosts/excel';
import { pickLang } from '../taskpane/i18n';
import { summarize } from './summary';

export async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  let done = false;
  const complete = (): void => {
    if (done) return;
    done = true;
    event.completed();
  };
  const lang = pickLang(Office.context.displayLanguage);
  let text: string;
  try {
    const adapter = createExcelAdapter();
    const analyses = await adapter.check('active', { profile: adapter.savedProfile() ?? undefined, lang });
    const s = summarize(analyses, lang);
    if (s.first) await adapter.select(s.first.sheet, s.first.cell);
    text = s.text;
  } catch (e) {
    text = explainOfficeError(e)[lang === 'en' ? 'en' : 'message'];
  }
  // A small dialog shows the summary (function commands have no UI of their own).
  try {
    const url = new URL('taskpane.html', window.location.href);
    url.searchParams.set('summary', text);
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) return complete();
      const dialog = res.value;
      // The dialog's OK button sends a message: close it, then end the command.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        complete();
      });
      // The user closed the dialog with its X (DialogEventReceived, error 12006), or it failed to load.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => complete());
    });
  } catch {
    complete();
  }
}

Office.onReady(() => {
  Office.actions.associate('checkActiveSheet', checkActiveSheet);
});
