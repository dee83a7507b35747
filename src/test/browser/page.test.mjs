// The playground page in a real browser: Debian's chromium, headless, driven by playwright-core (which downloads
// no browser). Run by nn.cli.PlaygroundPageTest, which starts `nn web`'s server on the built page:
//   node page.test.mjs URL REPO_ROOT ARTEFACT_FOLDER
// Checks: the page gets ready (and how fast), each lecture sample prints exactly samples/NAME.out, plots are
// drawn on canvases, Stop ends a long training and the page runs the next script (offline), a syntax error marks its
// place in the editor, Ctrl-Enter runs, the share link round-trips, the download is the script, a file added with
// Add files… is read by a script, a saved network is offered for download and loads back, the shipped MNIST data is
// read, a training run is charted live, the page speaks Spanish (a Spanish browser, the language menu). Exit 1 on a
// failure.
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const [url, repo, artefacts] = process.argv.slice(2);
if (!url || !repo || !artefacts) {
  console.error("usage: node page.test.mjs URL REPO_ROOT ARTEFACT_FOLDER");
  process.exit(64);
}
// Every lecture sample, depth.nn included (its 4 × 300 epochs take a few minutes on a loaded 2-core machine;
// NN_PAGE_SAMPLES=a,b picks others).
const SAMPLES = (process.env.NN_PAGE_SAMPLES ?? "forward-backward,perceptron-gates,xor-train,regions,depth")
  .split(",").filter(Boolean);
const RUN_TIMEOUT = 420_000;
mkdirSync(artefacts, { recursive: true });

const failures = [];
function check(ok, what) {
  console.log((ok ? "ok   " : "FAIL ") + what);
  if (!ok) failures.push(what);
}

const browser = await chromium.launch({
  executablePath: process.env.NN_CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  // Everything the page loads comes from its own folder (it works offline), and nothing is missing (no 404s).
  const foreign = [], missing = [];
  page.on("request", (r) => { if (!r.url().startsWith(url) && !/^(blob|data):/.test(r.url())) foreign.push(r.url()); });
  page.on("response", (r) => { if (r.status() >= 400) missing.push(r.status() + " " + r.url()); });

  // ---- ready time: navigation start to the Run button enabled (the worker has loaded nn.js) -------------
  // Cold: a new browser context each time (an empty HTTP cache, nothing compiled); the very first of them is also
  // the browser's first page. Warm: the same page loaded again (the HTTP cache and V8's code cache are warm).
  // Reported, not asserted: the figures go to the README.
  const readyOf = async (p) => {
    await p.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
    return p.evaluate(() => [Number(document.body.dataset.readyMs), Number(document.body.dataset.loadMs),
      Number(document.body.dataset.fetchMs)]);
  };
  const cold = [], warm = [];
  for (let i = 0; i < 3; i++) {
    const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const p = await fresh.newPage();
    await p.goto(url, { waitUntil: "load" });
    cold.push(await readyOf(p));
    await fresh.close();
  }
  for (let i = 0; i < 4; i++) {
    await page.goto(url, { waitUntil: "load" });
    warm.push(await readyOf(page));
  }
  warm.shift();  // the first load of this context was a cold one
  const show = (runs) => runs.map(([ready, load, fetched]) => `${ready} (${fetched}, ${load})`).join(", ");
  const median = (runs) => runs.map(([ready]) => ready).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  console.log(`page ready, ms from opening the page (nn.js fetched at; then loading it in the worker took): cold ${show(cold)}, `
    + `median ${median(cold)}; warm ${show(warm)}, median ${median(warm)}`);
  check(cold.concat(warm).every(([t]) => t > 0), "the page reports when it is ready");

  const runs = () => page.evaluate(() => Number(document.body.dataset.runs || 0));
  async function runAndWait(start) {
    const before = await runs();
    await start();
    await page.waitForFunction((n) => Number(document.body.dataset.runs || 0) > n, before, { timeout: RUN_TIMEOUT });
  }
  const transcript = () => page.evaluate(() =>
    Array.from(document.querySelectorAll("#output > pre.out, #output figure pre.plot-text")).map((e) => e.textContent).join(""));
  const errors = () => page.evaluate(() =>
    Array.from(document.querySelectorAll("#output > pre.err")).map((e) => e.textContent).join(""));

  // ---- the lecture's samples: the same output as ./nn, digit for digit --------------------------------------
  for (const name of SAMPLES) {
    await page.selectOption("#samples", name);
    await page.waitForFunction((n) => document.body.dataset.sample === n, name);
    const t0 = Date.now();
    await runAndWait(() => page.click("#run"));
    const got = await transcript(), want = readFileSync(join(repo, "samples", name + ".out"), "utf8");
    const err = await errors();
    check(got === want && err === "", `${name}: the output pane shows samples/${name}.out (${Date.now() - t0} ms)`
      + (got === want ? "" : "\n" + firstDifference(want, got)) + (err ? "\n  stderr: " + err : ""));
    if (name === "regions" || name === "xor-train") await checkPlots(name);
    if (name === "xor-train") await checkFinishedChart();
    if (name === "xor-train") await page.screenshot({ path: join(artefacts, "playground.png"), fullPage: true });
  }

  // ---- Stop during a long training; the page then runs the next script --------------------------------------
  await page.goto(url, { waitUntil: "load" });  // a fresh page: the script's name is playground.nn again
  await page.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
  // Small epochs (a few hundred a second in the browser), so that the live chart has many to draw.
  const long = "seed 1\ndataset s = { [0, 0] -> 0; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 0 }\n"
    + "network net = 2 -> dense(3, sigmoid) -> dense(1, sigmoid)\n"
    + "train net on s {\n  loss sse\n  optimizer sgd(lr = 0.5)\n  epochs 100000000\n  batch 4\n}\n";
  await setScript(long);
  await page.click("#run");
  await page.waitForTimeout(1500);
  const stillRunning = await page.isEnabled("#stop") && !(await page.isEnabled("#run"));
  check(stillRunning, "a long training is still running after 1.5 s: " + JSON.stringify((await page.textContent("#output")).slice(0, 300)));
  // The live chart is redrawn as epochs finish: the epoch it shows grows and its pixels at fixed points change.
  const first = await chartPixels();
  await page.waitForTimeout(1500);
  const second = await chartPixels();
  check(first && second && second.epoch > first.epoch && second.drawn > first.drawn,
    "the live chart follows the training: epoch " + (first && first.epoch) + " then " + (second && second.epoch)
    + ", drawn " + (first && first.drawn) + " then " + (second && second.drawn) + " times");
  const changed = first && second ? first.points.filter((v, i) => v !== second.points[i]).length : 0;
  check(changed > 0 && second.ink > 0.01, `the live chart's pixels change as it is redrawn (${changed} of `
    + `${first ? first.points.length : 0} points changed; ink ${second ? second.ink.toFixed(3) : "none"})`);
  // From here on the network is off: a fresh interpreter and the samples must come from what the page has.
  await context.setOffline(true);
  if (stillRunning) {
    const beforeStop = await runs();
    await page.click("#stop");
    await page.waitForFunction((n) => Number(document.body.dataset.runs || 0) > n, beforeStop, { timeout: 5_000 });
    check((await page.textContent("#output")).includes("stopped"), "Stop ends the run and says so");
  }
  await page.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
  await setScript('print "after stop", 1 + 1\n');
  await runAndWait(() => page.click("#run"));
  check(await transcript() === "after stop 2\n", "after Stop a fresh interpreter runs the next script: " + JSON.stringify(await transcript()));
  await page.selectOption("#samples", "perceptron-gates");
  await page.waitForFunction(() => document.body.dataset.sample === "perceptron-gates");
  check(await page.inputValue("#source") === readFileSync(join(repo, "samples", "perceptron-gates.nn"), "utf8"),
    "offline, after Stop, the samples menu still loads a sample");
  await context.setOffline(false);
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("#run:not([disabled])", { timeout: 60_000 });

  // ---- a syntax error marks its place in the editor, and the message is in the output -----------------------
  await setScript("x = 1\nprint (x +)\nprint x\n");
  await runAndWait(() => page.click("#run"));
  const err = await errors();
  check(/^playground\.nn:2:\d+: error: /m.test(err), "a syntax error's message is in the output: " + JSON.stringify(err));
  const markAt = await page.evaluate(() => {
    const lines = document.getElementById("highlight").innerHTML.split("\n");
    const line = lines.findIndex((l) => l.includes('class="err-line"')) + 1;
    const at = document.querySelector("#highlight .err-at");
    return { line, text: at && at.textContent };
  });
  check(markAt.line === 2 && markAt.text === ")", "the editor marks line 2 at ')': " + JSON.stringify(markAt));
  const caret = await page.evaluate(() => document.getElementById("source").selectionStart);
  check(caret === "x = 1\nprint (x +".length, "the editor's cursor is put at the error: " + caret);
  await page.type("#source", " ");
  await painted();
  check(await page.locator("#highlight .err-at").count() === 0, "editing the script clears the mark");

  // ---- Ctrl-Enter runs; the share link carries the script (any Unicode) to a new tab --------------------------
  const shared = 'print "héllo ∑ 🙂", 6 * 7   # a comment\n';
  await setScript(shared);
  await runAndWait(() => page.press("#source", "Control+Enter"));
  check(await transcript() === "héllo ∑ 🙂 42\n", "Ctrl-Enter runs the script: " + JSON.stringify(await transcript()));
  await page.click("#share");
  const link = await page.inputValue("#share-url");
  check(link.startsWith(url) && /#code=[A-Za-z0-9_-]+$/.test(link), "the share link is the page's address with the script: " + link);
  const other = await context.newPage();
  await other.goto(link, { waitUntil: "load" });
  check(await other.inputValue("#source") === shared, "opening the share link loads the script");
  await other.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
  await other.close();

  // ---- download as .nn ------------------------------------------------------------------------------------
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const path = await download.path();
  check(download.suggestedFilename() === "playground.nn" && readFileSync(path, "utf8") === shared,
    "Download .nn saves the script as " + download.suggestedFilename());

  // ---- files: one the user adds, read by a script; a network saved, downloaded, loaded back; the shipped data --
  await page.setInputFiles("#add-files", { name: "xor.csv", mimeType: "text/csv",
    buffer: Buffer.from("x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n") });
  await page.waitForSelector('#files li[data-name="xor.csv"]');
  await setScript('dataset d = csv("xor.csv", target = "label")\nprint d\nnetwork n = 2 -> dense(1, sigmoid)\n'
    + 'save n to "n.json"\n');
  await runAndWait(() => page.click("#run"));
  check((await transcript()).startsWith("d: 4 rows, 2 features (x1, x2), 2 classes\n") && await errors() === "",
    "a script reads the file added with Add files…: " + JSON.stringify(await transcript()) + await errors());
  await page.waitForSelector('#files li[data-name="n.json"][data-origin="written"] a');
  const [saved] = await Promise.all([page.waitForEvent("download"), page.click('#files li[data-name="n.json"] a')]);
  const savedText = readFileSync(await saved.path(), "utf8");
  check(saved.suggestedFilename() === "n.json" && savedText.includes('"format": "nn-network"'),
    "the saved network is listed with a download link: " + saved.suggestedFilename() + " " + savedText.slice(0, 40));
  await setScript('m = load("n.json")\nprint m\n');
  await runAndWait(() => page.click("#run"));
  check((await transcript()).startsWith("network n: 2 inputs → 1 output, 1 layer") && await errors() === "",
    "a later run loads the saved network back: " + JSON.stringify(await transcript()) + await errors());
  await setScript('dataset d = csv("missing.csv")\n');
  await runAndWait(() => page.click("#run"));
  check((await errors()).includes("error: file not found: missing.csv") && (await errors()).includes("Add files"),
    "a missing file says so, with a hint to add it: " + JSON.stringify(await errors()));
  await setScript('dataset digits = mnist("data/mnist", limit = 50)\nprint digits\n');
  await runAndWait(() => page.click("#run"));
  check((await transcript()).startsWith("digits: 50 rows, 784 features, 10 classes\n") && await errors() === "",
    "the shipped MNIST subset is fetched when a script reads it: " + JSON.stringify(await transcript()) + await errors());
  await setScript(shared);  // the highlighting check below reads the shared script's keywords, string and comment

  // ---- highlighting comes from the editors' grammar --------------------------------------------------------
  const classes = await page.evaluate(() => Array.from(document.querySelectorAll("#highlight span")).flatMap((s) => [...s.classList]));
  check(["tok-keyword-other", "tok-string", "tok-comment", "tok-constant-numeric"].every((c) => classes.includes(c)),
    "the editor colours keywords, strings and comments: " + [...new Set(classes)].join(" "));

  // ---- the page in Spanish: a browser set to Spanish, and the language menu --------------------------------
  const spanish = await browser.newContext({ locale: "es-ES", viewport: { width: 1400, height: 900 } });
  const es = await spanish.newPage();
  es.on("pageerror", (e) => pageErrors.push(String(e)));
  await es.goto(url, { waitUntil: "load" });
  await es.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
  const words = (p) => p.evaluate(() => ({
    run: document.getElementById("run").textContent, stop: document.getElementById("stop").textContent,
    share: document.getElementById("share").textContent, download: document.getElementById("download").textContent,
    runTip: document.getElementById("run").title, status: document.getElementById("status").textContent,
    choose: document.querySelector("#samples option").textContent, lang: document.documentElement.lang,
    menu: document.getElementById("lang").value }));
  let w = await words(es);
  check(w.run === "Ejecutar" && w.stop === "Detener" && w.share === "Enlace para compartir" && w.download === "Descargar .nn"
    && w.runTip === "Ejecutar (Ctrl-Enter)" && w.status === "listo" && w.choose === "elige…" && w.lang === "es" && w.menu === "es",
    "a browser set to Spanish gets the page in Spanish: " + JSON.stringify(w));
  await es.selectOption("#samples", "perceptron-gates");
  await es.waitForFunction(() => document.body.dataset.sample === "perceptron-gates");
  const esRuns = await es.evaluate(() => Number(document.body.dataset.runs || 0));
  await es.click("#run");
  await es.waitForFunction((n) => Number(document.body.dataset.runs || 0) > n, esRuns, { timeout: RUN_TIMEOUT });
  const esOut = await es.evaluate(() =>
    Array.from(document.querySelectorAll("#output > pre.out, #output figure pre.plot-text")).map((e) => e.textContent).join(""));
  const esWant = readFileSync(join(repo, "samples", "perceptron-gates.es.out"), "utf8");
  check(esOut === esWant, "in Spanish the sample's output is samples/perceptron-gates.es.out" + (esOut === esWant ? "" : "\n" + firstDifference(esWant, esOut)));
  const esStatus = await es.textContent("#status");
  check(/^terminó en \d/.test(esStatus), "the status says it in Spanish: " + esStatus);
  const esCaption = await es.evaluate(() => { const c = document.querySelector("figure.train-chart figcaption"); return c && c.textContent; });
  check(!esCaption || /^entrenamiento de .* — época \d+ de \d+/.test(esCaption), "the chart's caption is in Spanish: " + esCaption);
  await es.screenshot({ path: join(artefacts, "playground-es.png"), fullPage: true });
  await es.selectOption("#lang", "en");
  w = await words(es);
  check(w.run === "Run" && w.stop === "Stop" && w.share === "Share link" && w.status.startsWith("finished in ") && w.lang === "en",
    "the language menu switches the page to English: " + JSON.stringify(w));
  await es.reload({ waitUntil: "load" });
  await es.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
  check((await words(es)).run === "Run", "the choice of language is remembered");
  await spanish.close();
  // And the other way: an English browser switched to Spanish; the interpreter's messages follow the page.
  await page.selectOption("#lang", "es");
  w = await words(page);
  check(w.run === "Ejecutar" && w.download === "Descargar .nn" && w.lang === "es", "the language menu switches the page to Spanish: " + JSON.stringify(w));
  await setScript("a = ones(2, 3)\nprint a @ a\n");
  await runAndWait(() => page.click("#run"));
  const esErr = await errors();
  check(/^playground\.nn:2:7: error: no se puede multiplicar 2×3 por 2×3/.test(esErr) && /^se detuvo con un error en /.test(await page.textContent("#status")),
    "after the switch, errors and the status come in Spanish: " + JSON.stringify(esErr));
  await page.selectOption("#lang", "en");

  // ---- hostile text: a share link or a script full of HTML stays text, in the editor and in the output ----------
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\n'
    + 'print "<b>bold</b> <img src=x onerror=window.__pwned=3> &amp; </pre><svg onload=window.__pwned=4>"\n';
  const hostileLink = url + "#code=" + Buffer.from(hostile, "utf8").toString("base64url");
  await page.goto(hostileLink, { waitUntil: "load" });
  await page.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
  check(await page.inputValue("#source") === hostile, "a share link full of HTML loads as the script's text");
  await runAndWait(() => page.click("#run"));
  await setScript(hostile.slice(hostile.indexOf("\n") + 1));
  await runAndWait(() => page.click("#run"));
  const shownHtml = await page.evaluate(() => ({
    pwned: window.__pwned, tags: document.querySelectorAll("#output img, #output svg, #output b, #highlight img, #highlight b").length,
    out: document.querySelector("#output > pre.out") && document.querySelector("#output > pre.out").textContent }));
  check(shownHtml.pwned === undefined && shownHtml.tags === 0
    && shownHtml.out === "<b>bold</b> <img src=x onerror=window.__pwned=3> &amp; </pre><svg onload=window.__pwned=4>\n",
    "HTML in a script and in its output is shown as text, never run: " + JSON.stringify(shownHtml));

  // ---- share links: a long script with any Unicode round-trips; a broken link says so; a mangled one still reads --
  const longScript = Array.from({ length: 3000 }, (_, i) => `print "línea ${i}: ∑ x² 🙂 — \\"ok\\""   # comentario ${i}`).join("\n") + "\n";
  // Put in as a paste would (playwright's fill inserts a long text line by line, which takes Chromium minutes).
  await page.evaluate((text) => {
    const e = document.getElementById("source");
    e.value = text;
    e.dispatchEvent(new Event("input"));
  }, longScript);
  await page.click("#share");
  const longLink = await page.inputValue("#share-url");
  const longPage = await context.newPage();
  await longPage.goto(longLink, { waitUntil: "load" });
  check(await longPage.inputValue("#source") === longScript,
    `a long script (${longScript.length} characters, a link of ${longLink.length}) round-trips through the share link`);
  await longPage.goto(url + "#code=" + Buffer.from('print "hi"\n').toString("base64").replace(/=/g, "%3D"), { waitUntil: "load" });
  check(await longPage.inputValue("#source") === 'print "hi"\n', "a link whose '=' a mail client escaped as %3D still loads");
  await longPage.close();
  for (const broken of ["#code=%%%", "#code=!!!!", "#code=" + Buffer.from([0xff, 0xfe, 0xfd]).toString("base64url")]) {
    const opened = await context.newPage();
    await opened.goto(url + broken, { waitUntil: "load" });
    await opened.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
    const said = await opened.evaluate(() => [document.getElementById("status").textContent, document.getElementById("output").textContent]);
    check(said[0] === "the link's script could not be read (is the link complete?)" && said[1] === said[0],
      `a broken link (${broken}) says so, and keeps saying it once the interpreter is ready: ` + JSON.stringify(said));
    await opened.close();
  }

  // ---- budgets: an endless loop is stopped by Stop; a huge allocation ends with the memory budget's message ----
  await setScript("i = 0\nwhile true { i = i + 1 }\n");
  await page.click("#run");
  await page.waitForTimeout(1000);
  const lag = await page.evaluate(() => new Promise((done) => { const t0 = performance.now(); setTimeout(() => done(performance.now() - t0), 0); }));
  check(lag < 1000, `during an endless loop the page answers (a timer fired after ${Math.round(lag)} ms)`);
  const beforeLoopStop = await runs();
  await page.click("#stop");
  await page.waitForFunction((n) => Number(document.body.dataset.runs || 0) > n, beforeLoopStop, { timeout: 5_000 });
  await page.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
  await setScript("a = zeros(100000, 100000)\nprint a\n");
  await runAndWait(() => page.click("#run"));
  check(/^playground\.nn:1:5: error: memory budget exceeded: a 100000×100000 matrix needs 74\.5 GiB/.test(await errors())
    && (await errors()).includes("hint: the page's budgets are fixed; on a computer, ./nn --max-memory 75g raises this one"),
    "a huge allocation ends with the memory budget's message, its hint for the page: " + JSON.stringify(await errors()));

  // ---- a flood of output: the page stays responsive, shows the head and the tail, and says what it left out -----
  const floodLines = 150_000;
  await setScript(`for i in 1..${floodLines} { print "line", i }\n`);
  const floodStart = Date.now();
  await runAndWait(() => page.click("#run"));
  const flood = await page.evaluate(() => {
    const o = document.getElementById("output"), cut = o.querySelector("pre.cut");
    const text = Array.from(o.querySelectorAll("pre.out")).map((p) => p.textContent).join("");
    return { blocks: o.childElementCount, chars: text.length, first: text.slice(0, 14), last: text.slice(-12), cut: cut && cut.textContent };
  });
  check(flood.first === "line 1\nline 2\n" && flood.last === "line 150000\n" && flood.cut && /^… [\d,]+ lines/.test(flood.cut)
    && flood.chars < 700_000 && flood.blocks < 200,
    `printing ${floodLines} lines (${Date.now() - floodStart} ms) shows the first and the last ones and says how many it left out: `
    + JSON.stringify(flood));

  // ---- the keyboard: Tab indents in the editor, Esc then Tab leaves it; Add files… is a button ----------------
  await setScript("x = 1\n");
  await page.focus("#source");
  await page.evaluate(() => document.getElementById("source").setSelectionRange(0, 0));
  await page.keyboard.press("Tab");
  check(await page.inputValue("#source") === "  x = 1\n" && await page.evaluate(() => document.activeElement.id) === "source",
    "Tab indents in the editor: " + JSON.stringify(await page.inputValue("#source")));
  await page.keyboard.press("Shift+Tab");
  check(await page.inputValue("#source") === "x = 1\n", "Shift-Tab unindents: " + JSON.stringify(await page.inputValue("#source")));
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  const after = await page.evaluate(() => document.activeElement && document.activeElement.id);
  check(after !== "source" && await page.inputValue("#source") === "x = 1\n", "Esc then Tab leaves the editor (to #" + after + ")");
  // A sample picked over the student's script is an edit of the editor: Ctrl-Z there brings the script back.
  await setScript("print \"my own work\"\n");
  await page.selectOption("#samples", "hebb");
  await page.waitForFunction(() => document.body.dataset.sample === "hebb");
  check(await page.inputValue("#source") === readFileSync(join(repo, "samples", "hebb.nn"), "utf8"), "the samples menu loads hebb.nn");
  await page.focus("#source");
  await page.keyboard.press("Control+z");
  check(await page.inputValue("#source") === "print \"my own work\"\n",
    "Ctrl-Z in the editor brings back the script a sample replaced: " + JSON.stringify((await page.inputValue("#source")).slice(0, 60)));
  // Enter on the focused button must reach the file input. Whether headless chromium then reports a chooser
  // depends on its user-activation timing (it did not, in one full CI run in two), so the input's click counts too.
  await page.evaluate(() => {
    window.__fileInputClicks = 0;
    document.getElementById("add-files").addEventListener("click", () => window.__fileInputClicks++);
  });
  await page.focus("#add-files-button");
  const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 5_000 }).catch(() => null), page.keyboard.press("Enter")]);
  const inputClicks = await page.evaluate(() => window.__fileInputClicks);
  check(chooser !== null || inputClicks === 1,
    "Add files… opens the file chooser from the keyboard (chooser " + (chooser !== null) + ", file input clicked " + inputClicks + ")");

  // ---- a phone: nothing wider than the screen, the buttons and both panes in view -----------------------------
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: "es-ES" });
  const small = await phone.newPage();
  await small.goto(url, { waitUntil: "load" });
  await small.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
  await small.selectOption("#samples", "regions");
  await small.waitForFunction(() => document.body.dataset.sample === "regions");
  const smallRuns = await small.evaluate(() => Number(document.body.dataset.runs || 0));
  await small.click("#run");
  await small.waitForFunction((n) => Number(document.body.dataset.runs || 0) > n, smallRuns, { timeout: RUN_TIMEOUT });
  await small.waitForFunction(() => Array.from(document.querySelectorAll("#output figure.plot canvas")).every((c) => c.dataset.drawn),
    null, { timeout: 10_000 });
  const fit = await small.evaluate(() => {
    const inView = (id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight && r.height > 0; };
    const plot = document.querySelector("#output figure.plot canvas").getBoundingClientRect();
    return { page: document.documentElement.scrollWidth, screen: innerWidth, run: inView("run"), stop: inView("stop"),
             share: inView("share"), files: inView("add-files-button"), editor: inView("editor"), status: inView("status"),
             editorHeight: Math.round(document.getElementById("editor").getBoundingClientRect().height), plotWidth: Math.round(plot.width) };
  });
  check(fit.page <= fit.screen && fit.run && fit.stop && fit.share && fit.files && fit.editor && fit.status && fit.editorHeight >= 150
    && fit.plotWidth <= fit.screen, "on a phone (360 px) the page fits the screen: " + JSON.stringify(fit));
  await small.screenshot({ path: join(artefacts, "playground-phone.png") });
  await phone.close();

  check(foreign.length === 0, "the page loads nothing from another site: " + foreign.join(" "));
  check(missing.length === 0, "the page asks for nothing that is missing: " + missing.join(" "));
  check(pageErrors.length === 0, "no JavaScript errors in the page: " + pageErrors.join("; "));
  await page.screenshot({ path: join(artefacts, "playground-end.png"), fullPage: true });

  /** The plots of the sample just run are drawn: canvases with pixels, and for regions the two classes apart. */
  async function checkPlots(name) {
    await page.waitForFunction(() => Array.from(document.querySelectorAll("#output figure.plot canvas")).every((c) => c.dataset.drawn),
      null, { timeout: 10_000 });
    const info = await page.evaluate(() => Array.from(document.querySelectorAll("#output figure.plot canvas")).map((c) => {
      const g = c.getContext("2d");
      const { data } = g.getImageData(0, 0, c.width, c.height);
      const colours = new Set();
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        if (rgb !== 0xffffff) ink++;
        if (colours.size < 64) colours.add(rgb);
      }
      // The colour most often seen around a point given as fractions of the width and height.
      const around = (fx, fy) => {
        const x0 = Math.round(fx * c.width), y0 = Math.round(fy * c.height), count = new Map();
        for (let y = y0 - 4; y <= y0 + 4; y++) for (let x = x0 - 4; x <= x0 + 4; x++) {
          const i = 4 * (y * c.width + x);
          const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
          count.set(rgb, (count.get(rgb) || 0) + 1);
        }
        return [...count].sort((a, b) => b[1] - a[1])[0][0];
      };
      return { drawn: c.dataset.drawn, w: c.width, h: c.height, ink: ink / (c.width * c.height), colours: colours.size,
               upperRight: around(0.7, 0.3), lowerLeft: around(0.25, 0.75) };
    }));
    check(info.length > 0 && info.every((p) => p.drawn === "true" && p.w > 50 && p.h > 50 && p.ink > 0.02 && p.colours > 2),
      `${name}: every plot is drawn on a canvas: ` + JSON.stringify(info.map(({ w, h, ink, colours }) => ({ w, h, ink: +ink.toFixed(3), colours }))));
    if (name === "regions") {
      // The first plot is the half-plane x + y >= 2 over (0,0)-(4,4): upper right fires, lower left does not.
      const first = info[0];
      check(first && first.upperRight !== first.lowerLeft && first.upperRight !== 0xffffff && first.lowerLeft !== 0xffffff,
        "regions: the half-plane's two classes have their own colours on the canvas: "
        + (first ? first.upperRight.toString(16) + " / " + first.lowerLeft.toString(16) : "no plot"));
    }
  }

  /** The live chart of the run in progress: its epoch, how often it was drawn, and its pixels at fixed points. */
  async function chartPixels() {
    return page.evaluate(() => {
      const c = document.querySelector("figure.train-chart canvas");
      if (!c) return null;
      const { data } = c.getContext("2d").getImageData(0, 0, c.width, c.height);
      const points = [];
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]) !== 0xffffff) ink++;
      // A grid of points inside the chart's plotting area (54 px from the left, 26 from the top, 44 and 30 the others).
      for (let fy = 0.15; fy < 0.85; fy += 0.05) for (let fx = 0.13; fx < 0.9; fx += 0.02) {
        const x = Math.round(fx * c.width), y = Math.round(fy * c.height), i = 4 * (y * c.width + x);
        points.push((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      }
      return { epoch: Number(c.dataset.epoch), drawn: Number(c.dataset.drawn), points, ink: ink / (c.width * c.height) };
    });
  }

  /** xor-train's chart, once the run is over: its last epoch is the one the run stopped at, its curves are drawn. */
  async function checkFinishedChart() {
    const info = await page.evaluate(() => {
      const f = document.querySelector("figure.train-chart");
      return f && { caption: f.querySelector("figcaption").textContent, epoch: Number(f.querySelector("canvas").dataset.epoch) };
    });
    const px = await chartPixels();
    check(info && info.epoch === 4264 && /^training xornet — epoch 4264 of 5000, loss 0\.002, accuracy 1$/.test(info.caption)
      && px.ink > 0.02, "xor-train: the training chart ends at the epoch the run stopped at: " + JSON.stringify(info)
      + (px ? " ink " + px.ink.toFixed(3) : ""));
    // Loss (blue) and accuracy (red) are both drawn.
    const colours = await page.evaluate(() => {
      const c = document.querySelector("figure.train-chart canvas");
      const { data } = c.getContext("2d").getImageData(0, 0, c.width, c.height);
      let blue = 0, red = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] === 0x1f && data[i + 1] === 0x5f && data[i + 2] === 0xa8) blue++;
        if (data[i] === 0xb3 && data[i + 1] === 0x26 && data[i + 2] === 0x1e) red++;
      }
      return { blue, red };
    });
    check(colours.blue > 100 && colours.red > 100, "xor-train: the chart draws the loss and the accuracy: " + JSON.stringify(colours));
  }

  async function setScript(text) {
    await page.fill("#source", text);
    await painted();
  }

  // The editor colours and marks at most once per animation frame (app.js): wait for two frames to pass.
  async function painted() {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
} finally {
  await browser.close();
}

function firstDifference(want, got) {
  const a = want.split("\n"), b = got.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `  line ${i + 1}: expected ${JSON.stringify(a[i])}\n  line ${i + 1}:      got ${JSON.stringify(b[i])}`;
  return "";
}

if (failures.length) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("all checks passed");
