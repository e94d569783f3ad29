// Builds the task pane, the ribbon commands page and the commands' message dialog into dist/.
//   npm run build                      office.js from Microsoft's CDN
//   OFFICE_JS=local npm run build      office.js served from the add-in's own host (copied from @microsoft/office-js),
//                                      for networks that block outside hosts
//   npm run dev-server                 the same over https://localhost:3000 with office-addin-dev-certs
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { BundleSizePlugin } = require('./scripts/bundleSizePlugin');

const DEV_SERVER_PORT = 3000;
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS_DIR = 'office-js';
const EMPTY_STYLE_HASH = `sha256-${require('crypto').createHash('sha256').update('').digest('base64')}`;
/** The task pane's own JavaScript, gzipped (office.js not counted). */
const TASKPANE_BUDGET_BYTES = 200 * 1024;

/** Where office.js comes from: OFFICE_JS_URL wins (tests point it at a scripted host), then OFFICE_JS=local, then the CDN. */
function officeJs(env) {
  if (env.OFFICE_JS_URL) return { url: env.OFFICE_JS_URL, origin: null, copy: false };
  if (env.OFFICE_JS === 'local') return { url: `${LOCAL_OFFICE_JS_DIR}/office.js`, origin: null, copy: true };
  return { url: CDN_OFFICE_JS, origin: 'https://appsforoffice.microsoft.com', copy: false };
}

function contentSecurityPolicy(office, dev) {
  const outside = office.origin ? ` ${office.origin}` : '';
  const live = dev ? ` wss://localhost:${DEV_SERVER_PORT} ws://localhost:${DEV_SERVER_PORT}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${outside}`,
    // Fluent UI (Griffel) creates empty <style> elements and fills them through CSSOM: the hash of the empty
    // string admits exactly those, and no inline style with content.
    `style-src 'self' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${outside}${live}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const https = env.WEBPACK_SERVE ? await require('office-addin-dev-certs').getHttpsServerOptions() : undefined;
  const office = officeJs({ ...process.env, ...env });
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      templateParameters: { officeJsUrl: office.url, contentSecurityPolicy: contentSecurityPolicy(office, dev) },
      scriptLoading: 'defer',
    });

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false, // never eval: the pages' CSP forbids it
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      message: './src/commands/messagePage.ts',
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules so webpack can tree-shake Fluent UI; types are checked by `npm run typecheck`.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane']),
      page('commands', './src/commands/commands.html', ['commands']),
      page('message', './src/commands/message.html', ['message']),
      page('help', './src/taskpane/help.html', []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/commands/message.css', to: 'message.css' },
          // Microsoft's files are shipped as they are: marked minimized, so the build does not re-minify 57 MB.
          ...(office.copy ? [{ from: 'node_modules/@microsoft/office-js/dist', to: LOCAL_OFFICE_JS_DIR, info: { minimized: true } }] : []),
        ],
      }),
      new BundleSizePlugin({ budgets: { taskpane: TASKPANE_BUDGET_BYTES }, quiet: Boolean(env.quiet) }),
    ],
    performance: { hints: false }, // the budget that matters is checked by BundleSizePlugin, gzipped
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: https },
      hot: false,
      liveReload: true,
      client: { overlay: false },
    },
  };
};
