#!/usr/bin/env bash
# Scores the extractor on the labelled corpus and fails below the bar (score 0.970, kind 100%).
# Usage: scripts/score-corpus.sh [CORPUS_DIR]  (default ../shared/corpus beside the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-${CHARGEDESK_CORPUS:-../shared/corpus}}"
scorer="${CHARGEDESK_SCORER:-$corpus/../tools/score-extract}"
if [ ! -d "$corpus" ] || [ ! -x "$scorer" ]; then
  echo "score-corpus: SKIPPED, no corpus at $corpus or scorer at $scorer" >&2
  exit 0
fi
binary=.build/release/chargedesk
swift build -c release --product chargedesk 2>&1 | tail -n 1  # incremental; never score a stale binary
out=$("$scorer" "$corpus" -- "$binary" extract --registry "$corpus/registry.csv" -v)
echo "$out"
score=$(echo "$out" | awk '/^score:/ {print $2}')
kind=$(echo "$out" | awk '$1 == "kind" {print $4}')
python3 - "$score" "$kind" <<'PY'
import sys
score, kind = float(sys.argv[1]), float(sys.argv[2])
ok = score >= 0.970 and kind >= 1.0
print(f"score-corpus: score {score:.3f} (bar 0.970), kind {kind:.3f} (bar 1.000): {'OK' if ok else 'FAILED'}")
sys.exit(0 if ok else 1)
PY
