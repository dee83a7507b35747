// The page's own words, in English and Spanish: the one table the page's texts come from (index.html names its
// keys in data-i18n attributes, app.js asks NNText.t). The interpreter's messages come from nn's catalogues
// inside nn.js; the page tells it the language chosen here. Spanish as the lecture writes it (tú, accents).
"use strict";

const NNText = (() => {
  const TEXTS = {
    en: {
      "title": "nn playground",
      "heading.sub": "playground",
      "actions": "actions",
      "samples.label": "Sample",
      "samples.aria": "samples",
      "samples.choose": "choose…",
      "run": "Run",
      "run.tip": "Run (Ctrl-Enter)",
      "stop": "Stop",
      "stop.tip": "Stop the running script",
      "share": "Share link",
      "share.tip": "Put the script in the address (a link to share)",
      "share.aria": "share link",
      "download": "Download .nn",
      "download.tip": "Save the script as a .nn file",
      "lang.aria": "language of the page",
      "script.aria": "script",
      "editor.aria": "nn script",
      "editor.keys": "Tab indents, Shift-Tab unindents; Esc then Tab leaves the editor. Ctrl-Enter runs.",
      "output.aria": "output",
      "status.loading": "loading the interpreter…",
      "status.ready": "ready",
      "status.running": "running {0}…",
      "status.finished": "finished in {0}",
      "status.failed": "stopped with an error in {0}",
      "status.stopped": "stopped; starting a fresh interpreter…",
      "status.load-failed": "the interpreter could not be loaded: {0}",
      "status.start-failed": "the interpreter could not start: {0}",
      "status.sample-failed": "could not load the sample: {0}",
      "status.share-copied": "share link copied to the clipboard",
      "status.share-copy": "share link: copy it from the box",
      "status.link-broken": "the link's script could not be read (is the link complete?)",
      "worker.failed": "the worker failed",
      "worker.died": "the interpreter stopped: {0}",
      "internal-error": "internal error: {0} — this is a bug in nn; please report it",
      "note.stopped": "stopped",
      "output.cut": "… {0} lines ({1} characters) not shown: the page shows the first {2} and the last {3} characters of a run's output",
      "plot.as-text": "as text",
      "chart.title": "training {0}",
      "chart.epoch": "epoch {0} of {1}",
      "chart.loss": "loss",
      "chart.accuracy": "accuracy",
      "chart.val-loss": "validation loss",
      "chart.val-accuracy": "validation accuracy",
      "chart.aria": "loss and accuracy of the training run, epoch by epoch",
      "files.add": "Add files…",
      "files.add.tip": "Files for scripts to read: CSV, IDX, saved networks (.json)…",
      "files.aria": "files",
      "files.written.tip": "written by a script, {0}: download it",
      "files.added.tip": "added, {0}: download it",
      "files.remove.tip": "remove {0} from the page",
      "script.default": "# Write nn here, or pick a sample; Ctrl-Enter runs.\n",
    },
    es: {
      "title": "nn: zona de pruebas",
      "heading.sub": "zona de pruebas",
      "actions": "acciones",
      "samples.label": "Ejemplo",
      "samples.aria": "ejemplos",
      "samples.choose": "elige…",
      "run": "Ejecutar",
      "run.tip": "Ejecutar (Ctrl-Enter)",
      "stop": "Detener",
      "stop.tip": "Detener el script en ejecución",
      "share": "Enlace para compartir",
      "share.tip": "Pon el script en la dirección (un enlace para compartir)",
      "share.aria": "enlace para compartir",
      "download": "Descargar .nn",
      "download.tip": "Guarda el script como archivo .nn",
      "lang.aria": "idioma de la página",
      "script.aria": "script",
      "editor.aria": "script de nn",
      "editor.keys": "Tab sangra, Mayús-Tab quita la sangría; Esc y luego Tab sale del editor. Ctrl-Enter lo ejecuta.",
      "output.aria": "salida",
      "status.loading": "cargando el intérprete…",
      "status.ready": "listo",
      "status.running": "ejecutando {0}…",
      "status.finished": "terminó en {0}",
      "status.failed": "se detuvo con un error en {0}",
      "status.stopped": "detenido; iniciando un intérprete nuevo…",
      "status.load-failed": "no se pudo cargar el intérprete: {0}",
      "status.start-failed": "el intérprete no pudo iniciarse: {0}",
      "status.sample-failed": "no se pudo cargar el ejemplo: {0}",
      "status.share-copied": "enlace copiado al portapapeles",
      "status.share-copy": "enlace para compartir: cópialo del recuadro",
      "status.link-broken": "no se pudo leer el script del enlace (¿está completo el enlace?)",
      "worker.failed": "el hilo del intérprete falló",
      "worker.died": "el intérprete se detuvo: {0}",
      "internal-error": "error interno: {0} — es un error de nn; por favor, repórtalo",
      "note.stopped": "detenido",
      "output.cut": "… {0} líneas ({1} caracteres) sin mostrar: la página muestra los primeros {2} y los últimos {3} caracteres de la salida de una ejecución",
      "plot.as-text": "como texto",
      "chart.title": "entrenamiento de {0}",
      "chart.epoch": "época {0} de {1}",
      "chart.loss": "pérdida",
      "chart.accuracy": "exactitud",
      "chart.val-loss": "pérdida de validación",
      "chart.val-accuracy": "exactitud de validación",
      "chart.aria": "pérdida y exactitud del entrenamiento, época a época",
      "files.add": "Añadir archivos…",
      "files.add.tip": "Archivos que leen los scripts: CSV, IDX, redes guardadas (.json)…",
      "files.aria": "archivos",
      "files.written.tip": "escrito por un script, {0}: descárgalo",
      "files.added.tip": "añadido, {0}: descárgalo",
      "files.remove.tip": "quitar {0} de la página",
      "script.default": "# Escribe nn aquí o elige un ejemplo; Ctrl-Enter lo ejecuta.\n",
    },
  };
  const NAMES = { en: "English", es: "Español" };
  const STORED = "nn.lang";

  /** "es" for a Spanish browser (es, es-MX, …), else "en"; a choice made in the page wins and is remembered. */
  function initial() {
    let chosen = null;
    try { chosen = localStorage.getItem(STORED); } catch (e) { /* storage off: the browser's language */ }
    if (chosen && TEXTS[chosen]) return chosen;
    return /^es\b/i.test(navigator.language || "") ? "es" : "en";
  }

  let lang = initial();

  /** The text named key in the page's language, with {0}, {1}… filled. */
  function t(key, ...args) {
    const text = TEXTS[lang][key] ?? TEXTS.en[key];
    if (text === undefined) throw new Error("no page text " + key);
    return text.replace(/\{(\d+)\}/g, (m, i) => (i < args.length ? String(args[i]) : m));
  }

  /**
   * Puts the texts into the page: data-i18n (the text), data-i18n-title (the tooltip), data-i18n-aria
   * (aria-label), data-i18n-placeholder; the document's title and language.
   */
  function apply(root) {
    document.documentElement.lang = lang;
    document.title = t("title");
    for (const e of root.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
    for (const e of root.querySelectorAll("[data-i18n-title]")) e.title = t(e.dataset.i18nTitle);
    for (const e of root.querySelectorAll("[data-i18n-aria]")) e.setAttribute("aria-label", t(e.dataset.i18nAria));
  }

  /** Switches the page's language (remembered for the next visit). */
  function use(next) {
    if (!TEXTS[next]) return;
    lang = next;
    try { localStorage.setItem(STORED, next); } catch (e) { /* not remembered */ }
  }

  return { t, apply, use, get lang() { return lang; }, languages: Object.keys(TEXTS), names: NAMES };
})();
