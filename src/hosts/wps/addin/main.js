/*
 * selfeval in WPS 表格: the ribbon's callbacks (ribbon.xml). ES5, so that every WPS build runs it.
 * 校验 opens the pane (taskpane.html beside this page) with CreateTaskPane; 快速校验本表 opens it checking the active
 * sheet, or, when it is open already, leaves a request in PluginStorage that the pane reads; 环境检测 opens the probe.
 * WPS's template gives these objects as window.Application (in an add-in, the application with the add-in API:
 * CreateTaskPane, GetTaskPane, PluginStorage, ShowDialog) or window.wps.
 */
var SELFEVAL_PANE_KEY = 'selfeval_pane';
var SELFEVAL_QUICK_KEY = 'selfeval_quick_check';
var SELFEVAL_DOCK_RIGHT = 2; // msoCTPDockPositionRight

function selfevalApi() {
  return window.Application && window.Application.CreateTaskPane ? window.Application : window.wps;
}

/** The folder this page was loaded from, with a trailing slash (online: the add-in URL; offline: jsaddons). */
function selfevalBase() {
  var href = String(document.location.href).split('#')[0].split('?')[0];
  return href.slice(0, href.lastIndexOf('/') + 1);
}

function OnAddinLoad(ribbonUI) {
  var api = selfevalApi();
  if (api && typeof api === 'object') api.ribbonUI = ribbonUI;
  return true;
}

function selfevalShowPane(action) {
  var api = selfevalApi();
  var id = api.PluginStorage.getItem(SELFEVAL_PANE_KEY);
  var pane = null;
  if (id) {
    try {
      pane = api.GetTaskPane(id);
    } catch (e) {
      pane = null; // closed with its workbook: make a new one
    }
  }
  if (!pane) {
    pane = api.CreateTaskPane(
      selfevalBase() + 'taskpane.html?host=wps' + (action ? '&action=' + action : ''),
      '绩效自评校验'
    );
    api.PluginStorage.setItem(SELFEVAL_PANE_KEY, pane.ID);
  } else if (action) {
    api.PluginStorage.setItem(SELFEVAL_QUICK_KEY, String(new Date().getTime()));
  }
  pane.DockPosition = SELFEVAL_DOCK_RIGHT;
  pane.Visible = true;
}

function OnAction(control) {
  var id = control.Id;
  if (id === 'selfevalCheck') selfevalShowPane('');
  else if (id === 'selfevalQuick') selfevalShowPane('check-active');
  else if (id === 'selfevalProbe') selfevalApi().ShowDialog(selfevalBase() + 'probe.html', '环境检测', 640, 560, false);
  return true;
}

function GetImage(control) {
  return control.Id === 'selfevalProbe' ? 'assets/icon-16.png' : 'assets/icon-32.png';
}

function OnGetEnabled() {
  return true;
}
