#!/usr/bin/env python3
"""Writes variants of a labelled corpus that keep its labels true, to test that the extractor's
rules are general rather than fitted to the sample's names and mail shapes.

Usage: scripts/corpus-variants.py CORPUS_DIR OUT_DIR

Each variant is a directory of NAME.eml + NAME.expected.json (+ registry.csv) under OUT_DIR:

- names:            every site, street, town and organisation name of the labels replaced by
                    another, consistently in mail, labels and registry;
- ascii:            written without å, ä, ö, é, as many phones and old mail programs send;
- html:             the plain-text mails sent as HTML only;
- reminder:         the requests quoted with ">" under the writer's own "any news?";
- forward:          the requests forwarded by a colleague, with a forward marker and header block;
- outlook-reminder: the requests under an Outlook header block ("Från: … Skickat: …");
- disclaimer:       every mail with a legal footer in the other language (and "in error" in it).

The labels follow the corpus rules: quoted and forwarded text is text of the same case, and a
neutral colleague who forwards adds no owner.
"""
import csv
import email
import glob
import html
import json
import os
import re
import sys
import textwrap
from email import policy

NAMES = {
    "Sundsvall": "Örnsköldsvik", "Sundsvalls": "Örnsköldsviks", "Storgatan": "Järnvägsgatan", "Solrosen": "Blåklinten",
    "Västerås": "Eskilstuna", "Kvarnen": "Sågen", "Kvarngallerian": "Sågallerian", "Kopparbergsvägen": "Hammarbyvägen",
    "Uppsala": "Gävle", "Ekbacken": "Björkhagen", "Ekbacksvägen": "Björkhagsvägen", "Kiruna": "Gällivare",
    "Norrsken": "Polstjärnan", "Strandvägen": "Sjögatan", "Malmö": "Lund", "Hamngatan": "Kajgatan",
    "Hamnkontoret": "Tullhuset", "Hamnkontorets": "Tullhusets", "Umeå": "Skellefteå", "Industrivägen": "Fabriksvägen",
    "Bilhallen": "Motorhallen", "Växjö": "Kalmar", "Tallbacken": "Granbacken", "Tallbacksvägen": "Granbacksvägen",
    "Linköping": "Norrköping", "Vattentornet": "Klocktornet", "Halmstad": "Varberg", "Måsen": "Tärnan",
    "Kustvägen": "Havsvägen", "Falun": "Borlänge", "Karlstad": "Kristinehamn", "Karlstads": "Kristinehamns",
    "Skutbergets": "Tivoliparkens", "Skutbergsvägen": "Tivolivägen", "Göteborg": "Borås", "Lärkan": "Svalan",
    "Lärkgatan": "Svalgatan", "Östersund": "Sollefteå", "Östersunds": "Sollefteås", "Lillänge": "Odensala",
    "Chaufförvägen": "Åkarvägen", "Lerum": "Alingsås", "Nykvarn": "Södertälje", "Sisjön": "Frölunda",
    "Matboden": "Bageriet", "Furuvik": "Skutskär", "Furuviksvägen": "Skutskärsvägen", "Norrmalmsgatan": "Kyrkogatan",
    "Härnösand": "Kramfors", "Vägkrogen": "Rastkrogen", "Lönnvägen": "Almvägen", "Björkvägen": "Aspvägen",
}
PATTERN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)) + r")\b", re.IGNORECASE)
LOWER = {key.lower(): value for key, value in NAMES.items()}
DISCLAIMER_SV = ("\n\nDetta e-postmeddelande och eventuella bilagor kan innehålla konfidentiell information och är endast avsett "
                 "för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera det.\n")
DISCLAIMER_EN = ("\n\nThis e-mail and any attachments may contain confidential information and are intended solely for the "
                 "addressee. If you have received this message in error, please notify the sender and delete it.\n")
# A mail gateway's warning above the text and its tag on the subject, as company mail systems add.
BANNER_SV = "VARNING: Detta mejl kommer från en extern avsändare. Klicka inte på länkar och öppna inte bilagor om du inte litar på avsändaren.\n\n"
BANNER_EN = ("CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless "
             "you recognize the sender and know the content is safe.\n\n")
ASCII = str.maketrans("åäöÅÄÖéÉ", "aaoAAOeE")


def rename(text):
    """Replaces names in the case they are written in: "ekbacken" by "björkhagen"."""
    def replace(match):
        written, name = match.group(1), LOWER[match.group(1).lower()]
        return name.lower() if written.islower() else name.upper() if written.isupper() else name
    return PATTERN.sub(replace, text) if isinstance(text, str) else text


def unaccent(text):
    return text.translate(ASCII) if isinstance(text, str) else text


def message(headers, body, subtype="plain"):
    out = email.message.EmailMessage()
    for name, value in headers:
        out[name] = value
    out.set_content(body, subtype=subtype)
    return bytes(out)


def write(directory, name, raw, labels):
    with open(os.path.join(directory, name + ".eml"), "wb") as f:
        f.write(raw)
    with open(os.path.join(directory, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)


def write_registry(source, target, transform):
    with open(source, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    with open(target, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([[transform(cell) for cell in row] for row in rows])


def main(corpus, out):
    variants = ["names", "ascii", "html", "reminder", "forward", "outlook-reminder", "disclaimer", "lower", "upper", "gateway", "wrapped"]
    for variant in variants:
        os.makedirs(os.path.join(out, variant), exist_ok=True)
    registry = os.path.join(corpus, "registry.csv")
    write_registry(registry, os.path.join(out, "names", "registry.csv"), rename)
    # Registry cells keep their spelling in "ascii": labels keep the writer's spelling, and
    # linking must match a written "Ekbacksvagen" to the registered "Ekbacksvägen".
    for variant in variants[1:]:
        write_registry(registry, os.path.join(out, variant, "registry.csv"), lambda cell: cell)

    for path in sorted(glob.glob(os.path.join(corpus, "*.eml"))):
        name = os.path.basename(path)[:-4]
        with open(path[:-4] + ".expected.json", encoding="utf-8") as f:
            labels = json.load(f)
        with open(path, "rb") as f:
            original = email.message_from_binary_file(f, policy=policy.default)
        body = original.get_body(preferencelist=("plain",))
        if body is None:
            continue
        text = body.get_content()
        sender, subject = str(original["from"]), str(original["subject"])
        automatic = [(h, str(original[h])) for h in ("Auto-Submitted", "Precedence", "X-Autoreply") if original[h]]
        to = [("To", "support@laddalliansen.example")]

        # The whole-message variants keep every kind of mail, auto-replies and bounces too, each
        # rebuilt as a single part from its plain text.
        renamed = dict(labels, location=rename(labels["location"]), owner=rename(labels["owner"]))
        write(os.path.join(out, "names"), name,
              message([("From", rename(sender)), ("Subject", rename(subject))] + to + automatic, rename(text)), renamed)
        plain = dict(labels, location=unaccent(labels["location"]), owner=unaccent(labels["owner"]))
        write(os.path.join(out, "ascii"), name,
              message([("From", unaccent(sender)), ("Subject", unaccent(subject))] + to + automatic, unaccent(text)), plain)
        paragraphs = "".join("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>\n" for p in text.split("\n\n"))
        page = f"<html><head><style>p {{margin: 0}}</style></head><body>{paragraphs}</body></html>"
        write(os.path.join(out, "html"), name, message([("From", sender), ("Subject", subject)] + to + automatic, page, "html"), labels)
        # Written without capitals, as some write on phones, or in capitals only: the labels hold,
        # since names are compared without case. The sender's display name comes from their settings and keeps its case.
        write(os.path.join(out, "lower"), name,
              message([("From", sender), ("Subject", subject.lower())] + to + automatic, text.lower()), labels)
        write(os.path.join(out, "upper"), name,
              message([("From", sender), ("Subject", subject.upper())] + to + automatic, text.upper()), labels)
        # Hard-wrapped at 72 characters without format=flowed marks, as Outlook and others send
        # plain text: names break over lines. Short lines (signatures) stay as they are.
        wrapped = "\n".join(textwrap.fill(line, 72, break_long_words=False, break_on_hyphens=False) if len(line) > 72 else line
                            for line in text.split("\n"))
        write(os.path.join(out, "wrapped"), name, message([("From", sender), ("Subject", subject)] + to + automatic, wrapped), labels)
        # The gateway's language is the company's, not the writer's: the other language tests that.
        banner = BANNER_EN if labels["language"] == "sv" else BANNER_SV
        write(os.path.join(out, "gateway"), name,
              message([("From", sender), ("Subject", "[EXTERN] " + subject)] + to + automatic, banner + text), labels)
        footer = DISCLAIMER_EN if labels["language"] == "sv" else DISCLAIMER_SV
        write(os.path.join(out, "disclaimer"), name, message([("From", sender), ("Subject", subject)] + to + automatic, text + footer), labels)

        if labels["kind"] != "request":
            continue
        swedish = labels["language"] == "sv"
        quoted = "\n".join("> " + line for line in text.split("\n"))
        if swedish:
            reminder = f"Hej, har ni hunnit titta på detta? Inget har hänt än.\n\nMvh\n\nDen 30 nov. 2026 kl. 21:40 skrev {sender}:\n{quoted}"
        else:
            reminder = f"Hi, any news on this? Nothing has happened yet.\n\nRegards\n\nOn Mon, 30 Nov 2026 at 21:40, {sender} wrote:\n{quoted}"
        write(os.path.join(out, "reminder"), name,
              message([("From", sender), ("Subject", ("SV: " if swedish else "Re: ") + subject)] + to, reminder), labels)

        colleague = "Kollega <kollega@example.se>"
        if swedish:
            forward = (f"Hej, vidarebefordrar detta till er.\n\n---------- Vidarebefordrat meddelande ---------\n"
                       f"Från: {sender}\nDatum: mån 30 nov. 2026 kl 21:40\nÄmne: {subject}\nTill: {colleague}\n\n{text}")
        else:
            forward = (f"Hi, forwarding this to you.\n\n---------- Forwarded message ---------\n"
                       f"From: {sender}\nDate: Mon, 30 Nov 2026 at 21:40\nSubject: {subject}\nTo: {colleague}\n\n{text}")
        write(os.path.join(out, "forward"), name,
              message([("From", colleague), ("Subject", ("VB: " if swedish else "Fwd: ") + subject)] + to, forward), labels)

        if swedish:
            outlook = (f"Hej,\nJag har inte fått något svar på detta. Kan ni återkomma?\n\nFrån: {sender}\n"
                       f"Skickat: den 30 november 2026 21:40\nTill: support@laddalliansen.example\nÄmne: {subject}\n\n{text}")
        else:
            outlook = (f"Hello,\nI have not had any reply to this. Could you get back to me?\n\nFrom: {sender}\n"
                       f"Sent: Monday, November 30, 2026 9:40 PM\nTo: support@laddalliansen.example\nSubject: {subject}\n\n{text}")
        write(os.path.join(out, "outlook-reminder"), name,
              message([("From", sender), ("Subject", ("SV: " if swedish else "RE: ") + subject)] + to, outlook), labels)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: corpus-variants.py CORPUS_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
