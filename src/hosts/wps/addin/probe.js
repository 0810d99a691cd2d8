/*
 * selfeval's probe (ES5): how this WPS returns what its documentation leaves open — the switches of the fake ET
 * (test/support/fake-et.ts) — and which Chromium its embedded browser is. Everything happens in a new workbook that
 * is closed without saving. docs/wps.md says where the result goes.
 */
function selfevalProbeApp() {
  if (window.wps && typeof window.wps.EtApplication === 'function') return window.wps.EtApplication();
  return window.Application;
}

function selfevalShape(v) {
  if (v === null) return { type: 'null' };
  if (v === undefined) return { type: 'undefined' };
  if (Object.prototype.toString.call(v) === '[object Array]') {
    var inner = [];
    for (var i = 0; i < v.length && i < 4; i++) inner.push(selfevalShape(v[i]));
    return { type: 'array', length: v.length, items: inner };
  }
  if (typeof v === 'object') return { type: 'object', text: String(v) };
  return { type: typeof v, value: v };
}

function selfevalTry(out, key, fn) {
  try {
    out[key] = fn();
  } catch (e) {
    out[key] = { error: String((e && e.message) || e) };
  }
}

function selfevalProbe() {
  var out = { userAgent: navigator.userAgent, at: new Date().toISOString() };
  var app = selfevalProbeApp();
  var wb = app.Workbooks.Add();
  try {
    var ws = wb.Sheets.Item(1);
    // Each step writes what it needs and reads it back on its own: one failing call loses only its own answer.
    selfevalTry(out, 'usedRangeStart', function () {
      ws.Range('B3').Value2 = 'x';
      return { row: ws.UsedRange.Row, column: ws.UsedRange.Column };
    });
    selfevalTry(out, 'emptyCell', function () {
      return selfevalShape(ws.Range('E10').Value2);
    });
    selfevalTry(out, 'errorCell', function () {
      ws.Range('C3').Formula = '=1/0';
      return { value2: selfevalShape(ws.Range('C3').Value2), text: ws.Range('C3').Text };
    });
    selfevalTry(out, 'oneRowBlock', function () {
      ws.Range('A5:C5').Value2 = [[1, 'a', '']];
      return selfevalShape(ws.Range('A5:C5').Value2);
    });
    selfevalTry(out, 'blockWithEmpty', function () {
      return selfevalShape(ws.Range('A5:D6').Value2);
    });
    selfevalTry(out, 'mixedNumberFormat', function () {
      ws.Range('A6').NumberFormat = '0.00';
      return selfevalShape(ws.Range('A6:B6').NumberFormat);
    });
    selfevalTry(out, 'mixedMergeCells', function () {
      ws.Range('A8:B8').Merge();
      return selfevalShape(ws.Range('A8:C8').MergeCells);
    });
    selfevalTry(out, 'noFill', function () {
      return { color: ws.Range('D3').Interior.Color, pattern: ws.Range('D3').Interior.Pattern };
    });
    selfevalTry(out, 'whiteFill', function () {
      ws.Range('D4').Interior.Color = 16777215;
      return { color: ws.Range('D4').Interior.Color, pattern: ws.Range('D4').Interior.Pattern };
    });
    selfevalTry(out, 'textStartingWithEquals', function () {
      ws.Range('D5').NumberFormat = '@';
      ws.Range('D5').Value2 = '=100%';
      return { value2: selfevalShape(ws.Range('D5').Value2), formula: selfevalShape(ws.Range('D5').Formula) };
    });
    selfevalTry(out, 'numericTextEntered', function () {
      ws.Range('D6').Value2 = '95';
      return selfevalShape(ws.Range('D6').Value2);
    });
    selfevalTry(out, 'commentOfPlainCell', function () {
      return selfevalShape(ws.Range('D3').Comment);
    });
    selfevalTry(out, 'addCommentTwice', function () {
      ws.Range('D7').AddComment('a');
      ws.Range('D7').AddComment('b');
      return 'no error';
    });
    selfevalTry(out, 'sheetsAddActivates', function () {
      var added = wb.Sheets.Add(null, wb.Sheets.Item(wb.Sheets.Count));
      return wb.ActiveSheet.Name === added.Name;
    });
    selfevalTry(out, 'veryHidden', function () {
      var s = wb.Sheets.Item(wb.Sheets.Count);
      s.Visible = 2;
      return s.Visible;
    });
  } finally {
    wb.Close(false);
  }
  return out;
}

document.getElementById('run').onclick = function () {
  var text;
  try {
    text = JSON.stringify(selfevalProbe(), null, 2);
  } catch (e) {
    text = JSON.stringify({ userAgent: navigator.userAgent, failed: String((e && e.message) || e) }, null, 2);
  }
  document.getElementById('out').value = text;
};

document.getElementById('copy').onclick = function () {
  var box = document.getElementById('out');
  box.select();
  try {
    document.execCommand('copy');
  } catch (e) {
    /* select the text by hand */
  }
};
