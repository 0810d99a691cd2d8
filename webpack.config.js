// Builds the task pane (taskpane.html) and the ribbon function commands (commands.html) into dist/.
// `npm run build:taskpane` for production; `npm run dev-server` serves https://localhost:3000 for sideloading.
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const urlDev = 'https://localhost:3000';
const urlProd = (process.env.ADDIN_URL || 'https://selfeval.example.com/').replace(/\/+$/, ''); // set ADDIN_URL to your host

/**
 * Where office.js comes from (docs/addin.md): OFFICE_JS=microsoft (default, Microsoft's CDN), china (the CDN of
 * Office 365 operated by 21Vianet), self (a copy from the @microsoft/office-js package, served beside the pane:
 * `npm install --no-save @microsoft/office-js` first), or any https URL.
 */
function officeJs() {
  const v = process.env.OFFICE_JS || 'microsoft';
  const presets = {
    microsoft: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    china: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
  };
  if (v === 'self') {
    const dir = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');
    if (!fs.existsSync(path.join(dir, 'office.js')))
      throw new Error(
        'OFFICE_JS=self needs the @microsoft/office-js package: run `npm install --no-save @microsoft/office-js` first',
      );
    return { url: 'office-js/office.js', origin: null, copyFrom: dir };
  }
  const url = presets[v] || v;
  if (!/^https:\/\//.test(url)) throw new Error(`OFFICE_JS must be microsoft, china, self or an https URL, not ${v}`);
  return { url, origin: new URL(url).origin, copyFrom: null };
}

/** Writes dist/taskpane.initial.json: the JavaScript files a browser loads before the pane can run (for npm run bench). */
class InitialFilesPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('InitialFilesPlugin', (compilation) => {
      const ep = compilation.entrypoints.get('taskpane');
      if (!ep) return;
      const files = ep.getFiles().filter((f) => f.endsWith('.js'));
      fs.writeFileSync(
        path.join(compiler.options.output.path, 'taskpane.initial.json'),
        JSON.stringify(files, null, 2),
      );
    });
  }
}

/**
 * Writes the WPS add-in (docs/wps.md) after the pane is built:
 *   dist/wps/                     the add-in folder: WPS's pages (manifest.xml, ribbon.xml, index.html, main.js, the
 *                                 probe) beside the pane itself, and jsplugins.xml naming it online (ADDIN_URL/wps/);
 *   dist/wps-offline/             the same for WPS's offline mode: selfeval_<version>/ (the folder as WPS unpacks it
 *                                 into jsaddons; name_version is wpsjs's layout), selfeval_<version>.7z (its contents,
 *                                 the package jsplugins.xml names) and jsplugins.xml.
 * The pane's page allows file: scripts there too, since an offline add-in is loaded from the user's disk.
 */
class WpsAddinPlugin {
  constructor(urlProd) {
    this.urlProd = urlProd;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise('WpsAddinPlugin', async (compilation) => {
      // `webpack serve` keeps its output in memory: there is no folder to copy (npm run build writes it).
      if (process.env.WEBPACK_SERVE) return;
      const out = compiler.options.output.path;
      const { version } = require('./package.json');
      const dir = path.join(out, 'wps');
      fs.rmSync(dir, { recursive: true, force: true });
      const skip = (name) =>
        name.endsWith('.map') ||
        name.endsWith('.LICENSE.txt') ||
        name === 'manifest.xml' ||
        name === 'taskpane.initial.json' ||
        name.startsWith('commands');
      for (const name of Object.keys(compilation.assets)) {
        if (skip(name)) continue;
        const to = path.join(dir, name);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        let content = fs.readFileSync(path.join(out, name));
        if (name === 'taskpane.html')
          content = Buffer.from(
            content.toString().replace(/(default-src|script-src|worker-src) 'self'/g, "$1 'self' file:"),
          );
        fs.writeFileSync(to, content);
      }
      const addin = path.resolve(__dirname, 'src/hosts/wps/addin');
      for (const f of fs.readdirSync(addin)) fs.copyFileSync(path.join(addin, f), path.join(dir, f));
      const online = `${this.urlProd}/wps/`;
      fs.writeFileSync(
        path.join(dir, 'jsplugins.xml'),
        `<jsplugins>\n  <jspluginonline name="selfeval" type="et" url="${online}"/>\n</jsplugins>\n`,
      );
      const offlineRoot = path.join(out, 'wps-offline');
      const folder = `selfeval_${version}`;
      fs.rmSync(offlineRoot, { recursive: true, force: true });
      fs.cpSync(dir, path.join(offlineRoot, folder), { recursive: true });
      fs.rmSync(path.join(offlineRoot, folder, 'jsplugins.xml'));
      fs.writeFileSync(
        path.join(offlineRoot, 'jsplugins.xml'),
        `<jsplugins>\n  <jsplugin name="selfeval" type="et" url="${this.urlProd}/wps-offline/${folder}.7z" version="${version}"/>\n</jsplugins>\n`,
      );
      // WPS's offline mode takes a .7z of the folder's contents (wpsjs builds it with 7-Zip too): 7zip-bin's 7za.
      const sevenZip = require('7zip-bin').path7za;
      fs.chmodSync(sevenZip, 0o755); // npm does not keep the binary's execute bit
      require('child_process').execFileSync(
        sevenZip,
        ['a', '-t7z', '-bd', '-y', path.join(offlineRoot, `${folder}.7z`), '.'],
        { cwd: path.join(offlineRoot, folder), stdio: 'ignore' },
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const office = officeJs();
  // The pages' Content-Security-Policy names office.js's origin ('self' covers a self-hosted copy).
  const officeOrigin = office.origin ? ' ' + office.origin : '';
  const config = {
    devtool: 'source-map', // never an eval-based devtool: the pane's CSP forbids eval
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: {
        // The browser build of ExcelJS (self-contained); loaded lazily, only in standalone mode.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.web.json' } },
        },
      ],
      noParse: /exceljs\.min\.js$/,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        officeOrigin,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
        officeOrigin,
        officeJsUrl: office.url,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The ES5 boot script: the old-webview notice, and office.js loaded without blocking the page.
          {
            from: 'src/taskpane/boot.js',
            to: 'boot.js',
            transform: (content) => content.toString().split('__OFFICE_JS_URL__').join(office.url),
          },
          ...(office.copyFrom
            ? [{ from: office.copyFrom, to: 'office-js', globOptions: { ignore: ['**/*.debug.js'] } }]
            : []),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // Every URL, the AppDomain (no trailing slash) included, names the production host.
            transform: (content) => (dev ? content : content.toString().split(urlDev).join(urlProd)),
          },
        ],
      }),
      new InitialFilesPlugin(),
      new WpsAddinPlugin(dev ? urlDev : urlProd),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: 3000,
    },
  };
  if (dev && process.env.SELFEVAL_DEV_HTTPS !== '0') {
    // HTTPS with the Office dev certificate (office-addin-dev-certs installs it on first use).
    const devCerts = require('office-addin-dev-certs');
    config.devServer.server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
