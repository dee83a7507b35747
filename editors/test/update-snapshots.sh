#!/usr/bin/env bash
# Rewrites the token snapshots of samples/*.nn after a deliberate grammar change.
# The snapshot tool writes X.nn.snap next to X.nn; samples/ stays free of them by working on copies.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp ../samples/*.nn "$work"/
node_modules/.bin/vscode-tmgrammar-snap -u -s source.nn -g nn.tmLanguage.json "$work/*.nn" >/dev/null
mkdir -p test/snapshots && rm -f test/snapshots/*.nn.snap
cp "$work"/*.nn.snap test/snapshots/
ls test/snapshots | wc -l
