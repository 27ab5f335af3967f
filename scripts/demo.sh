#!/usr/bin/env bash
# The main job on embedded defaults: extract the sample mails against the sample registry.
# (Grows into `chargedesk demo`, the whole pipeline, as the pipeline grows.)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build -c release --product chargedesk 2>&1 | tail -n 3
.build/release/chargedesk extract --registry samples/registry.csv samples/mail/*.eml
