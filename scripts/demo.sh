#!/usr/bin/env bash
# The main job on embedded defaults, as far as the pipeline reaches today: extract the sample
# mails, take them into a fresh ticket store, and show the desk. (Grows into `chargedesk demo`.)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build -c release --product chargedesk 2>&1 | tail -n 1
bin=.build/release/chargedesk
echo "== extract: one JSON object per mail"
"$bin" extract --registry samples/registry.csv samples/mail/*.eml
db=$(mktemp -d)/demo.sqlite
echo
echo "== intake into $db"
"$bin" intake --database "$db" --registry samples/registry.csv --contracts samples/contracts.csv --roster samples/roster.csv samples/mail/*.eml
echo
echo "== tickets list"
"$bin" tickets list --database "$db"
echo
echo "== tickets show CD-2026-000003"
"$bin" tickets show CD-2026-000003 --database "$db"
echo
echo "== sla deadline --level business-8h --received 2026-04-02T12:00:00+02:00 (Maundy Thursday)"
"$bin" sla deadline --level business-8h --received 2026-04-02T12:00:00+02:00
