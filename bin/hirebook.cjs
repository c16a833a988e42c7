#!/usr/bin/env node
// The `hirebook` command's launcher (package bin): starts the bundled CLI in out/cli. Runs in plain Node.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'out', 'cli', 'hirebook.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('hirebook: the CLI is not built yet; run `npm run build` first (or `npm run build:cli`).\n');
  process.exit(1);
}
require(bundle);
