import Foundation
import Testing
@testable import Mail

@Suite struct ComposerTests {
    static let customer = MailAddress(displayName: "Åsa Öberg", address: "asa@brf-eken.se")
    static let desk = MailAddress(displayName: "ChargeDesk support", address: "support@chargedesk.example")

    static func message(subject: String = "Vi har tagit emot er felanmälan [CD-2026-000042] – laddbox på Ekvägen 3",
                        text: String = "Hej Åsa!\n\nÄrendet är registrerat.", html: String? = "<p>Hej Åsa!</p>") -> OutgoingMessage {
        OutgoingMessage(from: desk, to: [customer], subject: subject, messageID: "m1.123@chargedesk.example", inReplyTo: "orig@brf-eken.se",
                        references: ["older@brf-eken.se", "orig@brf-eken.se"], date: Date(timeIntervalSince1970: 1_796_130_309),
                        autoSubmitted: .autoReplied, text: text, html: html)
    }

    @Test func composedMailParsesBackWithEveryHeaderAndPart() throws {
        let bytes = try MessageComposer().compose(Self.message())
        let parsed = MessageParser().parse(bytes)
        #expect(parsed.defects.isEmpty, "\(parsed.defects)")
        #expect(parsed.subject == "Vi har tagit emot er felanmälan [CD-2026-000042] – laddbox på Ekvägen 3")
        #expect(parsed.from == Self.desk)
        #expect(parsed.headers["to"].flatMap(MailAddress.init(headerValue:)) == Self.customer)
        #expect(parsed.messageID == "m1.123@chargedesk.example")
        #expect(parsed.inReplyTo == ["orig@brf-eken.se"])
        #expect(parsed.references == ["older@brf-eken.se", "orig@brf-eken.se"])
        #expect(parsed.headers["auto-submitted"] == "auto-replied")
        #expect(parsed.root.contentType.mimeType == "multipart/alternative")
        #expect(parsed.root.children.map(\.contentType.mimeType) == ["text/plain", "text/html"])
        #expect(parsed.ownText.contains("Ärendet är registrerat."))
        #expect(parsed.headers["date"].flatMap(MailDate.parse) == Date(timeIntervalSince1970: 1_796_130_309))
    }

    @Test func everyLineIsShortAndEndsInCRLF() throws {
        let long = String(repeating: "Laddboxen vid garaget på Storgatan lyser rött och går inte att starta. ", count: 20)
        let bytes = try MessageComposer().compose(Self.message(subject: long, text: long + "\n" + long))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78, "\(line)") }
        #expect(MessageParser().parse(bytes).subject == HeaderEncoder.neutralise(long))
    }

    @Test(arguments: ["Hej\r\nBcc: evil@attacker.example", "Hej\nBcc: evil@attacker.example", "Hej\rBcc: evil@attacker.example",
                      "Hej\u{2028}Bcc: evil@attacker.example", "Hej\u{85}Bcc: evil@attacker.example", "=?UTF-8?Q?x?=\r\nBcc: e@a.example"])
    func injectedLineBreaksNeverMakeAHeader(subject: String) throws {
        var message = Self.message(subject: subject, text: subject)
        message.to = [MailAddress(displayName: subject, address: "asa@brf-eken.se")]
        let bytes = try MessageComposer().compose(message)
        let head = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
        #expect(!head.lowercased().contains("\r\nbcc:"))
        let parsed = MessageParser().parse(bytes)
        #expect(parsed.headers["bcc"] == nil)
        #expect(parsed.headers.all("to").count == 1)
    }

    @Test(arguments: ["evil@x.example\r\nBcc: other@y.example", "no-at-sign", "a@b@c", "<a@b.example>", "a b@c.example", ""])
    func invalidAddressesAreRefused(address: String) {
        var message = Self.message()
        message.to = [MailAddress(address: address)]
        #expect(throws: ComposeError.self) { try MessageComposer().compose(message) }
    }

    @Test func quotedPrintableRoundTripsAndKeepsLinesShort() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abc åäö ÅÄÖ = . \t€✓ From x")
        for _ in 0..<200 {
            let lines = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                String((0..<Int.random(in: 0...200, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            }
            let text = lines.joined(separator: "\r\n")
            let encoded = QuotedPrintableEncoder.encode(text)
            for line in encoded.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 76) }
            let decoded = TransferEncoding.decodeQuotedPrintable(ArraySlice(encoded.utf8))
            #expect(String(decoding: decoded.bytes, as: UTF8.self) == text)
        }
    }

    @Test func attachmentsAreBase64WithTheirName() throws {
        var message = Self.message()
        message.attachments = [.init(filename: "logg-Ökna.txt", contentType: "text/plain", bytes: Array(repeating: 0xC3, count: 300))]
        let parsed = MessageParser().parse(try MessageComposer().compose(message))
        #expect(parsed.root.contentType.mimeType == "multipart/mixed")
        let attachment = try #require(parsed.root.children.last)
        #expect(attachment.filename == "logg-Ökna.txt")
        #expect(Array(attachment.decodedBody().bytes) == Array(repeating: 0xC3, count: 300))
    }

    @Test func datesAreSwedishTimeWithOffset() {
        #expect(MailDate.format(Date(timeIntervalSince1970: 1_796_130_309)) == "Tue, 01 Dec 2026 14:05:09 +0100")
        #expect(MailDate.format(Date(timeIntervalSince1970: 1_782_900_000)) == "Wed, 01 Jul 2026 12:00:00 +0200")
        #expect(MailDate.parse(MailDate.format(Date(timeIntervalSince1970: 1_782_900_000))) == Date(timeIntervalSince1970: 1_782_900_000))
    }
}
