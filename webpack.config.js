// Builds the task pane, the ribbon commands page and the commands' message dialog into dist/.
//   npm run build                      office.js from Microsoft's CDN
//   OFFICE_JS=local npm run build      office.js served from the add-in's own host (copied from @microsoft/office-js),
//                                      for networks that block outside hosts
//   npm run dev-server                 the same over https://localhost:3000 with office-addin-dev-certs
//
// Two builds of the same sources in one compilation (webpack layers):
//   modern  the React task pane, a <script type="module"> at most ES2017 (WebView2, EdgeHTML 18, Mac, the web);
//   legacy  ES5 with core-js polyfills (Babel, useBuiltIns: 'usage') for Internet Explorer 11, the webview of
//           volume-licensed Excel 2016/2019: the simple task pane (nomodule), the ribbon commands and their dialog.
// test/addin/shippedScripts.test.ts parses every shipped script at its level.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { BundleSizePlugin } = require('./scripts/bundleSizePlugin');

const DEV_SERVER_PORT = 3000;
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS_DIR = 'office-js';
const EMPTY_STYLE_HASH = `sha256-${require('crypto').createHash('sha256').update('').digest('base64')}`;
/** The task pane's own JavaScript, gzipped (office.js not counted). */
// Issue 13: 200 KB. The first view is 192.8 KB: «Рабочая группа» and the Word documents load on demand (chunks not
// counted here), our styles are compiled at build time.
const TASKPANE_BUDGET_BYTES = 200 * 1024;
const CORE_JS_VERSION = require('core-js/package.json').version;

/**
 * Babel per layer. Syntax: what every browser that loads the layer's scripts parses (with ES modules: Chrome 61,
 * Edge 16, Safari 10.1, Firefox 60, hence at most ES2017). Polyfills (core-js, only what the code uses): for Internet
 * Explorer 11 in the legacy layer. The module runs only where ES2019's built-ins exist — it hands EdgeHTML 18 over to the
 * simple pane (src/taskpane/paneChoice.ts) — which is what React 19 and Fluent UI v9 themselves assume: no polyfills.
 */
const BABEL_TARGETS = {
  modern: { syntax: { esmodules: true }, polyfills: null },
  // The browser page (src/app): modern browsers only (Chromium, Yandex Browser, Firefox ESR), like the module pane.
  app: { syntax: { esmodules: true }, polyfills: null },
  legacy: { syntax: { ie: '11' }, polyfills: { ie: '11' } },
};

function babel(layer) {
  const { syntax, polyfills } = BABEL_TARGETS[layer];
  return {
    loader: 'babel-loader',
    options: {
      babelrc: false,
      configFile: false,
      cacheDirectory: true,
      // node_modules hold CommonJS and ES modules alike: let Babel tell which, so the polyfill imports it adds fit.
      sourceType: 'unambiguous',
      // Smaller ES2017 for the module (the 200 KB budget): no document.all, spreads as Object.assign, plain class fields.
      compact: true,
      assumptions: layer !== 'legacy' ? { noDocumentAll: true, setSpreadProperties: true, setPublicClassFields: true, pureGetters: true } : {},
      presets: [['@babel/preset-env', { targets: syntax, modules: false, bugfixes: true }]],
      plugins: polyfills ? [['babel-plugin-polyfill-corejs3', { method: 'usage-global', version: CORE_JS_VERSION, targets: polyfills }]] : [],
    },
  };
}

/** True for a file that does not parse as ES2017 (remembered per file): the module build sends only those to Babel. */
const beyondEs2017 = (() => {
  const known = new Map();
  return (file) => {
    if (!known.has(file)) {
      let beyond = false;
      try {
        require('acorn').parse(require('fs').readFileSync(file, 'utf8'), { ecmaVersion: 2017, sourceType: 'module', allowHashBang: true });
      } catch {
        beyond = true;
      }
      known.set(file, beyond);
    }
    return known.get(file);
  };
})();

/** Build-time Griffel (the transform Fluent UI's own packages are published with). */
const GRIFFEL = { loader: '@griffel/webpack-loader' };

const NOT_TRANSPILED = /node_modules[\\/](core-js|webpack[\\/]buildin)[\\/]/;

/**
 * Rules for one layer. Legacy: our TypeScript and every JavaScript module through Babel to ES5 (core-js excepted).
 * Modern: our TypeScript through Babel too (regex features such as \p{L} are beyond ES2017); of the libraries, only the
 * few files written in later syntax (most of React and Fluent UI already are ES2017: transpiling them all only adds helpers).
 */
function layerRules(layer) {
  const modern = layer !== 'legacy';
  // ES modules so webpack can tree-shake Fluent UI; types are checked by `npm run typecheck`.
  const ts = { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', target: modern ? 'es2017' : 'es2020', sourceMap: false } } };
  return [
    // Modern: Griffel's loader turns our makeStyles/makeStaticStyles into their CSS at build time (as Fluent UI ships its
    // own), so the pane carries no style compiler (stylis, rtl-css-js) and no tokens object.
    { test: /\.tsx?$/, issuerLayer: layer, exclude: /node_modules/, use: layer === 'modern' ? [babel(layer), GRIFFEL, ts] : [babel(layer), ts] },
    {
      test: modern ? (file) => /\.m?js$/.test(file) && !NOT_TRANSPILED.test(file) && beyondEs2017(file) : /\.m?js$/,
      issuerLayer: layer,
      exclude: NOT_TRANSPILED,
      use: [babel(layer)],
    },
  ];
}

/** Where office.js comes from: OFFICE_JS_URL wins (tests point it at a scripted host), then OFFICE_JS=local, then the CDN. */
function officeJs(env) {
  if (env.OFFICE_JS_URL) return { url: env.OFFICE_JS_URL, origin: null, copy: false };
  if (env.OFFICE_JS === 'local') return { url: `${LOCAL_OFFICE_JS_DIR}/office.js`, origin: null, copy: true };
  return { url: CDN_OFFICE_JS, origin: 'https://appsforoffice.microsoft.com', copy: false };
}

/**
 * The browser page's layer takes ExcelJS's browser build (with its own zip and streams; the Node build needs fs and
 * streams). The page sets the fflate zip backend and Buffer itself (src/app/nodeGlobals.ts, useBrowserZip): the
 * operations it calls reach no Node built-in (test/operations/importGraph.test.ts).
 */
const APP_RESOLVE = { alias: { exceljs$: require.resolve('exceljs/dist/exceljs.min.js') } };

/**
 * Writes the page's service worker (src/app/sw.js) as app-sw.js with the list of every file the page may load: its
 * HTML, stylesheet and icon, its entry's chunks, the chunks it loads on demand and its Web Worker with the worker's own
 * chunks (webpack's async entry points). The add-in's files are not in the list.
 */
class AppServiceWorkerPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('AppServiceWorkerPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AppServiceWorkerPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const entry = compilation.entrypoints.get('app');
        if (!entry) return;
        const groups = new Set();
        const visit = (group) => {
          if (groups.has(group)) return;
          groups.add(group);
          for (const child of group.getChildren()) visit(child);
        };
        visit(entry);
        for (const asyncEntry of compilation.asyncEntrypoints) visit(asyncEntry);
        const files = new Set(['app.html', 'app.css', 'assets/icon-32.png']);
        for (const group of groups) for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js')) files.add(file);
        const list = [...files].sort();
        const version = require('crypto').createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 12);
        const source = require('fs')
          .readFileSync(path.resolve(__dirname, 'src/app/sw.js'), 'utf8')
          .replace('__APP_VERSION__', version)
          .replace('__APP_ASSETS__', JSON.stringify(list));
        compilation.emitAsset('app-sw.js', new sources.RawSource(source));
      });
    });
  }
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
  const https = env.WEBPACK_SERVE ? await require('./scripts/devCerts').devServerHttps() : undefined;
  const office = officeJs({ ...process.env, ...env });
  const page = (name, template, chunks, inject = true) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      // The task pane's template writes its own tags (module / nomodule); the other pages get classic deferred scripts.
      inject,
      templateParameters: { officeJsUrl: office.url, contentSecurityPolicy: contentSecurityPolicy(office, dev) },
      scriptLoading: 'defer',
    });

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false, // never eval: the pages' CSP forbids it
    // webpack's own runtime code in ES5, so that it runs in both layers' pages.
    target: ['web', 'es5'],
    experiments: { layers: true },
    entry: {
      taskpane: { import: './src/taskpane/index.tsx', layer: 'modern' },
      'taskpane-legacy': { import: './src/taskpane/legacy/index.ts', layer: 'legacy', library: { name: 'RoadmapMonitorPane', type: 'window' } },
      commands: { import: './src/commands/commands.ts', layer: 'legacy' },
      message: { import: './src/commands/messagePage.ts', layer: 'legacy' },
      app: { import: './src/app/index.ts', layer: 'app' },
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        // An import of a name the module does not export fails the build (it would fail only in the webview), e.g. a
        // Griffel helper the build-time transform imports from a package that does not re-export it.
        { test: /\.tsx?$/, exclude: /node_modules/, parser: { exportsPresence: 'error' } },
        // Our modules only declare and export (no module runs for its effect on import): webpack may then leave out a
        // module of a barrel (src/roadmap/workingGroup/index.ts) that nothing uses, and the module pane's lazy chunk
        // («Рабочая группа») keeps its own code. Module pane only: in the ES5 builds it made the simple pane 0.9 KB larger.
        { test: /\.tsx?$/, issuerLayer: 'modern', exclude: /node_modules/, sideEffects: false },
        ...layerRules('modern'),
        ...layerRules('legacy'),
        ...layerRules('app'),
        { issuerLayer: 'app', resolve: APP_RESOLVE },
      ],
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane', 'taskpane-legacy'], false),
      page('commands', './src/commands/commands.html', ['commands']),
      page('message', './src/commands/message.html', ['message']),
      page('help', './src/taskpane/help.html', []),
      // The browser page: no office.js, nothing from another host.
      new HtmlWebpackPlugin({
        filename: 'app.html',
        template: './src/app/app.html',
        chunks: ['app'],
        templateParameters: { contentSecurityPolicy: contentSecurityPolicy({ origin: null }, dev) },
        // A module script: browsers too old for ES2017 skip it (and show the page's <noscript>-like nothing) rather than fail.
        scriptLoading: 'module',
      }),
      new AppServiceWorkerPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/commands/message.css', to: 'message.css' },
          { from: 'src/taskpane/pane.css', to: 'pane.css' },
          { from: 'src/app/app.css', to: 'app.css' },
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
