#!/usr/bin/env node
// Runs the browser build of nn's math functions (target/web-probe/fdlibm-probe.js, from nn.web.FdlibmProbe):
//   node src/test/js/fdlibm-probe.js target/web-probe/fdlibm-probe.js REQUEST_FILE
// REQUEST_FILE has lines "NAME XBITS [YBITS]" (raw bits in hexadecimal); stdout gets the result's bits, a line each.
'use strict';
const fs = require('fs');
const vm = require('vm');

const [probeJs, request] = process.argv.slice(2);
if (!probeJs || !request) {
  process.stderr.write('usage: fdlibm-probe.js PROBE_JS REQUEST_FILE\n');
  process.exit(64);
}
vm.runInThisContext(fs.readFileSync(probeJs, 'utf8'), { filename: probeJs });
process.stdout.write(globalThis.fdlibmProbe(fs.readFileSync(request, 'utf8')));
