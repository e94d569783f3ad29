// Prints the gzipped size of each page's JavaScript after a build, and fails the build when a page exceeds its budget.
const zlib = require('zlib');

const PLUGIN = 'BundleSizePlugin';

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Gzipped bytes of every JavaScript file of each entry point, e.g. { taskpane: { raw, gzip } }. */
function entrySizes(compilation) {
  const sizes = {};
  for (const [name, entrypoint] of compilation.entrypoints) {
    let raw = 0;
    let gzip = 0;
    for (const file of entrypoint.getFiles()) {
      if (!file.endsWith('.js')) continue;
      const source = compilation.getAsset(file).source.buffer();
      raw += source.length;
      gzip += zlib.gzipSync(source, { level: 9 }).length;
    }
    sizes[name] = { raw, gzip };
  }
  return sizes;
}

class BundleSizePlugin {
  constructor({ budgets = {}, quiet = false } = {}) {
    this.budgets = budgets;
    this.quiet = quiet;
  }

  apply(compiler) {
    const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage }, () => this.report(compilation));
    });
  }

  report(compilation) {
    const sizes = entrySizes(compilation);
    compilation.bundleSizes = sizes;
    const lines = Object.entries(sizes).map(([name, { raw, gzip }]) => {
      const budget = this.budgets[name];
      const note = budget ? ` (budget ${kilobytes(budget)})` : '';
      return `  ${name.padEnd(10)} ${kilobytes(raw).padStart(10)} raw ${kilobytes(gzip).padStart(10)} gzipped${note}`;
    });
    if (!this.quiet) console.log(`JavaScript by page (office.js not counted):\n${lines.join('\n')}`);
    for (const [name, budget] of Object.entries(this.budgets)) {
      if (sizes[name] && sizes[name].gzip > budget) {
        compilation.errors.push(new Error(`${PLUGIN}: ${name} is ${kilobytes(sizes[name].gzip)} gzipped, over its budget of ${kilobytes(budget)}`));
      }
    }
  }
}

module.exports = { BundleSizePlugin, entrySizes };
