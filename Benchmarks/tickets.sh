#!/usr/bin/env bash
# Tickets created per second from extracted reports, and `tickets list` on 1,000,000 tickets
# (in-process timing, then the command's wall time including process start).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product chargedesk 2>&1 | tail -n 1
.build/release/chargedesk bench tickets --reports 20000 --history 1000000
db=$(mktemp -d)/list.sqlite
.build/release/chargedesk tickets list --database "$db" >/dev/null   # creates the schema
python3 - "$db" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO ticket (reference, status, received_at, subject, language, category, deadline, deadline_source, flags, updated_at)
SELECT 'HIST-' || i, CASE WHEN i % 50 = 0 THEN 'open' ELSE 'closed' END, datetime('2020-01-01', '+' || (i / 10) || ' minutes'),
'Historical ticket ' || i, 'sv', 'other', datetime('2026-01-01', '+' || (i % 100000) || ' minutes'), 'sla', '', datetime('now') FROM n""")
con.commit()
PY
for args in "" "--status closed"; do
  start=$(date +%s%N)
  .build/release/chargedesk tickets list --database "$db" $args >/dev/null
  end=$(date +%s%N)
  echo "chargedesk tickets list $args on 1,000,000 tickets: $(( (end - start) / 1000000 )) ms wall (process start included)"
done
rm -rf "$(dirname "$db")"
