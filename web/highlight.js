// Highlighting for the editor, driven by the editors' TextMate grammar (nn.tmLanguage.json, copied here by the
// build), so the page and VS Code colour a script the same way and a new keyword is added in one place.
// It runs the subset of TextMate that the grammar uses: match rules with captures, begin/end rules with inner
// patterns, includes from the repository. Every rule of nn's grammar ends on its own line, so each line is
// tokenised on its own.
"use strict";

const NNHighlight = (() => {
  /** Oniguruma patterns as JavaScript ones: the grammar's patterns use no syntax that differs except \h. */
  function regex(source) {
    return new RegExp(source.replace(/\\h/g, "[0-9A-Fa-f]"), "gu");
  }

  /** Compiles a rule tree: each rule gets its RegExps, includes are resolved lazily against the repository. */
  function compile(grammar) {
    const repo = grammar.repository || {};
    const cache = new Map();
    function rule(r) {
      if (cache.has(r)) return cache.get(r);
      const c = { name: r.name, captures: r.captures, beginCaptures: r.beginCaptures || r.captures,
                  endCaptures: r.endCaptures || r.captures, patterns: null, raw: r };
      cache.set(r, c);
      if (r.match) c.match = regex(r.match);
      if (r.begin) { c.begin = regex(r.begin); c.end = regex(r.end); }
      if (r.patterns) c.patterns = list(r.patterns);
      return c;
    }
    function list(patterns) {
      const out = [];
      for (const p of patterns) {
        if (p.include) {
          const target = p.include === "$self" ? { patterns: grammar.patterns } : repo[p.include.replace(/^#/, "")];
          if (!target) continue;
          if (target.match || target.begin) out.push(rule(target));
          else if (target.patterns) out.push(...list(target.patterns));
        } else if (p.match || p.begin) {
          out.push(rule(p));
        } else if (p.patterns) {
          out.push(...list(p.patterns));
        }
      }
      return out;
    }
    return list(grammar.patterns);
  }

  /** The earliest match at or after pos among rules (the first rule wins a tie), as {rule, m, isEnd}. */
  function firstMatch(line, pos, rules, end) {
    let best = null;
    if (end) {
      end.lastIndex = pos;
      const m = end.exec(line);
      if (m) best = { rule: null, m, isEnd: true };
    }
    for (const r of rules) {
      const re = r.match || r.begin;
      re.lastIndex = pos;
      const m = re.exec(line);
      if (m && (!best || m.index < best.m.index)) best = { rule: r, m, isEnd: false };
    }
    return best;
  }

  /** Tokens of one line: [{from, to, scopes: [...]}] covering the line. */
  function tokenizeLine(line, top) {
    const tokens = [];
    const stack = [];  // open begin/end rules: {rule, scopes}
    let pos = 0;
    const scopes = () => stack.flatMap(s => s.rule.name ? [s.rule.name] : []);
    function push(from, to, extra) {
      if (to > from) tokens.push({ from, to, scopes: scopes().concat(extra || []) });
    }
    function pushCaptured(m, name, captures) {
      const start = m.index, stop = m.index + m[0].length;
      if (!captures) { push(start, stop, name ? [name] : []); return; }
      // Captured groups (the grammar's are in order, not nested) coloured on top of the whole match's name.
      let at = start, searchFrom = 0;
      for (let g = 1; g < m.length; g++) {
        if (m[g] === undefined || !captures[g]) continue;
        const gFrom = start + m[0].indexOf(m[g], searchFrom);
        if (gFrom < at) continue;
        push(at, gFrom, name ? [name] : []);
        push(gFrom, gFrom + m[g].length, (name ? [name] : []).concat([captures[g].name]));
        at = gFrom + m[g].length;
        searchFrom = at - start;
      }
      if (captures[0] && at === start) { push(start, stop, (name ? [name] : []).concat([captures[0].name])); return; }
      push(at, stop, name ? [name] : []);
    }
    // Every step consumes text or closes a rule; the guard only protects the page from a grammar that would not.
    for (let guard = 4 * line.length + 16; guard > 0; guard--) {
      const open = stack[stack.length - 1];
      const rules = open ? (open.rule.patterns || []) : top;
      const hit = firstMatch(line, pos, rules, open ? open.rule.end : null);
      if (!hit) { push(pos, line.length); break; }
      push(pos, hit.m.index);
      const stop = hit.m.index + hit.m[0].length;
      if (hit.isEnd) {
        pushCaptured(hit.m, null, open.rule.endCaptures);
        stack.pop();
      } else if (hit.rule.begin) {
        stack.push({ rule: hit.rule });  // its name now covers the begin text and everything up to its end
        pushCaptured(hit.m, null, hit.rule.beginCaptures);
      } else {
        pushCaptured(hit.m, hit.rule.name, hit.rule.captures);
      }
      if (stop === hit.m.index && !hit.isEnd && !hit.rule.begin) {
        push(stop, stop + 1);  // an empty match of a plain rule: the character is plain text
        pos = stop + 1;
      } else {
        pos = stop;
      }
      if (pos > line.length) break;
    }
    return tokens;
  }

  /** The CSS classes of a token from its innermost scope's first two parts (keyword.control.nn -> tok-keyword tok-keyword-control). */
  function cssClass(scopes) {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const parts = scopes[i].split(".");
      if (parts[0] === "meta" || parts[0] === "punctuation") continue;
      return parts.length > 1 ? `tok-${parts[0]} tok-${parts[0]}-${parts[1]}` : `tok-${parts[0]}`;
    }
    return null;
  }

  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  /**
   * The HTML for a script: each token in a span of its class. mark = {line, from, to} (1-based line, code
   * unit offsets in it) marks an error's place: the line gets err-line and the marked text err-at.
   */
  function toHtml(rules, text, mark) {
    const lines = text.split("\n");
    const html = [];
    lines.forEach((line, i) => {
      const marked = mark && mark.line === i + 1;
      html.push(marked ? `<span class="err-line">${lineHtml(rules, line, mark)}</span>` : lineHtml(rules, line, null));
    });
    // A trailing newline in a textarea shows an empty last line; the copy must have it too to scroll alike.
    return html.join("\n") + "\n";
  }

  // Lines are tokenised on their own, so a line's HTML depends on its text alone: kept, so that typing in a long
  // script tokenises only the line that changed. Cleared when it grows past CACHE_LINES (or the rules change).
  const CACHE_LINES = 20000;
  let cache = new Map(), cacheRules = null;

  function lineHtml(rules, line, mark) {
    if (!mark) {
      if (cacheRules !== rules || cache.size > CACHE_LINES) { cache = new Map(); cacheRules = rules; }
      const known = cache.get(line);
      if (known !== undefined) return known;
    }
    let out = "";
    const cuts = rules ? tokenizeLine(line, rules) : [{ from: 0, to: line.length, scopes: [] }];
    for (const t of cuts) {
      const cls = cssClass(t.scopes);
      const pieces = mark ? splitAt(t.from, t.to, mark.from, mark.to) : [[t.from, t.to, false]];
      for (const [a, b, inMark] of pieces) {
        const body = escape(line.slice(a, b));
        const classes = [cls, inMark ? "err-at" : null].filter(Boolean).join(" ");
        out += classes ? `<span class="${classes}">${body}</span>` : body;
      }
    }
    if (mark && mark.from >= line.length) out += '<span class="err-at"> </span>';
    if (!mark) cache.set(line, out);
    return out;
  }

  function splitAt(from, to, markFrom, markTo) {
    const cuts = [from, Math.min(Math.max(markFrom, from), to), Math.min(Math.max(markTo, from), to), to];
    const out = [];
    for (let k = 0; k < 3; k++) if (cuts[k + 1] > cuts[k]) out.push([cuts[k], cuts[k + 1], k === 1]);
    return out;
  }

  return { compile, tokenizeLine, toHtml };
})();
