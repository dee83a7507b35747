// The page's files, which scripts read and write as ./nn's scripts read and write their folder's: the files the
// user adds (Add files…), what scripts write (save net to "n.json", plot … to "p.svg"), each listed with a
// download link, and the sample data shipped with the page (samples/data/, fetched only when a script reads it).
// nnRun gets them as its option files (web/CONTRACT.md); app.js and worker.js call the three functions below.
"use strict";

const NNFiles = (() => {
  // The sample data the build copies beside the page (samples/data/…), named as the samples name them.
  // BrowserBuildTest checks this list against samples/data/.
  const SHIPPED = ["data/mnist/mnist10k-images-idx3-ubyte.gz", "data/mnist/mnist10k-labels-idx1-ubyte.gz"];
  const files = new Map();   // name → { bytes: Uint8Array, origin: "added" | "written" }
  let list = null;

  /** Wires the Add files… input and the list; a picked file is named by its own name, at the top. */
  function init(input, listElement) {
    list = listElement;
    input.addEventListener("change", async () => {
      for (const file of Array.from(input.files)) {
        files.set(file.name, { bytes: new Uint8Array(await file.arrayBuffer()), origin: "added" });
      }
      input.value = "";
      render();
    });
    render();
  }

  /** What the worker needs for a run: the files' bytes, and the shipped names with where to fetch them. */
  function forRun() {
    const bytes = {};
    files.forEach((f, name) => { bytes[name] = f.bytes; });
    return { files: bytes, shipped: SHIPPED, base: new URL("samples/", location.href).href };
  }

  /** A script wrote {@code name}: it is kept for the next runs (load reads it back) and offered for download. */
  function written(name, bytes) {
    files.set(name, { bytes, origin: "written" });
    render();
  }

  const TYPES = { json: "application/json", csv: "text/csv", svg: "image/svg+xml", dot: "text/vnd.graphviz",
                  txt: "text/plain" };

  function render() {
    if (!list) return;
    list.querySelectorAll("a[href^='blob:']").forEach((a) => URL.revokeObjectURL(a.href));
    list.textContent = "";
    list.hidden = files.size === 0;
    for (const [name, f] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const item = document.createElement("li");
      item.dataset.name = name;
      item.dataset.origin = f.origin;
      const link = document.createElement("a");
      const type = TYPES[name.slice(name.lastIndexOf(".") + 1).toLowerCase()] || "application/octet-stream";
      link.href = URL.createObjectURL(new Blob([f.bytes], { type }));
      link.download = name.slice(name.lastIndexOf("/") + 1);
      link.textContent = name;
      link.title = NNText.t(f.origin === "written" ? "files.written.tip" : "files.added.tip", size(f.bytes.length));
      const remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "×";
      remove.title = NNText.t("files.remove.tip", name);
      remove.addEventListener("click", () => { files.delete(name); render(); });
      item.append(link, " ", small(size(f.bytes.length)), remove);
      list.appendChild(item);
    }
  }

  function small(text) {
    const s = document.createElement("small");
    s.textContent = text;
    return s;
  }

  function size(n) {
    return n < 1024 ? n + " B" : n < 1 << 20 ? (n / 1024).toFixed(1) + " KB" : (n / (1 << 20)).toFixed(1) + " MB";
  }

  return { init, forRun, written, SHIPPED };
})();
