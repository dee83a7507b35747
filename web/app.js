// The playground page: an editor, a worker that runs nn.js, the output with its plots, samples, Stop, a share
// link and a download. Everything it loads comes from its own folder, so it keeps working offline.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const source = $("source"), highlight = $("highlight"), output = $("output"), status = $("status");
  const runButton = $("run"), stopButton = $("stop"), samplesMenu = $("samples"), langMenu = $("lang");
  const t = NNText.t;  // the page's words, in its language (web/i18n.js)
  const pane = NNOutput.create(output, t);  // the output pane (web/output.js)

  // The lecture's samples first, then the others (the last four read the MNIST data shipped with the page, see
  // files.js); served from samples/ (copied there by the build).
  const SAMPLES = ["forward-backward", "perceptron-gates", "xor-train", "regions", "depth",
                   "mcculloch-pitts", "boolean-formula", "hebb", "xor-backprop", "xor-mlp",
                   "pictures", "homework", "validation", "mnist"];
  const DEFAULT_NAME = "playground.nn";
  const SHARE_PREFIX = "#code=";

  let rules = null;         // compiled highlighting rules, once the grammar has loaded
  let mark = null;          // the error's place in the editor {line, from, to}, until the text changes
  let fileName = DEFAULT_NAME;
  let worker = null, ready = false, running = false;
  let chart = null;         // the live chart of the training run in progress
  let shownStatus = ["status.loading", [], false];  // redrawn in the other language when the language changes

  // ---- the editor ---------------------------------------------------------------------------------------

  function render() {
    highlight.innerHTML = NNHighlight.toHtml(rules, source.value, mark);
    highlight.scrollTop = source.scrollTop;
    highlight.scrollLeft = source.scrollLeft;
  }

  function setScript(text, name) {
    source.value = text;
    fileName = name || DEFAULT_NAME;
    mark = null;
    render();
  }

  /**
   * A sample or a link replaces the script as an edit of the editor's own, so that Ctrl-Z in the editor brings back
   * what the student had written (a sample picked by mistake must not cost their work). Focus goes back where it was.
   */
  function replaceScript(text, name) {
    const back = document.activeElement;
    source.focus();
    source.select();
    const done = source.value === text || document.execCommand("insertText", false, text);
    if (!done || source.value !== text) source.value = text;  // a browser without the command: not undoable
    source.setSelectionRange(0, 0);
    source.scrollTop = 0;
    if (back && back !== source && back.focus) back.focus();
    fileName = name || DEFAULT_NAME;
    mark = null;
    render();
  }

  // Drawn again once per frame at most: a paste of many lines can fire an input event per line.
  let renderPending = false;
  source.addEventListener("input", () => {
    mark = null;
    if (renderPending) return;
    renderPending = true;
    requestAnimationFrame(() => { renderPending = false; render(); });
  });
  source.addEventListener("scroll", () => {
    highlight.scrollTop = source.scrollTop;
    highlight.scrollLeft = source.scrollLeft;
  });
  // Keys in the editor: Ctrl-Enter runs; Tab indents and Shift-Tab unindents as in an editor, and Esc then Tab (or
  // Shift-Tab) moves on to the next (previous) control, so that the keyboard is never trapped in the editor.
  let escaped = false;
  source.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); return; }
    if (e.key === "Escape") { escaped = true; return; }
    const leave = escaped;
    escaped = false;
    if (e.key !== "Tab" || e.ctrlKey || e.altKey || e.metaKey || leave) return;
    e.preventDefault();
    if (e.shiftKey) unindent();
    else document.execCommand("insertText", false, "  ");
  });
  source.addEventListener("blur", () => { escaped = false; });

  /** Shift-Tab: up to two spaces less at the start of each line of the selection (or the cursor's line). */
  function unindent() {
    const text = source.value, from = source.selectionStart, to = source.selectionEnd;
    const start = text.lastIndexOf("\n", from - 1) + 1;
    const end = to > from && text[to - 1] === "\n" ? to - 1 : to;
    const lines = text.slice(start, end).split("\n");
    let removedFirst = 0, removed = 0;
    const changed = lines.map((line, i) => {
      const n = /^ {0,2}/.exec(line)[0].length;
      if (i === 0) removedFirst = n;
      removed += n;
      return line.slice(n);
    }).join("\n");
    if (removed === 0) return;
    source.setSelectionRange(start, end);
    document.execCommand("insertText", false, changed);  // one step of the editor's undo
    source.setSelectionRange(Math.max(start, from - removedFirst), Math.max(start, to - removed));
  }

  fetch("nn.tmLanguage.json").then((r) => r.ok ? r.json() : Promise.reject(new Error(r.status)))
    .then((grammar) => { rules = NNHighlight.compile(grammar); render(); })
    .catch(() => { /* no grammar: the script shows uncoloured, and everything else works */ });

  // ---- the interpreter's worker ---------------------------------------------------------------------------

  // The worker's script and nn.js are fetched once and kept as blob: addresses, so that a fresh worker (after
  // Stop, or after the interpreter died) starts without the network: the page works offline once loaded.
  // The worker starts as soon as its own small script is here, while nn.js (preloaded by index.html) arrives.
  const script = (name) => fetch(name)
    .then((r) => r.ok ? r.blob() : Promise.reject(new Error(name + ": HTTP " + r.status)))
    .then((blob) => URL.createObjectURL(new Blob([blob], { type: "application/javascript" })));
  const workerScript = script("worker.js"), nnScript = script("nn.js");

  function startWorker() {
    ready = false;
    updateButtons();
    workerScript.then((workerUrl) => {
      const w = worker = new Worker(workerUrl);
      w.onmessage = (e) => onWorkerMessage(e.data);
      w.onerror = (e) => {
        e.preventDefault();
        workerDied(e.message || t("worker.failed"));
      };
      return nnScript.then((nnUrl) => {
        // For the load-time figures (PlaygroundPageTest prints them): when nn.js had arrived, since the page opened.
        if (!document.body.dataset.fetchMs) document.body.dataset.fetchMs = String(Math.round(performance.now()));
        w.postMessage({ type: "load", url: nnUrl });
      });
    }).catch((e) => setStatus("status.load-failed", [e.message], true));
  }

  /** The worker itself failed (out of memory, a crash): the run ends with a message and a fresh one starts. */
  function workerDied(message) {
    worker.terminate();
    if (running) {
      running = false;
      show("err", t("worker.died", message) + "\n");
      endChart();
      document.body.dataset.runs = String(Number(document.body.dataset.runs || 0) + 1);
      startWorker();
    } else {
      setStatus("status.start-failed", [message], true);
    }
  }

  function onWorkerMessage(m) {
    switch (m.type) {
      case "ready":
        ready = true;
        updateButtons();
        // "ready" replaces the status, unless it says what went wrong with the page itself (a broken link).
        if (!shownStatus[2] || shownStatus[0] === "status.start-failed") setStatus("status.ready");
        if (!document.body.dataset.readyMs) {
          document.body.dataset.readyMs = String(Math.round(performance.now()));  // since the page was opened
          document.body.dataset.loadMs = String(Math.round(m.ms));                // of which loading nn.js in the worker
        }
        break;
      case "failed":
        setStatus("status.start-failed", [m.message], true);
        break;
      case "emit":
        show(m.kind, m.text, m.extra);
        break;
      case "file":
        NNFiles.written(m.name, m.bytes);
        break;
      case "train":
        showTraining(m);
        break;
      case "done":
        running = false;
        endChart();
        updateButtons();
        setStatus(m.code === 0 ? "status.finished" : "status.failed", [formatMs(m.ms)]);
        document.body.dataset.runs = String(Number(document.body.dataset.runs || 0) + 1);
        break;
    }
  }

  function run() {
    if (!ready || running) return;
    pane.clear();
    mark = null;
    render();
    running = true;
    updateButtons();
    setStatus("status.running", [fileName]);
    worker.postMessage({ source: source.value, fileName, options: { lang: NNText.lang }, internalError: t("internal-error"),
                         files: NNFiles.forRun() });
  }

  function stop() {
    if (!running) return;
    worker.terminate();
    running = false;
    endChart();
    note(t("note.stopped"));
    setStatus("status.stopped");
    document.body.dataset.runs = String(Number(document.body.dataset.runs || 0) + 1);
    startWorker();
  }

  function updateButtons() {
    runButton.disabled = !ready || running;
    stopButton.disabled = !running;
  }

  /** The status line: a text of the page's table (key and arguments), kept to be redrawn in another language. */
  function setStatus(key, args, failed) {
    shownStatus = [key, args || [], !!failed];
    status.textContent = t(key, ...(args || []));
    status.classList.toggle("failed", !!failed);
  }

  function formatMs(ms) {
    return ms < 1000 ? Math.round(ms) + " ms" : (ms / 1000).toFixed(2) + " s";
  }

  // ---- the output -----------------------------------------------------------------------------------------

  /** Text goes to the output pane (web/output.js), a plot drawn as a picture; an error marks its place. */
  function show(kind, text, extra) {
    if (kind === "plot") { showPlot(text, extra); return; }
    pane.text(kind === "err" ? "err" : "out", text);
    if (kind === "err") markError();
  }

  function note(text) {
    pane.note(text);
  }

  /** A plot: its picture (the SVG drawn onto a canvas) with the terminal form folded underneath. */
  function showPlot(text, svg) {
    const figure = document.createElement("figure");
    figure.className = "plot";
    const canvas = document.createElement("canvas");
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = t("plot.as-text");
    const pre = document.createElement("pre");
    pre.className = "plot-text";
    pre.textContent = text;
    details.append(summary, pre);
    if (svg) {
      figure.appendChild(canvas);
      drawSvg(canvas, svg);
    } else {
      details.open = true;
    }
    figure.appendChild(details);
    pane.node(figure);
  }

  /** A training run's live chart: a run starts ({start}) or epochs arrive ({epochs}), as worker.js sends them. */
  function showTraining(m) {
    if (m.start) {
      endChart();
      chart = NNChart.create(t);
      pane.node(chart.figure);
      chart.start(m.start);
    } else if (chart) {
      chart.add(m.epochs);
    }
  }

  function endChart() {
    if (chart) chart.finish();
    chart = null;
  }

  function drawSvg(canvas, svg) {
    const image = new Image();
    image.onload = () => {
      const scale = window.devicePixelRatio || 1;
      const w = image.naturalWidth || 480, h = image.naturalHeight || 360;
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      canvas.style.width = w + "px";
      const g = canvas.getContext("2d");
      g.fillStyle = "#fff";
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.dataset.drawn = "true";
    };
    image.onerror = () => { canvas.dataset.drawn = "failed"; };
    image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
  }

  /**
   * The first error of this script marks its place in the editor: file:line:col: error: ..., then the source
   * line and a caret line whose ^ run gives the width. Columns count code points, as the terminal does.
   */
  function markError() {
    if (mark) return;
    const all = pane.errors().split("\n");
    const head = new RegExp("^" + escapeRegExp(fileName) + ":(\\d+):(\\d+): error: ");
    for (let i = 0; i < all.length; i++) {
      const m = head.exec(all[i]);
      if (!m) continue;
      const line = Number(m[1]), col = Number(m[2]);
      const caret = /\^+/.exec(all[i + 2] || "");
      const width = caret ? caret[0].length : 1;
      const text = source.value.split("\n")[line - 1];
      if (text === undefined) return;
      const from = codeUnitOffset(text, col - 1), to = codeUnitOffset(text, col - 1 + width);
      mark = { line, from, to: Math.max(to, from + 1) };
      render();
      revealMark(line, from);
      return;
    }
  }

  function codeUnitOffset(text, codePoints) {
    let i = 0;
    for (let n = 0; n < codePoints && i < text.length; n++) i += text.codePointAt(i) > 0xffff ? 2 : 1;
    return i;
  }

  /** Puts the editor's cursor at the error and scrolls it into view (without taking focus from the page). */
  function revealMark(line, from) {
    const lines = source.value.split("\n");
    let offset = 0;
    for (let k = 0; k < line - 1; k++) offset += lines[k].length + 1;
    source.setSelectionRange(offset + from, offset + from);
    const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 19;
    const top = (line - 1) * lineHeight;
    if (top < source.scrollTop || top > source.scrollTop + source.clientHeight - 2 * lineHeight)
      source.scrollTop = Math.max(0, top - source.clientHeight / 3);
  }

  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  // ---- samples, share link, download, files -------------------------------------------------------------------

  NNFiles.init($("add-files"), $("files"));
  $("add-files-button").addEventListener("click", () => $("add-files").click());

  for (const name of SAMPLES) {
    const option = document.createElement("option");
    option.value = name;
    option.textContent = name;
    samplesMenu.appendChild(option);
  }
  // Fetched at once (a few KB) so that the menu works offline too.
  const sampleTexts = new Map(SAMPLES.map((name) => [name, fetch("samples/" + name + ".nn")
    .then((r) => r.ok ? r.text() : Promise.reject(new Error("samples/" + name + ".nn: HTTP " + r.status)))]));
  sampleTexts.forEach((p) => p.catch(() => { /* reported when the sample is picked */ }));
  samplesMenu.addEventListener("change", () => {
    const name = samplesMenu.value;
    if (!name) return;
    sampleTexts.get(name)
      .then((text) => {
        replaceScript(text, name + ".nn");
        document.body.dataset.sample = name;
      })
      .catch((e) => setStatus("status.sample-failed", [e.message], true));
  });

  /** base64url of the script's UTF-8 bytes: any script survives the address bar and a chat message. */
  function encodeScript(text) {
    const bytes = new TextEncoder().encode(text);
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  /**
   * The script of a link: base64url as encodeScript writes it, and also what a chat or a mail client may have made
   * of it (percent-escapes, line breaks and spaces, "=" padding, base64's + and /). Throws when it is not UTF-8.
   */
  function decodeScript(code) {
    try { code = decodeURIComponent(code); } catch (e) { /* a lone % is not an escape: atob refuses it below */ }
    code = code.replace(/\s+/g, "").replace(/=+$/, "");
    const binary = atob(code.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  }

  $("share").addEventListener("click", () => {
    const url = location.href.replace(/#.*$/, "") + SHARE_PREFIX + encodeScript(source.value);
    history.replaceState(null, "", url);
    const field = $("share-url");
    field.hidden = false;
    field.value = url;
    field.select();
    if (navigator.clipboard) navigator.clipboard.writeText(url).then(
      () => setStatus("status.share-copied"), () => setStatus("status.share-copy"));
  });

  function loadFromAddress(event) {
    if (!location.hash.startsWith(SHARE_PREFIX)) return false;
    try {
      // At the page's start the link's script is the first text; a link opened later replaces the script undoably.
      (event ? replaceScript : setScript)(decodeScript(location.hash.slice(SHARE_PREFIX.length)), DEFAULT_NAME);
      return true;
    } catch (e) {
      setStatus("status.link-broken", [], true);
      note(t("status.link-broken"));
      return false;
    }
  }
  window.addEventListener("hashchange", loadFromAddress);

  $("download").addEventListener("click", () => {
    const blob = new Blob([source.value], { type: "text/plain;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  // Ctrl-Enter runs from anywhere in the page (the editor handles its own, above).
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target !== source) { e.preventDefault(); run(); }
  });
  for (const code of NNText.languages) {
    const option = document.createElement("option");
    option.value = code;
    option.textContent = NNText.names[code];
    langMenu.appendChild(option);
  }
  langMenu.value = NNText.lang;
  langMenu.addEventListener("change", () => {
    NNText.use(langMenu.value);
    NNText.apply(document);
    setStatus(...shownStatus);
  });
  NNText.apply(document);
  setStatus(...shownStatus);

  runButton.addEventListener("click", run);
  stopButton.addEventListener("click", stop);

  if (!loadFromAddress()) {
    setScript(t("script.default")
      + 'x = [1, 2, 3]\nprint "sum:", sum(x), "mean:", mean(x)\n', DEFAULT_NAME);
  }
  startWorker();
})();
