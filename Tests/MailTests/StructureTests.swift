import Testing
@testable import Mail

@Suite struct StructureTests {
    static let nested = """
    From: a@b.example
    Subject: nested
    Content-Type: multipart/mixed; boundary="outer"

    preamble
    --outer
    Content-Type: multipart/alternative; boundary=inner

    --inner
    Content-Type: text/plain; charset=utf-8

    plain text
    --inner
    Content-Type: text/html; charset=utf-8

    <p>html text</p>
    --inner--
    --outer
    Content-Type: image/png
    Content-Disposition: attachment; filename="x.png"
    Content-Transfer-Encoding: base64

    iVBORw0KGgo=
    --outer
    Content-Type: message/rfc822

    From: original@c.example
    Subject: the original

    forwarded body
    --outer--
    epilogue
    """

    @Test(arguments: ["\n", "\r\n"])
    func multipartTreeWithEitherLineEnding(_ lineEnd: String) {
        let message = MessageParser().parse(Self.nested.replacingOccurrences(of: "\n", with: lineEnd))
        #expect(message.defects.isEmpty)
        #expect(message.root.children.count == 3)
        #expect(message.root.children[0].children.map(\.contentType.mimeType) == ["text/plain", "text/html"])
        #expect(message.root.children[1].isAttachment)
        #expect(message.root.children[1].filename == "x.png")
        #expect(message.root.children[2].children.first?.headers.decoded("subject") == "the original")
        #expect(message.ownText == "plain text")
        #expect(message.text(roles: [.forwarded]).contains("forwarded body"))
        #expect(message.text(roles: [.forwarded]).contains("Subject: the original"))
        #expect(!message.fullText.contains("preamble") && !message.fullText.contains("epilogue"))
    }

    /// Outlook's "forward as attachment": the original is a `message/rfc822` part with
    /// `Content-Disposition: attachment`, and its text is the forwarded report.
    @Test func forwardedAsAttachmentIsReadAsAForward() {
        let raw = """
        From: reception@hotel.example
        Subject: VB: Laddaren
        Content-Type: multipart/mixed; boundary=m

        --m
        Content-Type: text/plain; charset=utf-8

        Se bifogat mejl från en gäst.
        --m
        Content-Type: message/rfc822
        Content-Disposition: attachment; filename="Laddaren.eml"

        From: guest@mail.example
        Subject: Laddaren

        Laddaren slutar ladda efter fem minuter.
        --m
        Content-Type: application/pdf
        Content-Disposition: attachment; filename="kvitto.pdf"

        %PDF-1.4 EH123456
        --m--
        """
        let message = MessageParser().parse(raw)
        #expect(message.ownText == "Se bifogat mejl från en gäst.")
        #expect(message.text(roles: [.forwarded]).contains("slutar ladda efter fem minuter"))
        #expect(message.text(roles: [.forwarded]).contains("Subject: Laddaren"))
        #expect(!message.fullText.contains("EH123456"))
    }

    @Test func htmlOnlyAlternativeIsConverted() {
        let raw = "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\n \n--b\nContent-Type: text/html\n\n<p>Hej&nbsp;d&auml;r</p>\n--b--\n"
        #expect(MessageParser().parse(raw).ownText == "Hej där")
    }

    /// A plain alternative that only says to read the HTML one ("Your email client cannot
    /// display HTML", "Detta meddelande är i HTML-format") holds no report: the HTML is read.
    /// A short plain text that merely mentions HTML among other words stays the text.
    @Test(arguments: ["Your email client cannot display HTML. Please use an HTML capable client.",
                      "Detta meddelande är i HTML-format och kräver ett e-postprogram som kan visa HTML."])
    func aPlainPlaceholderDefersToTheHTML(placeholder: String) {
        let raw = "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n\(placeholder)\n"
            + "--b\nContent-Type: text/html; charset=utf-8\n\n<p>Laddaren vid Folkets Hus &auml;r d&ouml;d.</p>\n--b--\n"
        #expect(MessageParser().parse(raw).ownText == "Laddaren vid Folkets Hus är död.")
        let real = "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nLaddaren är död.\n"
            + "--b\nContent-Type: text/html\n\n<p>Laddaren &auml;r d&ouml;d.</p>\n--b--\n"
        #expect(MessageParser().parse(real).ownText == "Laddaren är död.")
    }

    /// Soft hyphens and zero-width characters inside words, from word processors and HTML
    /// editors, are dropped: "Are\u{AD}nan" is the word "Arenan".
    @Test func invisibleCharactersInsideWordsAreDropped() {
        let plain = MessageParser().parse("Content-Type: text/plain; charset=utf-8\n\nSporthallen Are\u{AD}nan p\u{E5} Kabel\u{200B}gatan 7 \u{2013} \u{201C}trasig\u{201D}\u{FEFF}.")
        #expect(plain.ownText == "Sporthallen Arenan på Kabelgatan 7 \u{2013} \u{201C}trasig\u{201D}.")
        let html = MessageParser().parse("Content-Type: text/html; charset=utf-8\n\n<p>Sporthallen Are\u{AD}nan</p>")
        #expect(html.ownText == "Sporthallen Arenan")
    }

    @Test func missingBoundaryParameterFallsBackToText() {
        let message = MessageParser().parse("Content-Type: multipart/mixed\n\nsome text")
        #expect(message.defects.map(\.code) == [.missingBoundary])
        #expect(message.ownText == "some text")
    }

    @Test func missingClosingDelimiterKeepsTheLastPart() {
        let message = MessageParser().parse("Content-Type: multipart/mixed; boundary=z\n\n--z\n\nfirst\n--z\n\nsecond part text")
        #expect(message.defects.map(\.code) == [.missingClosingBoundary])
        #expect(message.ownText.contains("second part text"))
    }

    @Test func boundaryThatNeverOccursIsADefectNotALoss() {
        let message = MessageParser().parse("Content-Type: multipart/mixed; boundary=nowhere\n\nbody text")
        #expect(message.defects.map(\.code) == [.boundaryNotFound])
        #expect(message.ownText == "body text")
    }

    @Test func boundaryPrefixOfAnotherLineIsNotADelimiter() {
        let raw = "Content-Type: multipart/mixed; boundary=ab\n\n--ab\n\none\n--abc is text\n--ab--\n"
        let message = MessageParser().parse(raw)
        #expect(message.root.children.count == 1)
        #expect(message.ownText.contains("--abc is text"))
    }

    @Test func digestPartsDefaultToMessages() {
        let raw = "Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: one\n\nfirst\n--d\n\nSubject: two\n\nsecond\n--d--\n"
        let message = MessageParser().parse(raw)
        #expect(message.root.children.allSatisfy { $0.isEncapsulatedMessage })
        #expect(message.root.children[1].children.first?.headers.decoded("subject") == "two")
    }

    @Test func deliveryStatusReportIsRecognisedAndReturnedTextMarked() {
        let raw = """
        From: MAILER-DAEMON@mx.example
        Subject: Undelivered Mail Returned to Sender
        Content-Type: multipart/report; report-type=delivery-status; boundary=r

        --r
        Content-Type: text/plain

        Your message could not be delivered.
        --r
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example
        --r
        Content-Type: message/rfc822

        Subject: original

        charger EH123456 is broken
        --r--
        """
        let message = MessageParser().parse(raw)
        let signals = message.autoReplySignals
        #expect(signals.isDeliveryStatusReport && signals.fromMailerDaemon && signals.bounceSubject)
        #expect(message.ownText.contains("could not be delivered"))
        #expect(message.text(roles: [.returned]).contains("EH123456"))
        #expect(!message.ownText.contains("EH123456"))
    }

    @Test func autoReplyHeaders() {
        let message = MessageParser().parse("From: x@y.example\nAuto-Submitted: auto-replied\nPrecedence: bulk\nSubject: Frånvaro\n\nhej")
        let signals = message.autoReplySignals
        #expect(signals.autoSubmitted == "auto-replied")
        #expect(signals.precedence == "bulk")
        #expect(signals.outOfOfficeSubject)
        #expect(signals.isAutomatic)
        #expect(!MessageParser().parse("Auto-Submitted: no\n\nx").autoReplySignals.isAutomatic)
    }

    /// A person's answer to an auto-reply stays the person's when forwarded; an auto-reply's own
    /// subject label, forwarded or not, is still one.
    @Test func outOfOfficeSubjectUnderForwardAndReplyPrefixes() {
        func labelled(_ subject: String) -> Bool { MessageParser().parse("Subject: \(subject)\n\nhej").autoReplySignals.outOfOfficeSubject }
        #expect(labelled("Automatiskt svar: Laddstolpe trasig"))
        #expect(!labelled("Re: Automatiskt svar: Laddstolpe trasig"))
        #expect(!labelled("VB: Re: Automatiskt svar: Laddstolpe trasig"))
        #expect(!labelled("Fwd: SV: Out of office: charger"))
        #expect(labelled("VB: Automatiskt svar: Laddstolpe trasig"))
        // "Auto: …", as some mail programs label an absence; not inside the subject's own words.
        #expect(labelled("Auto: Charger at the ferry terminal"))
        #expect(!labelled("Laddbox auto: fungerar inte"))
    }

    /// A colon right after the phrase is a program's label; "Out of office re: …" starts like one
    /// but may be a person's, which the extractor decides by what the text says.
    @Test func outOfOfficeLabelIsTheColonAfterThePhrase() {
        func signals(_ subject: String) -> AutoReplySignals { MessageParser().parse("Subject: \(subject)\n\nhej").autoReplySignals }
        #expect(signals("Out of Office: charger").outOfOfficeLabel)
        #expect(signals("Autosvar : Laddbox").outOfOfficeLabel)
        #expect(signals("Auto: Charger").outOfOfficeLabel)
        #expect(signals("Out of office re: charger").outOfOfficeSubject)
        #expect(!signals("Out of office re: charger").outOfOfficeLabel)
        #expect(!signals("Semester").outOfOfficeLabel)
    }

    @Test func thousandLevelNestingIsBounded() {
        var raw = ""
        for level in 0..<1_000 { raw += "Content-Type: multipart/mixed; boundary=b\(level)\n\n--b\(level)\n" }
        raw += "Content-Type: text/plain\n\ndeep text\n"
        let message = MessageParser().parse(raw)
        #expect(message.defects.contains { $0.code == .nestingTooDeep })
    }

    @Test func fiftyMegabyteAttachmentIsNotDecoded() {
        let line = String(repeating: "QUJD", count: 19) + "\n"
        var raw = "Content-Type: multipart/mixed; boundary=big\n\n--big\nContent-Type: text/plain\n\nreport text\n--big\n"
        raw += "Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=big.bin\n\n"
        let bytes = Array(raw.utf8) + Array(repeating: Array(line.utf8), count: 50 * 1024 * 1024 / line.utf8.count).flatMap { $0 }
            + Array("\n--big--\n".utf8)
        let message = MessageParser().parse(bytes)
        #expect(message.root.children.count == 2)
        #expect(message.root.children[1].body.count > 49 * 1024 * 1024)
        #expect(message.ownText == "report text")
    }

    @Test func unknownCharsetAndTransferEncodingAreDefects() {
        let message = MessageParser().parse("Content-Type: text/plain; charset=x-unknown\nContent-Transfer-Encoding: x-uuencode\n\nhello")
        #expect(Set(message.defects.map(\.code)) == [.unknownCharset, .unknownTransferEncoding])
        #expect(message.ownText == "hello")
    }
}
