"""Formats catalogue texts with bench/messages.py, for nn.bench.BenchScriptsTest to compare with nn.i18n.Messages.

Usage: python3 readers_driver.py ROOT < lines of LANG<TAB>KEY<TAB>ARG...; prints each text followed by a NUL.
Arguments made of digits are passed as numbers (a plural chooses by them), as the scripts pass them.
"""
import os
import sys

sys.path.insert(0, os.path.join(sys.argv[1], "bench"))
import messages  # noqa: E402

out = []
for line in sys.stdin.read().split("\n"):
    if not line:
        continue
    lang, key, *args = line.split("\t")
    with messages.speaking(lang):
        out.append(messages.format_text(messages.pattern(lang, key), [int(a) if a.isdigit() else a for a in args]))
sys.stdout.write("\0".join(out) + "\0")
