import Foundation
import Testing
@testable import Mail

@Suite struct HTMLTextTests {
    @Test func blocksEntitiesListsAndTables() {
        let html = """
        <html><head><title>t</title><style>p{color:red}</style></head><body>
        <script>alert(1)</script><!-- comment -->
        <p>Hej&nbsp;&amp; v&auml;lkommen &#8211; &#x263A; &#150;</p><div>rad 1<br>rad 2</div>
        <ul><li>ett</li><li>två</li></ul>
        <table><tr><td>Plats</td><td>Storgatan 1</td></tr></table>
        </body></html>
        """
        let text = HTMLText.convert(html)
        #expect(text.contains("Hej & välkommen – ☺ –"))
        #expect(text.contains("rad 1\nrad 2"))
        #expect(text.contains("- ett\n- två"))
        #expect(text.contains("Plats\tStorgatan 1"))
        #expect(!text.contains("alert") && !text.contains("color") && !text.contains("comment") && !text.contains("<"))
    }

    @Test func blockquoteBecomesQuotedText() {
        let blocks = TextSegmenter.segment(HTMLText.convert("<p>Svar</p><blockquote><p>Gammal fråga</p></blockquote>"))
        #expect(blocks.first?.role == .own)
        #expect(blocks.contains { $0.role == .quoted && $0.text.contains("Gammal fråga") })
    }
}

@Suite struct TextSegmenterTests {
    @Test func replyQuoteAndSignature() {
        let text = """
        Hej,
        laddaren är död.

        Med vänlig hälsning
        Anna Andersson
        BRF Exempel

        Den 3 mars 2026 kl. 10:12 skrev Support <support@x.example>:
        > Vilket serienummer?
        """
        let blocks = TextSegmenter.segment(text)
        #expect(blocks.map(\.role) == [.own, .signature, .quoted])
        #expect(blocks[1].text.contains("Anna Andersson"))
    }

    @Test(arguments: [
        "---------- Forwarded message ---------",
        "---------- Vidarebefordrat meddelande ---------",
        "Begin forwarded message:",
        "Början på vidarebefordrat brev:",
    ])
    func forwardMarkers(_ marker: String) {
        let blocks = TextSegmenter.segment("See below.\n\n\(marker)\nFrom: x@y.example\n\nThe charger is broken.")
        #expect(blocks.first?.role == .own)
        #expect(blocks.last?.role == .forwarded)
        #expect(blocks.last?.text.contains("The charger is broken.") == true)
    }

    /// Apple Mail on an iPhone: the device footer, then the marker, then the original quoted
    /// with ">". The original is forwarded text, not a quote.
    /// A bounce sent as plain text, with the message it returns below a marker line: that
    /// message is returned text, not the mail system's own.
    @Test(arguments: ["--- Below this line is a copy of the message.", "------ This is a copy of the message, including all the headers. ------",
                      "Original message headers:", "   ----- Original message follows -----", "----- Unsent message follows -----"])
    func aBouncesCopyOfTheMessageIsReturnedText(marker: String) {
        let blocks = TextSegmenter.segment("Delivery has failed to these recipients.\nThe address couldn't be found.\n\n\(marker)\n\nSubject: Ärende 5\nHej Eva, vi har bokat tekniker till laddboxen.")
        #expect(blocks.first?.role == .own)
        #expect(blocks.first?.text.contains("Delivery has failed") == true)
        #expect(blocks.filter { $0.role == .returned }.map(\.text).joined().contains("Hej Eva"))
        #expect(!blocks.filter { $0.role == .own }.map(\.text).joined().contains("Hej Eva"))
    }

    /// "----- Original Message -----", as Outlook Express, Yahoo and many webmails space it: a
    /// reply's quoted message, which stays text of the case; "Original message follows" in a
    /// bounce is what the mail system returns.
    @Test func aSpacedOriginalMessageSeparatorStartsTheQuote() {
        for marker in ["----- Original Message -----", "---- Ursprungligt meddelande ----"] {
            let blocks = TextSegmenter.segment("Den är fortfarande trasig.\n\n\(marker)\nFrom: Support\nSubject: Laddaren\n\nHar den börjat fungera?")
            #expect(blocks.map(\.role) == [.own, .quoted], "\(marker)")
            #expect(blocks.last?.text.contains("Har den börjat") == true)
        }
        // Dashes alone, or words that only begin the same, are no separator.
        #expect(TextSegmenter.segment("Hej.\n----- Original message text was long -----\nMer.").allSatisfy { $0.role == .own })
    }

    @Test func appleMailForwardAfterADeviceFooter() {
        let text = "Skickar vidare.\n\nSkickat från min iPhone\n\nBörjan på vidarebefordrat brev:\n\n> Från: Lotta <l@x.example>\n>\n> Skärmen är krossad.\n"
        let blocks = TextSegmenter.segment(text)
        #expect(blocks.last?.role == .forwarded)
        #expect(blocks.last?.text.contains("Skärmen är krossad.") == true)
    }

    /// A legal footer under a quoted message is the mail system's: its paragraph is set apart,
    /// and quoted text after it is quoted again.
    @Test func aDisclaimerUnderAQuoteIsNoPartOfIt() {
        let text = "Tack, nu fungerar den!\n\nDen 2 dec. 2026 skrev Support <s@x.example>:\n> Vi har startat om den.\n\n"
            + "This e-mail may contain confidential information and is intended solely for the addressee. If you have received it in error, please delete it.\n\n> Mer citat."
        let blocks = TextSegmenter.segment(text)
        #expect(blocks.map(\.role) == [.own, .quoted, .signature, .quoted])
        #expect(blocks[2].text.hasPrefix("This e-mail"))
    }

    @Test func outlookHeaderBlockStartsTheQuote() {
        let blocks = TextSegmenter.segment("Tack!\n\nFrån: Support\nSkickat: den 1 mars\nÄmne: x\n\nOld text")
        #expect(blocks.last?.role == .quoted)
        // The same block from a writer whose mail program lost the å.
        #expect(TextSegmenter.segment("Tack!\n\nFran: Support\nSkickat: den 1 mars\nAmne: x\n\nOld text").last?.role == .quoted)
        #expect(blocks.last?.text.contains("Old text") == true)
    }

    /// Outlook writes the same header block for a forward as for a reply; the subject tells them apart.
    @Test func outlookHeaderBlockInAForwardStartsForwardedText() {
        let text = "Se nedan.\n\nFrån: Kund\nSkickat: den 1 mars\nÄmne: Trasig\n\nLaddaren är trasig."
        #expect(TextSegmenter.segment(text, isForward: true).last?.role == .forwarded)
        #expect(MessageParser().parse("Subject: VB: Trasig\n\n\(text)").body.last?.role == .forwarded)
        #expect(MessageParser().parse("Subject: SV: VB: Trasig\n\n\(text)").body.last?.role == .quoted)
    }

    /// A phone's or webmail's shorter block under the forwarder's signature: "Från:" with an
    /// address, then "Ämne:". A form's "Från: Per" over "Ämne: …" names no address and stays the writer's.
    @Test func aShortHeaderBlockUnderASignatureStartsTheForward() {
        let text = "Hej, kan ni ta hand om detta?\n\nMed vänlig hälsning\nEmma Clarke\nFörvaltare, Exempel AB\n\nFrån: Jake Miller <jake@example.com>\nÄmne: Laddaren\n\nHej, laddaren i garaget har en sprucken kåpa."
        let blocks = TextSegmenter.segment(text, isForward: true)
        #expect(blocks.last?.role == .forwarded)
        #expect(blocks.last?.text.contains("sprucken kåpa") == true)
        #expect(TextSegmenter.segment("Från: Per\nÄmne: Laddaren\nMeddelande: den laddar inte").allSatisfy { $0.role == .own })
    }

    @Test(arguments: [("VB: x", true), ("Fwd: x", true), ("FW: x", true), ("[Fwd: x]", true), ("WG: x", true),
                      ("SV: VB: x", false), ("Re: Fwd: x", false), ("Vb-fråga", false), ("x", false)])
    func forwardSubjects(subject: String, isForward: Bool) {
        #expect(TextSegmenter.isForwardSubject(subject) == isForward)
    }

    /// A closing and the name on one line ends the own text; a thank-you sentence does not.
    @Test(arguments: [("Mvh Eva Nord", "Eva Nord"), ("Best regards, John Smith", "John Smith"), ("//Eva Nord", "Eva Nord"),
                      ("/Sara", "Sara"), ("Hälsningar Per-Olof", "Per-Olof"), ("Mvh Fredrik och Lena Ström", "Fredrik och Lena Ström")])
    func closingWithName(line: String, name: String) {
        #expect(TextSegmenter.closingName(line) == name)
        #expect(TextSegmenter.segment("Laddboxen blinkar.\n\n\(line)").map(\.role) == [.own, .signature])
    }

    /// A phone writer's closing at the end of the last sentence, on the same line, starts the
    /// signature there; a closing word inside a sentence does not.
    @Test func closingAtTheEndOfALineStartsTheSignature() {
        let blocks = TextSegmenter.segment("Laddboxen slutar ladda efter tio minuter. Mvh Anna Lind")
        #expect(blocks.map(\.role) == [.own, .signature])
        #expect(blocks.map(\.text) == ["Laddboxen slutar ladda efter tio minuter.", "Mvh Anna Lind"])
        #expect(TextSegmenter.segment("Laddaren är död, testat två ggr nu. /Kalle").map(\.role) == [.own, .signature])
        // A slash, the name and then the firm: a longer closing, still the writer's.
        let firm = TextSegmenter.segment("Lampan är släckt. /Lars, Exempelbergets Fjällstugor AB")
        #expect(firm.map(\.text) == ["Lampan är släckt.", "/Lars, Exempelbergets Fjällstugor AB"])
        #expect(firm.map(\.role) == [.own, .signature])
        // A path is no closing.
        #expect(TextSegmenter.segment("Loggen ligger här. /var/log/chargers/exempel-laddare, rad 40 och framåt").map(\.role) == [.own])
        // An emoji ends the sentence as a full stop does.
        #expect(TextSegmenter.segment("Laddaren vid Exempelbutiken funkar inte igen!!! fixa det nu. \u{1F621} /Kalle").map(\.role) == [.own, .signature])
        #expect(TextSegmenter.segment("The charger is dead. Regards to the team who fixed it last time, it held a year.").map(\.role) == [.own])
        #expect(TextSegmenter.segment("Det är trasigt. Hälsningar från oss alla på gården.").map(\.role) == [.own])
    }

    /// The sender's own full name on a line, then only short lines that are no sentences (an
    /// address, a phone number), signs the mail without a closing or a blank line.
    @Test func theSendersNameOverAnAddressSignsTheMail() {
        let writer: Set<String> = ["karin", "sjöberg"]
        #expect(TextSegmenter.segment("Laddboxen är offline i appen.\nKarin Sjöberg\nExempelvägen 3, Lerum", writerWords: writer).map(\.role) == [.own, .signature])
        // Another name, or a sentence after the name, is the writer's text.
        #expect(TextSegmenter.segment("Laddboxen är offline i appen.\nPer Holm\nExempelvägen 3, Lerum", writerWords: writer).map(\.role) == [.own])
        #expect(TextSegmenter.segment("Laddboxen är offline.\nKarin Sjöberg\nRing mig i kväll.", writerWords: writer).map(\.role) == [.own])
        // The name and what the writer signs for on one last line.
        #expect(TextSegmenter.segment("Laddboxen är offline i appen.\nKarin Sjöberg, Exempelhuset", writerWords: writer).map(\.role) == [.own, .signature])
        #expect(TextSegmenter.segment("Laddboxen är offline i appen.\nKarin Sjöberg, ring mig i kväll om det går.", writerWords: writer).map(\.role) == [.own])
        // An address after the name, with its number.
        #expect(TextSegmenter.segment("Laddboxen är offline i appen.\nKarin Sjöberg, Exempelvägen 3, Lerum", writerWords: writer).map(\.role) == [.own, .signature])
        // Blank lines after the last one change nothing (and must not trap).
        #expect(TextSegmenter.segment("Laddboxen är offline i appen.\nKarin Sjöberg, Exempelhuset\n\n\n\n", writerWords: writer).map(\.role) == [.own, .signature])
        #expect(TextSegmenter.segment("Laddboxen är offline i appen.\n\n\n\n", writerWords: writer).map(\.role) == [.own])
        // A legal footer the mail system added below it does not keep it in the writer's text.
        #expect(TextSegmenter.segment("Laddboxen är offline i appen.\nKarin Sjöberg, Exempelhuset\n\nThis e-mail and any attachments may contain confidential information and are intended solely for the addressee.",
                                      writerWords: writer).first?.role == .own)
        #expect(TextSegmenter.segment("Laddboxen är offline i appen.\nKarin Sjöberg, Exempelhuset\n\nThis e-mail and any attachments may contain confidential information and are intended solely for the addressee.",
                                      writerWords: writer).dropFirst().first?.role == .signature)
    }

    /// A bare name alone on the last line, after a blank line, signs the mail; the same words
    /// inside the text, or a sentence, do not.
    @Test func bareNameOnTheLastLineIsTheSignature() {
        #expect(TextSegmenter.segment("Laddaren är död.\n\nTina Holm").map(\.role) == [.own, .signature])
        #expect(TextSegmenter.segment("Laddaren är död.\n\nTina Holm\n").map(\.role) == [.own, .signature])
        #expect(TextSegmenter.segment("Tina Holm\n\nLaddaren är död.").map(\.role) == [.own])
        #expect(TextSegmenter.segment("Laddaren är död.\n\nRing mig på kvällen").map(\.role) == [.own])
    }

    /// "…remotely?\nMaria" from "Maria <maria.sjoberg@…>": the sender's first name alone as the
    /// last line, under a finished sentence, signs the mail; another word there does not.
    @Test func theSendersFirstNameAloneSignsTheMail() {
        let writer: Set<String> = ["maria", "sjoberg"]
        #expect(TextSegmenter.segment("Do you update the firmware remotely?\nMaria", writerWords: writer).map(\.role) == [.own, .signature])
        #expect(TextSegmenter.segment("Do you update the firmware remotely?\nTomorrow", writerWords: writer).map(\.role) == [.own])
        #expect(TextSegmenter.segment("Do you update the firmware remotely?\nMaria", writerWords: ["anna"]).map(\.role) == [.own])
        // Under an unfinished line it may be the sentence's last word.
        #expect(TextSegmenter.segment("Please call my colleague\nMaria", writerWords: writer).map(\.role) == [.own])
        // Typed without capitals, as the whole mail is.
        #expect(TextSegmenter.segment("laddaren är död igen.\nmaria", writerWords: writer).map(\.role) == [.own, .signature])
        #expect(TextSegmenter.segment("laddaren är död igen.\nimorgon", writerWords: writer).map(\.role) == [.own])
    }

    /// A legal footer is no part of the writer's words (its language and its "in error" must not
    /// count); a person's sentence that starts the same way is theirs.
    @Test func legalFooterIsSignature() {
        let footer = "This e-mail and any attachments may contain confidential information and are intended solely for the addressee."
        #expect(TextSegmenter.segment("Laddaren är död.\n\n\(footer)").map(\.role) == [.own, .signature])
        #expect(TextSegmenter.segment("Laddaren är död.\n\nDetta e-postmeddelande kan innehålla konfidentiell information.").map(\.role) == [.own, .signature])
        #expect(TextSegmenter.segment("Hello.\n\nThis email is about the charger at Storgatan 3, which has been dead since Monday.").map(\.role) == [.own])
    }

    /// Written without capitals, a closing or a last line signs the mail only when it names the
    /// sender: lower-case words look like a name only next to the sender's own.
    @Test func lowerCaseClosingNamesTheSender() {
        let writer = TextSegmenter.nameWords(of: MailAddress(displayName: "Anna", address: "anna.lind@mail.example"))
        #expect(writer == ["anna", "lind"])
        #expect(TextSegmenter.closingName("mvh anna lind", writerWords: writer) == "anna lind")
        #expect(TextSegmenter.closingName("mvh anna lind") == nil)
        #expect(TextSegmenter.closingName("hälsningar från oss alla", writerWords: writer) == nil)
        #expect(TextSegmenter.closingName("mvh fredrik och lena ström", writerWords: ["fredrik"]) == "fredrik och lena ström")
        let inline = TextSegmenter.segment("laddboxen slutar ladda efter tio minuter. mvh anna lind", writerWords: writer)
        #expect(inline.map(\.text) == ["laddboxen slutar ladda efter tio minuter.", "mvh anna lind"])
        #expect(TextSegmenter.segment("laddaren är död.\n\nanna lind", writerWords: writer).map(\.role) == [.own, .signature])
        #expect(TextSegmenter.segment("laddaren är död.\n\nring mig anna", writerWords: writer).map(\.role) == [.own])
        #expect(TextSegmenter.segment("laddaren är död.\n\nper ek", writerWords: writer).map(\.role) == [.own])
        // Through the parser: the sender comes from the From header.
        let mail = MessageParser().parse("From: anna.lind@mail.example\nSubject: x\n\nladdaren är död. mvh anna lind")
        #expect(mail.body.map(\.role) == [.own, .signature])
    }

    /// A mail gateway's external-sender warning above the text is no part of it (in the other
    /// language it would decide the mail's language); a writer's own warning is theirs.
    @Test(arguments: [
        "CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.",
        "VARNING: Detta mejl kommer från en extern avsändare.\nKlicka inte på länkar eller öppna bilagor.",
        "You don't often get email from anna@example.se. Learn why this is important",
        "[EXTERN] Detta e-postmeddelande kommer från en extern avsändare.",
    ])
    func externalSenderBannerIsNotTheWritersText(banner: String) {
        let blocks = TextSegmenter.segment("\(banner)\n\nHej, laddaren vid entrén är död.\n\nMvh\nAnna")
        #expect(blocks.map(\.role) == [.signature, .own, .signature])
        #expect(blocks[1].text.hasPrefix("Hej, laddaren"))
    }

    @Test func writersOwnWarningStaysTheirs() {
        let blocks = TextSegmenter.segment("Varning: kabeln ligger utanför boxen och är trasig.\n\nMvh\nAnna")
        #expect(blocks.first?.role == .own)
    }

    /// Gateways' subject tags hide the prefixes that matter.
    @Test func subjectTagsAreLookedPast() {
        #expect(TextSegmenter.isForwardSubject("[EXTERNAL] VB: Trasig laddare"))
        #expect(TextSegmenter.isForwardSubject("EXTERN: Fwd: Cable stuck"))
        #expect(TextSegmenter.isForwardSubject("[Fwd: Cable stuck]"))
        #expect(!TextSegmenter.isForwardSubject("[EXTERNAL] SV: VB: Trasig laddare"))
        let receipt = MessageParser().parse("Subject: [Extern] Läst: Ärende 12\n\nDitt meddelande lästes.")
        #expect(receipt.autoReplySignals.readReceiptSubject)
    }

    @Test func thanksSentenceIsNoClosing() {
        #expect(TextSegmenter.closingName("Many thanks for the quick help") == nil)
        #expect(TextSegmenter.segment("Many thanks for the quick help, the charger at Storgatan 3 works again.").map(\.role) == [.own])
    }

    @Test func deviceFooterIsSignature() {
        let blocks = TextSegmenter.segment("Cable stuck at level 2.\n\nSent from my iPhone")
        #expect(blocks.map(\.role) == [.own, .signature])
    }

    /// "/Kjell" on top, then answers between the quoted questions: a quoted sentence ends the
    /// signature, but a quoted line broken off mid-sentence goes on in the line below.
    @Test func answersBetweenQuotedQuestionsUnderASignOff() {
        let answers = TextSegmenter.segment("Svar nedan.\n\n/Kjell\n\n> Lyser det någon lampa?\nNej, helt svart.")
        #expect(answers.map(\.role) == [.own, .signature, .quoted, .own])
        #expect(answers.last?.text.contains("helt svart") == true)
        let wrapped = TextSegmenter.segment("Nej, den är död.\nMvh Ingrid\n\n> Vi har startat om laddboxen hos Brf Granen 3\ni Heby på distans.")
        #expect(wrapped.last?.role == .signature)
    }

    /// "Jenny Ahl\nFriskis & Svettis Ulricehamn" above the quoted thread a reply ends with
    /// signs the reply as it would at the mail's end; a sentence there is still the writer's text.
    /// A quoted paragraph sent as one long line ("> laddaren … vi i föreningen äger laddarna.",
    /// 200 bytes and more) is quoted text like a short one.
    @Test func aLongQuotedLineIsQuoted() {
        let long = "> laddaren på depån är helt svart, ingen display. jordfelsbrytaren har löst ut två gånger i natt och nu går den inte att slå på igen. vi i föreningen äger laddarna och behöver hjälp i dag."
        #expect(long.utf8.count > 200)
        #expect(TextSegmenter.segment("Laddaren är fortfarande död.\n\n" + long).map(\.role) == [.own, .quoted])
        #expect(TextSegmenter.segment("Laddaren är fortfarande död.\nMvh Ulf\n\n" + long).map(\.role) == [.own, .signature, .quoted])
    }

    @Test func theSendersNameAboveTheQuoteSignsTheReply() {
        let writer: Set<String> = ["jenny", "ahl"]
        let reply = "Nu syns bara den ena laddaren i portalen.\n\nJenny Ahl\nFriskis & Svettis Ulricehamn\n\nDen 3 dec. 2026 skrev Support:\n> Vi har startat om modulen."
        #expect(TextSegmenter.segment(reply, writerWords: writer).map(\.role) == [.own, .signature, .quoted])
        #expect(TextSegmenter.segment("Nu syns bara den ena laddaren.\n\nJenny Ahl\nFriskis & Svettis Ulricehamn\n\n> Vi har startat om.", writerWords: writer)
            .map(\.role) == [.own, .signature, .quoted])
        #expect(TextSegmenter.segment("Nu syns bara den ena laddaren.\nJenny Ahl\nRing mig i kväll.\n\n> Vi har startat om.", writerWords: writer)
            .map(\.role) == [.own, .quoted])
    }
}

/// The segmenter works on byte ranges of the text; CRLF text must give the same blocks as LF.
@Suite struct SegmenterLineEndTests {
    @Test func crlfAndLFGiveTheSameBlocks() {
        let lf = "Hej,\nladdboxen är trasig.\n\nMvh\nAnna\n\nDen 3 feb. 2026 kl. 10:12 skrev Support <s@x.se>:\n> Vad gäller det?\n"
        let crlf = lf.utf8.split(separator: 10, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: "\r\n")
        let a = TextSegmenter.segment(lf), b = TextSegmenter.segment(crlf)
        #expect(a == b)
        #expect(a.map(\.role) == [.own, .signature, .quoted])
        #expect(a.first?.text == "Hej,\nladdboxen är trasig.\n")
    }

    @Test func headerNamesCompareWithoutCase() {
        let field = HeaderField(name: "Content-Type", rawValue: "text/plain")
        #expect(field.hasName("content-type"))
        #expect(field.hasName("CONTENT-TYPE"))
        #expect(!field.hasName("content-typ"))
        #expect(!field.hasName("content_type"))
    }
}

/// RFC 3676 format=flowed: soft breaks (a trailing space) join, hard breaks stay.
@Suite struct FlowedTextTests {
    @Test func softBreaksJoinAndHardBreaksStay() {
        let text = "Laddaren vid Ljusdals \nsimhall är trasig.\nRing mig.\n\n-- \nAnna"
        #expect(FlowedText.unflow(text, delSp: false) == "Laddaren vid Ljusdals simhall är trasig.\nRing mig.\n\n-- \nAnna")
    }

    @Test func delSpDropsTheAddedSpace() {
        #expect(FlowedText.unflow("Lad \ndaren", delSp: true) == "Laddaren")
    }

    @Test func quotedLinesJoinOnlyAtTheSameDepth() {
        let text = "> Kabeln vid \n> entrén är trasig.\n>> Äldre \nSvar här."
        #expect(FlowedText.unflow(text, delSp: false) == "> Kabeln vid entrén är trasig.\n>> Äldre \nSvar här.")
    }

    @Test func spaceStuffingIsRemoved() {
        #expect(FlowedText.unflow("  From here\nok", delSp: false) == " From here\nok")
    }

    @Test func parserUnflowsFlowedParts() {
        let raw = "Subject: x\nContent-Type: text/plain; charset=utf-8; format=flowed\n\nLaddaren vid Ljusdals \nsimhall är trasig.\n"
        #expect(MessageParser().parse(raw).ownText.hasPrefix("Laddaren vid Ljusdals simhall är trasig."))
        let fixed = "Subject: x\nContent-Type: text/plain; charset=utf-8\n\nLaddaren vid Ljusdals \nsimhall är trasig.\n"
        #expect(MessageParser().parse(fixed).ownText.hasPrefix("Laddaren vid Ljusdals \nsimhall"))
    }
}

@Suite struct StringHelperTests {
    /// The byte splitter replaces Foundation's `components(separatedBy:)` in the extractor's
    /// signature rules: it must cut where Foundation cuts, also beside non-ASCII text and
    /// at the ends.
    @Test(arguments: [
        ("Malin Öberg, Tandvårdshuset", ", "), ("Store Manager | Coop Forum Lund", " | "),
        ("Rya Golfklubb – kanslichef – Göteborg", " – "), (", a, , b, ", ", "), ("no separator here", " / "),
        ("ÅÄÖ / åäö / ", " / "), ("", ", "), (" - - - ", " - "),
    ])
    func piecesMatchFoundation(text: String, separator: String) {
        let foundation = text.components(separatedBy: separator)
        #expect(text.piecesSeparated(by: separator).map(String.init) == foundation)
        #expect(Substring(text).piecesSeparated(by: separator).map(String.init) == foundation)
    }
}

@Suite struct NeedleSetTests {
    /// The set against a plain search for each needle, on seeded random text over a small
    /// alphabet (so that needles occur, whole and in part), with and without a one-byte needle.
    @Test(arguments: [["out of", "office", "frånvarande", "ute"], ["out of", "o", "semester"], ["ut", "office"]])
    func findsWhatAPlainSearchFinds(needles: [String]) {
        let set = NeedleSet(needles)
        let wanted = needles.map { Array($0.utf8) }
        let alphabet = Array("out ficeåsmr".utf8)
        // A linear congruential generator (Knuth's MMIX constants): deterministic, so a failure replays.
        var state: UInt64 = 3834
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var found = 0
        for _ in 0..<5_000 {
            let hay = (0..<next(30)).map { _ in alphabet[next(alphabet.count)] }
            let plain = wanted.contains { needle in
                hay.count >= needle.count && (0...(hay.count - needle.count)).contains { hay[$0..<($0 + needle.count)].elementsEqual(needle) }
            }
            #expect(set.occurs(in: hay) == plain, "\(String(decoding: hay, as: UTF8.self))")
            if plain { found += 1 }
        }
        #expect(found > 20)  // the text holds needles often enough to test both answers
    }
}
