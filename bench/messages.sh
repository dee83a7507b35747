# What the bench shell scripts say, read from nn's own catalogues (src/main/resources/nn/i18n/*.properties):
# the shell's side of bench/messages.py, sourced by bench/startup.sh. A text is written once for both
# languages and nn.i18n.MessageCataloguesTest guards it like any other; a key is always the literal first
# word after messages_t, written out in full, so that the test finds it.
#
# messages_choose_lang ARGS...  sets messages_lang (en or es) as nn.i18n.Lang chooses nn's language: the last
#                               --lang X or --lang=X among ARGS, else NN_LANG, else the first of LC_ALL,
#                               LC_MESSAGES, LANG that is set (es, es_ES.UTF-8, es-MX... mean Spanish), else
#                               English; messages_bad_lang holds a --lang value nn does not speak (else empty).
# messages_t KEY ARGS...        prints the text (no newline) with {0}, {1}... filled in and its plurals
#                               ({0,choice,1#1 round|1<{0} rounds}) chosen, as nn.i18n.Messages does.

messages_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../src/main/resources/nn/i18n" && pwd)"
messages_lang=en
messages_bad_lang=

messages_parse() {  # prints es or en for a language tag, nothing for another language
  case "${1,,}" in
    es|es_*|es-*|es.*) echo es ;;
    en|en_*|en-*|en.*) echo en ;;
  esac
}

messages_choose_lang() {
  local prev="" a value chosen v
  messages_bad_lang=
  chosen="$(messages_parse "${NN_LANG:-}")"
  if [ -z "$chosen" ]; then
    for v in "${LC_ALL:-}" "${LC_MESSAGES:-}" "${LANG:-}"; do
      if [ -n "${v// /}" ]; then chosen="$(messages_parse "$v")"; chosen="${chosen:-en}"; break; fi
    done
  fi
  messages_lang="${chosen:-en}"
  for a in "$@"; do
    if [ "$prev" = --lang ] || [ "${a#--lang=}" != "$a" ]; then
      if [ "$prev" = --lang ]; then value="$a"; else value="${a#--lang=}"; fi
      chosen="$(messages_parse "$value")"
      # A language nn does not speak is said in the language chosen so far.
      [ -n "$chosen" ] || { messages_bad_lang="${value:- }"; return; }
      messages_lang="$chosen"
    fi
    prev="$a"
  done
  [ "$prev" = --lang ] && { messages_bad_lang=" "; return; }
  export NN_LANG="$messages_lang"  # and the nn processes the script starts speak it too
}

messages_t() {
  local key="$1" file
  shift
  file="$messages_dir/${key%%.*}$([ "$messages_lang" = en ] || printf '_%s' "$messages_lang").properties"
  # Arguments travel through the environment: awk -v would read backslashes in them as escapes.
  NN_MESSAGE_KEY="$key" NN_MESSAGE_ARGS="$(printf '%s\037' "$@")" NN_MESSAGE_COUNT="$#" LC_ALL=C awk '
    function unescape(s,    out, i, c, n, code) {
      out = ""
      for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c != "\\" || i == length(s)) { out = out c; continue }
        n = substr(s, ++i, 1)
        if (n == "n") out = out "\n"
        else if (n == "t") out = out "\t"
        else if (n == "r") out = out "\r"
        else if (n == "f") out = out "\f"
        else if (n == "u") { code = hex(substr(s, i + 1, 4)); i += 4; out = out utf8(code) }
        else out = out n
      }
      return out
    }
    function hex(h,    v, k) {
      v = 0
      for (k = 1; k <= 4; k++) v = v * 16 + index("0123456789abcdef", tolower(substr(h, k, 1))) - 1
      return v
    }
    function utf8(c) {
      if (c < 128) return sprintf("%c", c)
      if (c < 2048) return sprintf("%c%c", 192 + int(c / 64), 128 + c % 64)
      return sprintf("%c%c%c", 224 + int(c / 4096), 128 + int(c / 64) % 64, 128 + c % 64)
    }
    function continues(line,    n) {
      n = 0
      while (n < length(line) && substr(line, length(line) - n, 1) == "\\") n++
      return n % 2 == 1
    }
    function closing(s, start,    depth, j, c) {
      depth = 0
      for (j = start; j <= length(s); j++) {
        c = substr(s, j, 1)
        if (c == "{") depth++
        else if (c == "}" && --depth == 0) return j
      }
      return length(s)
    }
    function opens(s, i) { return substr(s, i, 1) == "{" && substr(s, i + 1, 1) ~ /[0-9]/ }
    function choose(choices, x,    branches, n, b, at, lt, limit, chosen) {
      n = split(choices, branches, "|")
      for (b = 1; b <= n; b++) {
        at = index(branches[b], "#"); lt = index(branches[b], "<")
        if (at == 0 || (lt > 0 && lt < at)) at = lt
        limit = substr(branches[b], 1, at - 1) + 0
        if (b == 1 || (substr(branches[b], at, 1) == "<" ? x > limit : x >= limit)) chosen = substr(branches[b], at + 1)
      }
      return chosen
    }
    function expand(s, choosing,    out, i, end, element, comma, idx) {
      out = ""
      for (i = 1; i <= length(s); i++) {
        if (!opens(s, i)) { out = out substr(s, i, 1); continue }
        end = closing(s, i)
        element = substr(s, i + 1, end - i - 1)
        comma = index(element, ",choice,")
        idx = (comma > 0 ? substr(element, 1, comma - 1) : element) + 0
        if (choosing && comma > 0) out = out choose(substr(element, comma + 8), args[idx] + 0)
        else if (!choosing && element ~ /^[0-9]+$/ && idx < count) out = out args[idx]
        else out = out substr(s, i, end - i + 1)
        i = end
      }
      return out
    }
    BEGIN {
      key = ENVIRON["NN_MESSAGE_KEY"]; count = ENVIRON["NN_MESSAGE_COUNT"] + 0
      split(ENVIRON["NN_MESSAGE_ARGS"], given, "\037")
      for (k = 1; k <= count; k++) args[k - 1] = given[k]
    }
    {
      sub(/\r$/, "")
      line = $0
      sub(/^[ \t\f]+/, "", line)
      if (joining) line = joined line
      else if (line == "" || line ~ /^[#!]/) next
      joining = continues(line)
      if (joining) { joined = substr(line, 1, length(line) - 1); next }
      match(line, /[=: \t\f]/)
      name = RSTART ? substr(line, 1, RSTART - 1) : line
      if (name != key) next
      value = RSTART ? substr(line, RSTART) : ""
      sub(/^[ \t\f]*/, "", value)
      if (value ~ /^[=:]/) { value = substr(value, 2); sub(/^[ \t\f]*/, "", value) }
      printf "%s", expand(expand(unescape(value), 1), 0)
      found = 1
      exit
    }
    END { exit (found ? 0 : 3) }
  ' "$file" 2>/dev/null && return
  # A key or catalogue that is not there is a bug in nn (the catalogue test prevents it); said in the language.
  if [ "$key" != internal.no-text ]; then
    echo "nn: $(messages_t internal.no-text "$key" "$messages_lang")" >&2
  else
    echo "nn: $key" >&2
  fi
  return 70
}
