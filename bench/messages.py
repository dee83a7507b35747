"""What the bench scripts say, read from nn's own catalogues (src/main/resources/nn/i18n/*.properties), so
each text is written once for both languages and nn.i18n.MessageCataloguesTest guards it like any other.

The language is chosen as nn.i18n.Lang chooses nn's: --lang (the scripts pass it here), else NN_LANG, else
the first of LC_ALL, LC_MESSAGES, LANG that is set (es, es_ES.UTF-8, es-MX... mean Spanish), else English.
`./nn bench compare` passes the launcher's choice down as NN_LANG.

Texts are nn.i18n.Messages' subset of MessageFormat: {0}, {1}... are arguments, {N,choice,1#1 round|1<{N}
rounds} a plural; every other character, apostrophes and braces included, is itself. Scripts pass numbers
already formatted (strings) except the number a plural chooses by. A key is always the literal first
argument of messages.t, written out in full, so that the catalogue test finds it.
"""
import contextlib
import os

CATALOGUES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "src", "main", "resources", "nn", "i18n")
LANGS = ("en", "es")

lang = "en"
_loaded = {}


def parse(text):
    """'es', 'ES', 'es_ES.UTF-8', 'es-MX' -> 'es'; None for a language nn does not speak."""
    if text is None:
        return None
    t = text.strip().lower()
    for code in LANGS:
        if t == code or t.startswith(code + "_") or t.startswith(code + "-") or t.startswith(code + "."):
            return code
    return None


def from_environment(env=None):
    """The language of a run without --lang: NN_LANG, else the first locale variable set, else English."""
    env = os.environ if env is None else env
    chosen = parse(env.get("NN_LANG"))
    if chosen:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value is not None and value.strip():
            return parse(value) or "en"
    return "en"


def use(code):
    """Speaks `code` from now on, and so do the nn processes this one starts."""
    global lang
    lang = code
    os.environ["NN_LANG"] = code


@contextlib.contextmanager
def speaking(code):
    """Speaks `code` inside a with block (the language before is back after it)."""
    global lang
    before, lang = lang, code
    try:
        yield
    finally:
        lang = before


def take_lang_option(argv):
    """argv without its --lang X / --lang=X (the last one decides, as in nn); the language is then in use.
    Returns (rest, None), or (None, the value) for a language nn does not speak."""
    rest, chosen = [], from_environment()
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--lang" or a.startswith("--lang="):
            if a == "--lang":
                value = argv[i + 1] if i + 1 < len(argv) else ""
                i += 1
            else:
                value = a[len("--lang="):]
            lang_given = parse(value)
            if lang_given is None:
                use(chosen)  # the error is said in the language chosen so far
                return None, value
            chosen = lang_given
        else:
            rest.append(a)
        i += 1
    use(chosen)
    return rest, None


def t(key, *args):
    """The text named `key` in the current language, with its arguments filled in."""
    return format_text(pattern(lang, key), args)


def pattern(code, key):
    catalogue = key.split(".", 1)[0]
    texts = _load(catalogue, code)
    if key not in texts:
        raise KeyError(f"{key} ({catalogue}{'' if code == 'en' else '_' + code}.properties)")
    return texts[key]


def _load(catalogue, code):
    name = catalogue + ("" if code == "en" else "_" + code) + ".properties"
    if name not in _loaded:
        with open(os.path.join(CATALOGUES, name), encoding="utf-8") as f:
            _loaded[name] = read_properties(f.read())
    return _loaded[name]


def read_properties(text):
    """java.util.Properties' format: comments (# !), key = value, key: value, continued lines, escapes."""
    out = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].lstrip(" \t\f").rstrip("\r")
        i += 1
        if not line or line[0] in "#!":
            continue
        while _continues(line) and i < len(lines):
            line = line[:-1] + lines[i].lstrip(" \t\f").rstrip("\r")
            i += 1
        if _continues(line):
            line = line[:-1]
        k = 0
        while k < len(line) and line[k] not in "=: \t\f":
            k += 2 if line[k] == "\\" else 1
        key = _unescape(line[:k])
        rest = line[k:].lstrip(" \t\f")
        if rest[:1] in ("=", ":"):
            rest = rest[1:].lstrip(" \t\f")
        out[key] = _unescape(rest)
    return out


def _continues(line):
    slashes = len(line) - len(line.rstrip("\\"))
    return slashes % 2 == 1


def _unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n == "u" and i + 6 <= len(s):
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append({"n": "\n", "t": "\t", "r": "\r", "f": "\f"}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def format_text(text, args):
    """Plural choices first (as nn.i18n.Messages does), then the numbered arguments."""
    return _fill(_expand_choices(text, args), args)


def _closing(text, start):
    depth = 0
    for j in range(start, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unclosed argument in message: " + text)


def _opens_argument(text, i):
    return text[i] == "{" and i + 1 < len(text) and text[i + 1].isdigit()


def _each_argument(text, replace):
    """`text` with each argument element {...} (a brace then a digit, to its matching brace) replaced by
    replace(element, whole), element being what is inside the braces; the rest of the text stays as it is."""
    out, i = [], 0
    while i < len(text):
        if _opens_argument(text, i):
            end = _closing(text, i)
            out.append(replace(text[i + 1:end], text[i:end + 1]))
            i = end + 1
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _expand_choices(text, args):
    def choice(element, whole):
        comma = element.find(",choice,")
        return _choose(element[comma + 8:], float(args[int(element[:comma].strip())])) if comma > 0 else whole
    return _each_argument(text, choice)


def _choose(choices, x):
    """java.text.ChoiceFormat: the last branch whose limit x reaches (# at or above, < above), else the first."""
    chosen = None
    for branch in choices.split("|"):
        at = min((p for p in (branch.find("#"), branch.find("<")) if p >= 0))
        limit, strict, body = float(branch[:at]), branch[at] == "<", branch[at + 1:]
        if chosen is None or (x > limit if strict else x >= limit):
            chosen = body
    return chosen


def _fill(text, args):
    def argument(element, whole):
        return str(args[int(element)]) if element.isdigit() and int(element) < len(args) else whole
    return _each_argument(text, argument)


if __name__ == "__main__":
    # python3 bench/messages.py LANG KEY [ARGS...]: one text (the test compares it with nn.i18n.Messages').
    import sys
    lang = sys.argv[1]
    given = [int(a) if a.lstrip("-").isdigit() else a for a in sys.argv[3:]]
    sys.stdout.write(t(sys.argv[2], *given))
