#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm run build:cli`, which npm install runs (the prepare script).
const path = require('node:path');
const fs = require('node:fs');
const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('complaints: not built yet; run `npm run build:cli` first\n');
  process.exit(2);
}
require(main).main(process.argv);
