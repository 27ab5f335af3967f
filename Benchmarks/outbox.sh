#!/usr/bin/env bash
# Outgoing mail: rendered, composed and sent per second over one connection to a local SMTP
# server (aiosmtpd that discards, as in ../shared/MAIL-SERVERS.md), release build. Target >= 500/s.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build -c release --product chargedesk 2>&1 | tail -n 1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dir=$(mktemp -d)
python3 Tests/Support/smtp_sink.py --port "$port" --dir "$dir" --discard > "$dir/sink.log" 2>&1 &
sink=$!
trap 'kill $sink 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do grep -q ready "$dir/sink.log" && break; sleep 0.1; done
CHARGEDESK_SMTP_URL="smtp://127.0.0.1:$port" .build/release/chargedesk bench outbox --reports "${1:-2000}"
