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
  const { source, fileName, options } = event.data;
  const t0 = performance.now();
  let code;
  try {
    code = globalThis.nnRun(source, fileName, (kind, text, extra) => {
      postMessage({ type: "emit", kind, text: String(text), extra: extra == null ? null : String(extra) });
    }, Object.assign({ lang: (self.navigator && self.navigator.language) || "en" }, options || {}));
  } catch (e) {
    // nnRun reports a script's errors itself; an exception here is the interpreter's own failure.
    postMessage({ type: "emit", kind: "err", text: "internal error: " + String(e && e.message || e)
        + " — this is a bug in nn; please report it\n", extra: null });
    code = 70;
  }
  postMessage({ type: "done", code, ms: performance.now() - t0 });
};
