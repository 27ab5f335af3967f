#!/usr/bin/env python3
"""Ingest benchmark: a 10,000-message INBOX in a private Dovecot on 127.0.0.1, taken three ways
in one run: Python imaplib into memory (batches of 500), mbsync to a Maildir on disk, and
`chargedesk ingest --once` to durably stored reports (parsed, extracted, committed to SQLite).
Prints messages/s for each and chargedesk's peak RSS. Run as root (Dovecot's own users);
installs dovecot-imapd and isync when missing. Usage: Benchmarks/ingest.py [N]"""
import imaplib, os, pwd, shutil, socket, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000


def ensure(binary, package):
    if not shutil.which(binary) and not os.path.exists(f"/usr/sbin/{binary}"):
        subprocess.run(["apt-get", "install", "-y", "-q", package], check=True, stdout=subprocess.DEVNULL)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def corpus():
    for folder in ("../shared/corpus", "samples/mail"):
        path = os.path.normpath(os.path.join(ROOT, folder))
        files = sorted(f for f in os.listdir(path) if f.endswith(".eml")) if os.path.isdir(path) else []
        if files:
            registry = os.path.join(path, "registry.csv")
            if not os.path.exists(registry):
                registry = os.path.join(ROOT, "samples/registry.csv")
            return [open(os.path.join(path, f), "rb").read() for f in files], registry
    sys.exit("no mails found")


def start_dovecot(directory, port):
    dovecot = pwd.getpwnam("dovecot")
    os.chmod(directory, 0o755)
    mail = os.path.join(directory, "mail", "support")
    os.makedirs(os.path.join(mail, "Maildir", "new"))
    for sub in ("cur", "tmp"):
        os.makedirs(os.path.join(mail, "Maildir", sub))
    with open(os.path.join(directory, "users"), "w") as f:
        f.write(f"support:{{PLAIN}}secret:{dovecot.pw_uid}:{dovecot.pw_gid}::{mail}\n")
    with open(os.path.join(directory, "dovecot.conf"), "w") as f:
        f.write(f"""base_dir = {directory}/run
state_dir = {directory}/state
instance_name = chargedesk-bench-{port}
protocols = imap
listen = 127.0.0.1
log_path = {directory}/dovecot.log
default_internal_user = dovecot
default_login_user = dovenull
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {directory}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%n {directory}/users
}}
mail_location = maildir:{directory}/mail/%n/Maildir
first_valid_uid = 1
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
""")
    return mail, dovecot


def fill(mail_dir, owner, mails):
    """Files straight into Maildir/new (LF line ends, as Dovecot stores them), each with its own Message-ID."""
    total = 0
    for n in range(N):
        body = mails[n % len(mails)].replace(b"\r\n", b"\n")
        body = body.replace(b"\nMessage-ID:", b"\nX-Original-Message-ID:").replace(b"\nMessage-Id:", b"\nX-Original-Message-Id:")
        data = f"Message-ID: <bench-{n}@ingest.bench>\n".encode() + body
        # Dovecot hashes Maildir names with the ELF hash, whose low bits come from the last
        # few characters: names that all end alike (".bench") collide, and every SELECT of a
        # 10,000-message folder then costs Dovecot about a second. Delivered names end in
        # varying sizes; ending in the counter keeps the spread without faking sizes.
        path = os.path.join(mail_dir, "Maildir", "new", f"{1700000000 + n // 100}.M{n}P{os.getpid()}.bench{n}")
        with open(path, "wb") as f:
            f.write(data)
        os.chown(path, owner.pw_uid, owner.pw_gid)
        total += len(data)
    for dirpath, dirnames, filenames in os.walk(mail_dir):
        os.chown(dirpath, owner.pw_uid, owner.pw_gid)
    return total


def imaplib_rate(port):
    start = time.perf_counter()
    client = imaplib.IMAP4("127.0.0.1", port)
    client.login("support", "secret")
    client.select("INBOX", readonly=True)
    _, data = client.uid("SEARCH", None, "ALL")
    uids = data[0].split()
    got = 0
    for i in range(0, len(uids), 500):
        batch = uids[i:i + 500]
        _, parts = client.uid("FETCH", b"%s:%s" % (batch[0], batch[-1]), "(BODY.PEEK[])")
        got += sum(1 for p in parts if isinstance(p, tuple))
    client.logout()
    return got, time.perf_counter() - start


def mbsync_rate(directory, port):
    local = os.path.join(directory, "mbsync-maildir")
    os.makedirs(local)
    config = os.path.join(directory, "mbsyncrc")
    with open(config, "w") as f:
        f.write(f"""IMAPAccount bench
Host 127.0.0.1
Port {port}
User support
Pass secret
SSLType None
AuthMechs LOGIN

IMAPStore remote
Account bench

MaildirStore local
Path {local}/
Inbox {local}/INBOX

Channel bench
Far :remote:INBOX
Near :local:INBOX
Sync Pull
Create Near
SyncState *
""")
    start = time.perf_counter()
    result = subprocess.run(["mbsync", "-q", "-c", config, "bench"], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"mbsync failed: {result.stderr.strip()}")
    elapsed = time.perf_counter() - start
    count = len(os.listdir(os.path.join(local, "INBOX", "new"))) + len(os.listdir(os.path.join(local, "INBOX", "cur")))
    return count, elapsed


def chargedesk_rate(directory, port, registry, disposition):
    binary = os.path.join(ROOT, ".build/release/chargedesk")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARGEDESK_")}
    env.update(CHARGEDESK_IMAP_URL=f"imap://127.0.0.1:{port}", CHARGEDESK_IMAP_USER="support", CHARGEDESK_IMAP_PASSWORD="secret",
               CHARGEDESK_IMAP_BATCH_SIZE="500", CHARGEDESK_COMMANDS_AUTHENTICATION="none",
               CHARGEDESK_IMAP_DISPOSITION=disposition)
    database = os.path.join(directory, f"desk-{disposition}.sqlite")
    start = time.perf_counter()
    wrap = os.environ.get("BENCH_WRAP", "").split()
    process = subprocess.Popen(wrap + [binary, "ingest", "--once", "--database", database, "--registry", registry], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"chargedesk ingest failed:\n{output[-2000:]}")
    total = [line for line in output.splitlines() if line.startswith("total:")]
    cpu = usage.ru_utime + usage.ru_stime
    return total[-1] if total else output[-300:], elapsed, usage.ru_maxrss / 1024, cpu


def main():
    if os.geteuid() != 0:
        sys.exit("run as root: Dovecot serves the mail as its own user")
    ensure("dovecot", "dovecot-imapd")
    ensure("mbsync", "isync")
    subprocess.run(["swift", "build", "-c", "release", "--product", "chargedesk"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    mails, registry = corpus()
    directory = tempfile.mkdtemp(prefix="chargedesk-bench-", dir="/tmp")
    port = free_port()
    mail_dir, owner = start_dovecot(directory, port)
    size = fill(mail_dir, owner, mails)
    config = os.path.join(directory, "dovecot.conf")
    subprocess.run(["dovecot", "-c", config], check=True)
    try:
        time.sleep(0.5)
        imaplib_rate(port)  # first access: Dovecot indexes the new Maildir; not counted
        settle = imaplib.IMAP4("127.0.0.1", port)  # first read-write SELECT moves new/ to cur/; not counted
        settle.login("support", "secret")
        settle.select("INBOX")
        settle.logout()
        print(f"INBOX: {N} messages, {size / N / 1024:.1f} KiB average, plain IMAP on 127.0.0.1")
        runs = [imaplib_rate(port) for _ in range(3)]
        got, seconds = sorted(runs, key=lambda r: r[1])[1]
        print(f"imaplib, batches of 500, to memory: {got} in {seconds:.2f} s = {got / seconds:,.0f} msg/s (median of 3)")
        got, seconds = mbsync_rate(directory, port)
        mbsync = got / seconds
        print(f"mbsync to Maildir on disk:          {got} in {seconds:.2f} s = {mbsync:,.0f} msg/s")
        # \Seen first (the mail stays in INBOX), then a fresh database with moves to Processed.
        dispositions = (("seen", "flag \\Seen"), ("move", "move to Processed"))
        for disposition, label in dispositions[:1] if os.environ.get("BENCH_SEEN_ONLY") else dispositions:
            summary, seconds, rss, cpu = chargedesk_rate(directory, port, registry, disposition)
            print(f"chargedesk ingest --once to SQLite, {label}: {N} in {seconds:.2f} s = {N / seconds:,.0f} msg/s, "
                  f"peak RSS {rss:.1f} MB, CPU {cpu:.2f} s ({N / seconds / mbsync:.1f}x mbsync)")
            print(f"  {summary}")
    finally:
        subprocess.run(["doveadm", "-c", config, "stop"], stderr=subprocess.DEVNULL)
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
