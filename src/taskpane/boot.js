/*
 * selfeval boot script: the first script of the page, written in ES5 so that every webview can run it.
 *  1. On the old webviews some Office versions still use (Internet Explorer 11 "Trident" and Edge Legacy
 *     "EdgeHTML"; see docs/addin.md) the pane cannot run: say so plainly instead of a blank pane.
 *  2. Load office.js without blocking the page (not in WPS, which has no use for it) (an unreachable CDN must not leave the page blank), and tell the
 *     pane when it has loaded or failed (window.__officeJs). The address is set at build time (OFFICE_JS).
 */
(function () {
  var w = window;
  var ua = navigator.userAgent || '';
  var old = /Trident\/|MSIE /.test(ua) || /Edge\/\d/.test(ua);
  if (old) {
    w.__selfevalUnsupported = true;
    document.addEventListener('DOMContentLoaded', function () {
      var root = document.getElementById('root');
      if (!root) return;
      root.innerHTML =
        '<div style="font-family:sans-serif;padding:12px;line-height:1.6">' +
        '<p style="font-size:16px;font-weight:bold">请升级 Office 或使用网页版</p>' +
        '<p>此版本的 Office 使用旧浏览器内核（Internet Explorer 或旧版 Edge）显示加载项，无法运行绩效自评校验。' +
        '请升级到 Microsoft 365 或 Office 2021 及以上版本，或在 Excel 网页版中使用；也可以用浏览器打开本页面，直接检查 .xlsx 文件。</p>' +
        '<p lang="en" style="color:#555">Please update Office or use Excel on the web: this version of Office shows add-ins in an ' +
        'old browser engine (Internet Explorer or Edge Legacy) that cannot run this add-in.</p></div>';
    });
  }
  var load = { state: 'loading', listeners: [] };
  load.on = function (cb) {
    if (load.state === 'loading') load.listeners.push(cb);
    else cb(load.state);
  };
  function settle(state) {
    if (load.state !== 'loading') return;
    load.state = state;
    for (var i = 0; i < load.listeners.length; i++) load.listeners[i](state);
    load.listeners = [];
  }
  w.__officeJs = load;
  // In WPS 表格 (its add-in API is on the page before any script) office.js is not needed: nothing is fetched.
  if (w.wps || (w.Application && w.Application.CreateTaskPane)) return;
  var s = document.createElement('script');
  s.src = '__OFFICE_JS_URL__';
  s.async = true;
  s.onload = function () {
    settle('loaded');
  };
  s.onerror = function () {
    settle('failed');
  };
  document.getElementsByTagName('head')[0].appendChild(s);
})();
