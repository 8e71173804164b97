#!/usr/bin/env bash
# Convert a corpus with gold annotations and score it with ../shared/tools/score.py.
# Usage: scripts/evaluate.sh [OUTDIR] [extra score.py flags, e.g. --detail]
#   CORPUS=DIR picks the corpus (default ../shared/corpus; tests/data/heldout is ours,
#   same layout: vi/, en/, pdf/ inputs and gold/<stem>.gold.json).
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${CORPUS:-$here/../shared/corpus}"
scorer="$here/../shared/tools/score.py"
out="${1:-/tmp/notice-parser-eval}"
shift || true
[ -d "$corpus/gold" ] || { echo "no gold annotations in $corpus" >&2; exit 2; }
[ -f "$scorer" ] || { echo "no scorer at $scorer" >&2; exit 2; }
inputs=()
for folder in vi en pdf; do [ -d "$corpus/$folder" ] && inputs+=("$corpus/$folder"); done
rm -rf "$out"
notice-parser convert "${inputs[@]}" -o "$out" -q --force
echo "convert exit status: $? (1 is expected for ../shared/corpus: it holds unreadable PDFs)"
python3 "$scorer" "$corpus/gold" "$out" "$@"
