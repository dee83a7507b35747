#!/usr/bin/env node
// Runs an nn script with the interpreter compiled to JavaScript (target/web/nn.js), as ./nn FILE does:
//   node src/test/js/nn-run.js target/web/nn.js script.nn ['{"maxSteps": 1000}']
// stdout and stderr get what the terminal would show (a plot in its terminal form); the exit status is nnRun's.
// With NN_SVG_DIR set, each plot's SVG is also written there (plot-1.svg, plot-2.svg, ...).
// With NN_FILES_FROM=DIR, the files under DIR are the page's files (nnRun's option files, as the page passes
// them): a script's names start there, and each file is read only when the script reads it, as the page fetches
// its shipped sample data. With NN_FILES_TO=DIR, the files the run writes (emit "file") are written there.
// With NN_TRAIN_LOG set, the run asks for the page's training events (option training) and writes them there,
// one JSON text a line.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [nnJs, script, optionsJson] = process.argv.slice(2);
if (!nnJs || !script) {
  process.stderr.write('usage: nn-run.js NN_JS SCRIPT [OPTIONS_JSON]\n');
  process.exit(64);
}
const t0 = process.hrtime.bigint();
vm.runInThisContext(fs.readFileSync(nnJs, 'utf8'), { filename: nnJs });
const t1 = process.hrtime.bigint();
let plots = 0;
const svgDir = process.env.NN_SVG_DIR;
const trainLog = process.env.NN_TRAIN_LOG;
const options = optionsJson ? JSON.parse(optionsJson) : {};
if (trainLog) options.training = true;
if (process.env.NN_FILES_FROM) options.files = pageFiles(process.env.NN_FILES_FROM);
const emit = (kind, text, extra) => {
  if (kind === 'train') { fs.appendFileSync(trainLog, text + '\n'); return; }
  if (kind === 'file') {
    if (process.env.NN_FILES_TO) {
      const to = path.join(process.env.NN_FILES_TO, text);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.writeFileSync(to, options.files[text]);
    }
    return;
  }
  if (kind === 'err') process.stderr.write(text);
  else process.stdout.write(text);
  if (kind === 'plot' && svgDir) fs.writeFileSync(path.join(svgDir, `plot-${++plots}.svg`), extra);
};
const rc = globalThis.nnRun(fs.readFileSync(script, 'utf8'), path.basename(script), emit, options);
const t2 = process.hrtime.bigint();
if (process.env.NN_TIMES) {
  process.stderr.write(`nn-run: load ${Number(t1 - t0) / 1e6} ms, run ${Number(t2 - t1) / 1e6} ms\n`);
}
process.exitCode = rc;

/** Every file under {@code root}, by its name relative to it ("data/mnist/x.gz"), as a function that reads it. */
function pageFiles(root) {
  const files = {};
  (function walk(dir, prefix) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name), name = prefix + entry.name;
      if (entry.isDirectory()) walk(full, name + '/');
      else if (entry.isFile()) files[name] = () => fs.readFileSync(full);
    }
  })(root, '');
  return files;
}
