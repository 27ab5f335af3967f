#!/usr/bin/env bash
# The main job on embedded defaults, as far as the pipeline reaches today: extract the sample
# mails, take them into a fresh ticket store (which queues acknowledgements and technician
# notices), send that mail to a throwaway SMTP server on 127.0.0.1, show the desk, then let the
# OCPP central system diagnose and restart a simulated faulty charger. Everything runs on
# 127.0.0.1 and stops at the end. (Grows into `chargedesk demo`.)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build -c release --product chargedesk 2>&1 | tail -n 1
bin=.build/release/chargedesk
work=$(mktemp -d)
sink=""; serve=""; charger=""
trap 'for p in $sink $serve $charger; do kill "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
echo "== extract: one JSON object per mail"
"$bin" extract --registry samples/registry.csv samples/mail/*.eml
db=$work/demo.sqlite
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
echo "== outbox list (queued in the same transactions as the tickets)"
"$bin" outbox list --database "$db"
echo
echo "== outbox flush to a local SMTP server (aiosmtpd on 127.0.0.1)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 Tests/Support/smtp_sink.py --port "$port" --dir "$work/sent" > "$work/sink.log" 2>&1 &
sink=$!
for _ in $(seq 50); do grep -q ready "$work/sink.log" && break; sleep 0.1; done
CHARGEDESK_SMTP_URL="smtp://127.0.0.1:$port" "$bin" outbox flush --database "$db"
echo
echo "== the first acknowledgement as the customer's mail program gets it (text part)"
python3 - "$work/sent" <<'PY'
import email, email.policy, glob, sys
for path in sorted(glob.glob(sys.argv[1] + "/*.eml")):
    message = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
    if message["Auto-Submitted"] == "auto-replied":
        for name in ("From", "To", "Subject", "In-Reply-To", "Auto-Submitted"):
            print(f"{name}: {message[name]}")
        print()
        print(message.get_body(("plain",)).get_content())
        break
PY
echo "== remote diagnostics: the OCPP central system, a simulated charger (Python ocpp) and a phoned-in fault"
ocpp_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export CHARGEDESK_OCPP_PORT=$ocpp_port
"$bin" serve --database "$db" --registry samples/registry.csv > "$work/serve.log" 2>&1 &
serve=$!
python3 Tests/Support/ocpp_charger.py --url "ws://127.0.0.1:$ocpp_port/ocpp" --id ZAP088121 --scenario recovers > "$work/charger.log" 2>&1 &
charger=$!
for _ in $(seq 100); do grep -q "status Faulted" "$work/charger.log" 2>/dev/null && break; sleep 0.1; done
ref=$("$bin" tickets open --database "$db" --location "Granitvägen 4, Umeå" --owner "BRF Tallkotten" --contract SLA-2023-0415 \
  --charger ZAP088121 --category charging_failure --description "Laddboxen i garaget lyser rött" --taken-by anna --email karin.westin@tallkotten.example | awk '{print $1}')
echo "phoned in: $ref; serve diagnoses it by itself:"
"$bin" diagnose --database "$db" --wait 120 "$ref"
echo
echo "== sla deadline --level business-8h --received 2026-04-02T12:00:00+02:00 (Maundy Thursday)"
"$bin" sla deadline --level business-8h --received 2026-04-02T12:00:00+02:00
