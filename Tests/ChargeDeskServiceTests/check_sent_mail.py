#!/usr/bin/env python3
"""Reads every mail the SMTP sink saved with Python's own `email` package: it must parse without
defects, carry our headers, and decode to text and HTML. Prints one line per problem; exit 1 if any."""
import email, email.policy, glob, sys

problems = 0
count = 0
for path in sorted(glob.glob(sys.argv[1] + "/*.eml")):
    count += 1
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    defects = list(message.defects)
    for part in message.walk():
        defects += list(part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID", "Auto-Submitted", "MIME-Version"):
        if message[name] is None:
            defects.append(f"no {name}")
        else:
            defects += list(getattr(message[name], "defects", []))
    if "[CD-" not in str(message["Subject"]):
        defects.append("no ticket tag in subject")
    if message["Bcc"] is not None or message["Cc"] is not None:
        defects.append("unexpected Bcc/Cc")
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    if plain is None or html is None or not plain.get_content().strip() or "<html" not in html.get_content():
        defects.append("text or html part missing")
    if defects:
        problems += 1
        print(f"{path}: {defects}")
print(f"checked {count}, problems {problems}")
sys.exit(1 if problems or count == 0 else 0)
