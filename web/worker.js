// The interpreter's own thread: nn.js (the JVM interpreter compiled to JavaScript) runs a script synchronously,
// so it runs here, away from the page. A long training keeps only this worker busy; Stop terminates it and the
// page starts a fresh one. Messages to the page: ready, failed, emit (out/err/plot as nnRun emits them), train (a run starts, or epochs), done.
"use strict";

// The page hands over nn.js as a blob: address (fetched once), so a fresh worker after Stop needs no network.
let loaded = false;

function load(url) {
  const started = performance.now();
  try {
    importScripts(url);
    if (typeof globalThis.nnRun !== "function") throw new Error("nn.js loaded but defines no nnRun");
    loaded = true;
    postMessage({ type: "ready", ms: performance.now() - started });
  } catch (e) {
    postMessage({ type: "failed", message: String(e && e.message || e) });
  }
}

// A training run's epochs (nnRun's "train" events) go to the page in batches, at most every TRAIN_EVERY_MS: the
// run is synchronous, so the batch is sent when an epoch finishes after that time, and at the run's end.
const TRAIN_EVERY_MS = 100;
let epochs = [], sentAt = 0;

function sendEpochs() {
  if (epochs.length) postMessage({ type: "train", epochs });
  epochs = [];
  sentAt = performance.now();
}

// The run's text goes to the page in batches too: a script printing a million lines in a loop would otherwise post a
// million messages, more than the page can take in while staying responsive. A piece is sent at once when nothing
// was sent for TEXT_EVERY_MS (a line printed now and then shows at once); in a burst, pieces are joined (one message
// per kind in a row) and sent when a piece comes TEXT_EVERY_MS after the last message, when anything else is sent
// (a plot, a file, a training run's start) and at the run's end.
const TEXT_EVERY_MS = 50;
let texts = [], textSentAt = -Infinity;

function sendTexts() {
  for (const m of texts) postMessage(m);
  texts = [];
  textSentAt = performance.now();
}

function text(kind, piece) {
  const last = texts[texts.length - 1];
  if (last && last.kind === kind) last.text += piece;
  else texts.push({ type: "emit", kind, text: piece, extra: null });
  if (performance.now() - textSentAt >= TEXT_EVERY_MS) sendTexts();
}

function train(json) {
  const event = JSON.parse(json);
  if (event.network !== undefined) {  // a run starts: {network, epochs}
    sendTexts();
    sendEpochs();
    postMessage({ type: "train", start: event });
    return;
  }
  epochs.push(event);
  if (performance.now() - sentAt >= TRAIN_EVERY_MS) sendEpochs();
  if (texts.length && performance.now() - textSentAt >= TEXT_EVERY_MS) sendTexts();  // a line printed before the run
}

onmessage = (event) => {
  if (event.data.type === "load") { load(event.data.url); return; }
  if (!loaded) return;
  const { source, fileName, options, files, internalError } = event.data;
  const t0 = performance.now();
  const page = pageFiles(files);
  let code;
  try {
    code = globalThis.nnRun(source, fileName, (kind, piece, extra) => {
      if (kind === "train") { train(String(piece)); return; }
      if (kind === "out" || kind === "err") { text(kind, String(piece)); return; }
      sendTexts();
      // A file the script wrote goes back to the page (files.js), which keeps it and offers it for download.
      if (kind === "file") postMessage({ type: "file", name: String(piece), bytes: page[piece] });
      else postMessage({ type: "emit", kind, text: String(piece), extra: extra == null ? null : String(extra) });
    }, Object.assign({ lang: (self.navigator && self.navigator.language) || "en", training: true }, options || {},
        { files: page }));
  } catch (e) {
    // nnRun reports a script's errors itself; an exception here is the interpreter's own failure (the page's
    // text, in the page's language).
    const message = String(e && e.message || e);
    sendTexts();
    postMessage({ type: "emit", kind: "err", extra: null, text: (internalError
        ? internalError.replace("{0}", message) : "internal error: " + message + " — this is a bug in nn; please report it") + "\n" });
    code = 70;
  }
  sendTexts();
  sendEpochs();
  postMessage({ type: "done", code, ms: performance.now() - t0 });
};

// The run's files (nnRun's option files): the page's (files.js) as bytes, and each shipped sample file as a
// function that fetches it when the script first reads it, kept for this worker's later runs.
const shippedBytes = new Map();

function pageFiles(given) {
  const files = Object.assign({}, given && given.files);
  for (const name of (given && given.shipped) || []) {
    if (name in files) continue;
    files[name] = () => {
      if (!shippedBytes.has(name)) {
        // Synchronous: nnRun runs synchronously, and a worker may wait for the network.
        const request = new XMLHttpRequest();
        request.open("GET", given.base + name, false);
        request.responseType = "arraybuffer";
        request.send();
        if (request.status !== 200 && request.status !== 0) return null;
        shippedBytes.set(name, new Uint8Array(request.response));
      }
      return shippedBytes.get(name);
    };
  }
  return files;
}
