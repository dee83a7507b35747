// The output pane: the run's text as the terminal prints it (stdout and stderr, each piece where the last piece of
// the same kind went, so a line printed in parts stays one line), its plots and its live charts, in order.
// A script may print millions of lines (`for i in 1..1000000 { print i }` is well inside nn's 10-million-character
// output budget), so the pane does only work in proportion to what arrives: text is appended as text nodes (never
// textContent +=, which copies everything shown so far) into blocks of about BLOCK_CHARS characters (each a <pre>
// of its own, cut after a newline, so the browser lays out again only the block that grew), and of a run's output
// it keeps the first HEAD_CHARS characters and then only the last TAIL_CHARS or so, dropping the oldest blocks, with
// a note saying how much was left out.
"use strict";

const NNOutput = (() => {
  const HEAD_CHARS = 500_000, TAIL_CHARS = 100_000, BLOCK_CHARS = 8192;

  /** The pane in element {@code root}; {@code t} gives the page's words. */
  function create(root, t) {
    let head = 0;            // characters shown before the cut
    let cut = null;          // once the head is full: {note, chars (shown after it), lines and dropped (left out)}
    let block = null, blockChars = 0;  // the <pre> that text goes to, and how much it holds
    let scrollPending = false, notePending = false;

    function clear() {
      root.textContent = "";
      head = 0;
      cut = null;
      block = null;
    }

    /** Text of kind "out" or "err". */
    function text(kind, piece) {
      if (!piece) return;
      if (!cut && head + piece.length > HEAD_CHARS) {
        // The head takes what fits up to a newline; the note goes after it, the rest to the tail.
        const room = HEAD_CHARS - head, at = piece.lastIndexOf("\n", room - 1) + 1;
        if (at > 0) { appendText(kind, piece.slice(0, at)); head += at; piece = piece.slice(at); }
        startCut();
      }
      appendText(kind, piece);
      if (cut) { cut.chars += piece.length; trim(); } else head += piece.length;
      scroll();
    }

    /** An element (a plot, a chart) in its place among the text. */
    function node(element) {
      root.appendChild(element);
      block = null;
      scroll();
    }

    /** A note of the page's own (in italics), such as "stopped". */
    function note(words) {
      const p = document.createElement("pre");
      p.className = "note";
      p.textContent = words;
      node(p);
    }

    function appendText(kind, piece) {
      if (root.lastElementChild !== block || (block && block.className !== kind)) block = null;
      while (piece) {
        if (!block) {
          block = document.createElement("pre");
          block.className = kind;
          blockChars = 0;
          root.appendChild(block);
        }
        // A full block takes the text up to the next newline; what follows goes to a new one.
        const full = blockChars + piece.length > BLOCK_CHARS;
        const at = full ? piece.indexOf("\n", Math.max(0, BLOCK_CHARS - blockChars - 1)) + 1 : 0;
        const here = at > 0 ? piece.slice(0, at) : piece;
        block.appendChild(document.createTextNode(here));
        blockChars += here.length;
        piece = piece.slice(here.length);
        if (full && at > 0) block = null;
      }
    }

    function startCut() {
      const p = document.createElement("pre");
      p.className = "note cut";
      root.appendChild(p);
      block = null;
      cut = { note: p, chars: 0, lines: 0, dropped: 0 };
    }

    /** Drops the oldest blocks after the note (and any plot among them) while the tail holds more than TAIL_CHARS. */
    function trim() {
      while (cut.chars > TAIL_CHARS) {
        const first = cut.note.nextElementSibling;
        if (!first || first === block) break;
        if (first.tagName === "PRE") {
          const gone = first.textContent;
          cut.chars -= gone.length;
          cut.dropped += gone.length;
          cut.lines += count(gone, "\n");
        }
        first.remove();
      }
      if (notePending) return;
      notePending = true;
      requestAnimationFrame(() => {
        notePending = false;
        const n = (v) => v.toLocaleString(NNText.lang);
        if (cut) cut.note.textContent = t("output.cut", n(cut.lines), n(cut.dropped), n(HEAD_CHARS), n(TAIL_CHARS));
      });
    }

    function scroll() {
      if (scrollPending) return;
      scrollPending = true;
      requestAnimationFrame(() => { scrollPending = false; root.scrollTop = root.scrollHeight; });
    }

    /** Everything printed on stderr that is still shown (the error's place is read from it). */
    function errors() {
      return Array.from(root.querySelectorAll("pre.err")).map((p) => p.textContent).join("");
    }

    return { clear, text, node, note, errors };
  }

  function count(s, c) {
    let n = 0;
    for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
    return n;
  }

  return { create, HEAD_CHARS, TAIL_CHARS };
})();
