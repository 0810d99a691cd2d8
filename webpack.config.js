/* eslint-disable @typescript-eslint/no-var-requires */
// Builds the task pane (taskpane.html) and the ribbon function commands (commands.html) into dist/.
// `npm run build:taskpane` for production; `npm run dev-server` serves https://localhost:3000 for sideloading.
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const urlDev = 'https://localhost:3000/';
const urlProd = process.env.ADDIN_URL || 'https://selfeval.example.com/'; // set ADDIN_URL to your host

/** Writes dist/taskpane.initial.json: the JavaScript files a browser loads before the pane can run (for npm run bench). */
class InitialFilesPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('InitialFilesPlugin', (compilation) => {
      const ep = compilation.entrypoints.get('taskpane');
      if (!ep) return;
      const files = ep.getFiles().filter((f) => f.endsWith('.js'));
      fs.writeFileSync(path.join(compiler.options.output.path, 'taskpane.initial.json'), JSON.stringify(files, null, 2));
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
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
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
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
