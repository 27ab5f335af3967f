#!/usr/bin/env bash
# The whole test suite, self-sufficient on a fresh Debian machine as root:
# installs what is missing, runs the Swift tests, then scores the extractor on the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build -c release --product chargedesk 2>&1 | tail -n 3
mkdir -p .build
# Suites run one after another: several start real servers (Dovecot, aiosmtpd, OCPP charge
# points) and time their answers; on two cores, running them all at once starved some.
if ! swift test --no-parallel 2>&1 | tee .build/test-output.txt; then
  echo "swift test FAILED" >&2
  exit 1
fi
scripts/score-corpus.sh
