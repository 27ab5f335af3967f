#!/usr/bin/env bash
# Parse + extract throughput and peak memory (release build, one core):
# the corpus mails (or samples) cycled to N messages, N=10,000 and 100,000 to show memory is flat.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product chargedesk 2>&1 | tail -n 1
corpus="${CHARGEDESK_CORPUS:-../shared/corpus}"
if ls "$corpus"/*.eml >/dev/null 2>&1; then files=("$corpus"/*.eml); registry="$corpus/registry.csv"
else files=(samples/mail/*.eml); registry=samples/registry.csv; fi
for n in 10000 100000; do
  taskset -c 0 .build/release/chargedesk bench extract --messages "$n" --registry "$registry" "${files[@]}"
done
# The same with an installed base of 10,000 more chargers at 10,000 more sites: linking must not
# grow with the registry.
taskset -c 0 .build/release/chargedesk bench extract --messages 10000 --extra-sites 10000 --registry "$registry" "${files[@]}"
