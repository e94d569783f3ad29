#!/usr/bin/env node
'use strict';
// The compiled CLI lives in lib/ (built by `npm install` through the prepare script).
require('../lib/cli/main.js').main(process.argv).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`roadmap: ${error instanceof Error ? error.message : String(error)}\n`); process.exitCode = 2; },
);
