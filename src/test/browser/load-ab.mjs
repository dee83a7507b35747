// Cold-load A/B of two builds of the playground page (a benchmark: prints figures, asserts nothing).
//   node load-ab.mjs URL_A URL_B [ROUNDS]
// Each load is cold (a new browser context: empty HTTP cache, nothing compiled); the two pages alternate, so a
// change of the machine's load touches both alike. Prints, per page, the median time to ready (Run enabled), and
// every load's [ready, nn.js handed to the worker, loading it in the worker] in ms, then the load average.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: node load-ab.mjs URL_A URL_B [ROUNDS]");
  process.exit(64);
}
const rounds = Number(roundsArg || 12);
const runs = { [a]: [], [b]: [] };
const browser = await chromium.launch({
  executablePath: process.env.NN_CHROMIUM || "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"],
});
try {
  for (let round = 0; round < rounds; round++) for (const url of [a, b]) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector("#run:not([disabled])", { timeout: 60_000 });
    runs[url].push(await page.evaluate(() => [Number(document.body.dataset.readyMs), Number(document.body.dataset.fetchMs),
      Number(document.body.dataset.loadMs)]));
    await context.close();
  }
} finally {
  await browser.close();
}
const median = (xs) => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)];
for (const url of [a, b]) {
  console.log(`${url}: ready median ${median(runs[url].map((r) => r[0]))} ms, nn.js to the worker median `
    + `${median(runs[url].map((r) => r[1]))} ms; all ${JSON.stringify(runs[url])}`);
}
console.log("load average " + readFileSync("/proc/loadavg", "utf8").trim());
