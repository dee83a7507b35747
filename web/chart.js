// The live chart of a training run: loss (left scale) and accuracy (right scale, 0 to 1) epoch by epoch, drawn on
// a canvas as the worker passes the epochs on (see worker.js), redrawn at most every REDRAW_MS. A long run keeps at
// most MAX_POINTS points per curve: past that, every second point is dropped and from then on every second epoch.
"use strict";

const NNChart = (() => {
  const REDRAW_MS = 150, MAX_POINTS = 2000;
  const WIDTH = 480, HEIGHT = 220, PAD = { left: 54, right: 44, top: 26, bottom: 30 };
  const COLOURS = { loss: "#1f5fa8", accuracy: "#b3261e", valLoss: "#7fa6d3", valAccuracy: "#e08b84" };

  /** A chart in a figure: start({network, epochs}) once, then add(epochs) as they come, finish() at the end. */
  function create(t) {
    const figure = document.createElement("figure");
    figure.className = "train-chart";
    const canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", t("chart.aria"));
    const caption = document.createElement("figcaption");
    figure.append(caption, canvas);
    const scale = window.devicePixelRatio || 1;
    canvas.width = Math.round(WIDTH * scale);
    canvas.height = Math.round(HEIGHT * scale);
    canvas.style.width = WIDTH + "px";

    let network = "", epochs = 0, stride = 1, last = null, timer = null;
    const series = { loss: [], accuracy: [], valLoss: [], valAccuracy: [] };  // [epoch, value] pairs

    function start(info) {
      network = info.network;
      epochs = info.epochs;
      draw();
    }

    function add(points) {
      for (const p of points) {
        last = p;
        if (p.epoch % stride !== 0 && p.epoch !== 1) continue;
        for (const name of Object.keys(series)) if (p[name] != null) series[name].push([p.epoch, p[name]]);
        if (series.loss.length > MAX_POINTS) {
          stride *= 2;
          for (const name of Object.keys(series)) series[name] = series[name].filter(([e], i) => i === 0 || e % stride === 0);
        }
      }
      if (!timer) timer = setTimeout(() => { timer = null; draw(); }, REDRAW_MS);
    }

    /** The last epoch is drawn too (it may fall between the kept ones) and the chart is drawn now. */
    function finish() {
      if (timer) { clearTimeout(timer); timer = null; }
      if (last) for (const name of Object.keys(series)) {
        const s = series[name];
        if (last[name] != null && (!s.length || s[s.length - 1][0] !== last.epoch)) s.push([last.epoch, last[name]]);
      }
      draw();
    }

    function draw() {
      const g = canvas.getContext("2d");
      g.setTransform(scale, 0, 0, scale, 0, 0);
      g.fillStyle = "#fff";
      g.fillRect(0, 0, WIDTH, HEIGHT);
      const x0 = PAD.left, x1 = WIDTH - PAD.right, y0 = HEIGHT - PAD.bottom, y1 = PAD.top;
      const lastEpoch = last ? last.epoch : 0;
      caption.textContent = t("chart.title", network) + " — " + t("chart.epoch", lastEpoch, epochs)
        + (last && last.loss != null ? ", " + t("chart.loss") + " " + number(last.loss) : "")
        + (last && last.accuracy != null ? ", " + t("chart.accuracy") + " " + number(last.accuracy) : "");
      canvas.dataset.epoch = String(lastEpoch);
      // The epoch axis grows with the run (a run of a hundred million epochs is charted as far as it got).
      const xMax = Math.max(2, lastEpoch, Math.min(epochs, 10));
      const losses = series.loss.concat(series.valLoss).map(([, v]) => v).filter(Number.isFinite);
      const lossMax = losses.length ? niceCeiling(Math.max(...losses)) : 1;
      const px = (e) => x0 + (x1 - x0) * (e - 1) / (xMax - 1);
      const pyLoss = (v) => y0 - (y0 - y1) * Math.min(v, lossMax) / lossMax;
      const pyAcc = (v) => y0 - (y0 - y1) * v;
      axes(g, x0, x1, y0, y1, xMax, lossMax, series.accuracy.length > 0);
      line(g, series.valLoss, px, pyLoss, COLOURS.valLoss, [4, 3]);
      line(g, series.valAccuracy, px, pyAcc, COLOURS.valAccuracy, [4, 3]);
      line(g, series.loss, px, pyLoss, COLOURS.loss, []);
      line(g, series.accuracy, px, pyAcc, COLOURS.accuracy, []);
      legend(g, x0);
      canvas.dataset.drawn = String(Number(canvas.dataset.drawn || 0) + 1);
    }

    function axes(g, x0, x1, y0, y1, xMax, lossMax, accuracy) {
      g.strokeStyle = "#d9d8d2";
      g.lineWidth = 1;
      g.fillStyle = "#6b6b66";
      g.font = "11px system-ui, sans-serif";
      g.textAlign = "right";
      g.textBaseline = "middle";
      for (let k = 0; k <= 4; k++) {
        const y = y0 - (y0 - y1) * k / 4;
        g.beginPath(); g.moveTo(x0, y); g.lineTo(x1, y); g.stroke();
        g.fillText(number(lossMax * k / 4), x0 - 4, y);
        if (accuracy) { g.textAlign = "left"; g.fillText(number(k / 4), x1 + 4, y); g.textAlign = "right"; }
      }
      g.textAlign = "center";
      g.textBaseline = "top";
      for (let k = 0; k <= 4; k++) {
        const e = Math.round(1 + (xMax - 1) * k / 4);
        g.fillText(String(e), x0 + (x1 - x0) * k / 4, y0 + 4);
      }
      g.strokeStyle = "#6b6b66";
      g.strokeRect(x0, y1, x1 - x0, y0 - y1);
    }

    function line(g, points, px, py, colour, dash) {
      if (!points.length) return;
      g.strokeStyle = colour;
      g.lineWidth = 2;
      g.setLineDash(dash);
      g.beginPath();
      points.forEach(([e, v], i) => (i ? g.lineTo(px(e), py(v)) : g.moveTo(px(e), py(v))));
      if (points.length === 1) g.lineTo(px(points[0][0]) + 1, py(points[0][1]));
      g.stroke();
      g.setLineDash([]);
    }

    function legend(g, x) {
      g.textAlign = "left";
      g.textBaseline = "middle";
      g.font = "12px system-ui, sans-serif";
      for (const [name, key] of [["loss", "chart.loss"], ["accuracy", "chart.accuracy"], ["valLoss", "chart.val-loss"],
                                 ["valAccuracy", "chart.val-accuracy"]]) {
        if (!series[name].length) continue;
        g.fillStyle = COLOURS[name];
        g.fillRect(x, 9, 14, 3);
        g.fillStyle = "#1d1d1b";
        g.fillText(t(key), x + 18, 11);
        x += g.measureText(t(key)).width + 34;
      }
    }

    return { figure, canvas, start, add, finish };
  }

  /** A number as a short label: 0.25, 1.5, 1e-4. */
  function number(v) {
    if (v === 0) return "0";
    const a = Math.abs(v);
    return a >= 1e4 || a < 1e-3 ? v.toExponential(1) : String(Number(v.toPrecision(4)));
  }

  /** The smallest of 1, 2, 2.5, 5 times a power of ten at or above v. */
  function niceCeiling(v) {
    if (!(v > 0)) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
    return 10 * p;
  }

  return { create };
})();
