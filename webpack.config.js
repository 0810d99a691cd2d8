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
