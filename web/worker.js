// The interpreter's own thread: nn.js (the JVM interpreter compiled to JavaScript) runs a script synchronously,
// so it runs here, away from the page. A long training keeps only this worker busy; Stop terminates it and the
// page starts a fresh one. Messages to the page: ready, failed, emit (out/err/plot as nnRun emits them), done.
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

onmessage = (event) => {
  if (event.data.type === "load") { load(event.data.url); return; }
  if (!loaded) return;
  const { source, fileName, options, files } = event.data;
  const t0 = performance.now();
  const page = pageFiles(files);
  let code;
  try {
    code = globalThis.nnRun(source, fileName, (kind, text, extra) => {
      // A file the script wrote goes back to the page (files.js), which keeps it and offers it for download.
      if (kind === "file") postMessage({ type: "file", name: String(text), bytes: page[text] });
      else postMessage({ type: "emit", kind, text: String(text), extra: extra == null ? null : String(extra) });
    }, Object.assign({ lang: (self.navigator && self.navigator.language) || "en" }, options || {}, { files: page }));
  } catch (e) {
    // nnRun reports a script's errors itself; an exception here is the interpreter's own failure.
    postMessage({ type: "emit", kind: "err", text: "internal error: " + String(e && e.message || e)
        + " — this is a bug in nn; please report it\n", extra: null });
    code = 70;
  }
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
