#!/usr/bin/env python3
"""A real SMTP server for ChargeDesk's tests (aiosmtpd) on 127.0.0.1: saves each message and its
envelope into a directory, and can refuse recipients (550), defer everything (451 while a flag
file exists), require AUTH, or require STARTTLS. Prints "ready" once it listens."""
import argparse, asyncio, fnmatch, itertools, json, os, signal, ssl, sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--dir", required=True)
parser.add_argument("--reject", action="append", default=[], help="recipient glob refused with 550")
parser.add_argument("--tempfail-file", help="while this file exists, MAIL FROM gets 451")
parser.add_argument("--auth", help="user:password required (AUTH PLAIN/LOGIN)")
parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help="offer and require STARTTLS")
parser.add_argument("--discard", action="store_true", help="count messages, do not save them")
args = parser.parse_args()
os.makedirs(args.dir, exist_ok=True)
counter = itertools.count(1)


class Sink:
    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if args.tempfail_file and os.path.exists(args.tempfail_file):
            return "451 4.3.0 Try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if any(fnmatch.fnmatch(address.lower(), pattern) for pattern in args.reject):
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        n = next(counter)
        if not args.discard:
            base = os.path.join(args.dir, f"{n:06d}")
            with open(base + ".tmp", "wb") as f:
                f.write(envelope.original_content)
            with open(base + ".json", "w") as f:
                json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, f)
            os.rename(base + ".tmp", base + ".eml")
        return "250 2.0.0 Accepted"


def authenticator(server, session, envelope, mechanism, auth_data):
    user, password = args.auth.split(":", 1)
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
    return AuthResult(success=ok, handled=False)


kwargs = {}
if args.auth:
    kwargs.update(authenticator=authenticator, auth_require_tls=bool(args.tls), auth_required=True)
if args.tls:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.tls[0], args.tls[1])
    kwargs.update(tls_context=context, require_starttls=True)
controller = Controller(Sink(), hostname="127.0.0.1", port=args.port, data_size_limit=50 * 1024 * 1024, decode_data=False, **kwargs)
controller.start()
print("ready", flush=True)
signal.sigwait({signal.SIGTERM, signal.SIGINT})
controller.stop()
