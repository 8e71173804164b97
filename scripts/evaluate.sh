#!/usr/bin/env bash
# Convert the real corpus (../shared/corpus) and score it against the gold.
# Usage: scripts/evaluate.sh [OUTDIR] [extra score.py flags, e.g. --detail]
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$here/../shared/corpus"
out="${1:-/tmp/notice-parser-eval}"
shift || true
[ -d "$corpus/gold" ] || { echo "no corpus at $corpus" >&2; exit 2; }
rm -rf "$out"
notice-parser convert "$corpus/vi" "$corpus/en" "$corpus/pdf" -o "$out" -q --force
echo "convert exit status: $? (1 is expected: the corpus holds unreadable PDFs)"
python3 "$corpus/../tools/score.py" "$corpus/gold" "$out" "$@"
