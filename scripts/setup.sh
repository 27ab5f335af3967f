#!/usr/bin/env bash
# Installs what ChargeDesk needs on a fresh Debian machine (as root), only when missing.
# Called by scripts/demo.sh and scripts/test.sh; safe to run again.
set -euo pipefail

need_apt=()
for pkg in libcurl4-openssl-dev pkg-config python3 ca-certificates tzdata libsqlite3-dev dovecot-imapd openssl; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
  else
    echo "setup: Swift 6 toolchain not found (expected 'swift' on PATH)" >&2
    exit 1
  fi
fi

# Python test peers: aiosmtpd is the SMTP server the outbox tests send to; ocpp (with websockets)
# plays the charge points of the OCPP tests.
if ! python3 -c "import aiosmtpd, ocpp, websockets" >/dev/null 2>&1; then
  python3 -m pip --version >/dev/null 2>&1 || { apt-get install -y -qq python3-pip >/dev/null; }
  echo "setup: installing Python test peers: aiosmtpd ocpp websockets"
  python3 -m pip install -q aiosmtpd ocpp websockets 2>/dev/null || python3 -m pip install -q --break-system-packages aiosmtpd ocpp websockets
fi
