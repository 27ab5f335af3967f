import Testing
@testable import MailTransport

@Suite struct IMAPResponseParserTests {
    /// Frames and parses every response in `stream`, feeding the framer `chunk` bytes at a time.
    static func parseAll(_ stream: [UInt8], chunk: Int) throws -> [IMAPResponse] {
        var framer = IMAPResponseFramer()
        var responses: [IMAPResponse] = []
        var offset = 0
        while offset < stream.count {
            framer.append(stream[offset..<min(stream.count, offset + chunk)])
            offset += chunk
            while let bytes = try framer.next() { responses.append(try IMAPResponseParser.parse(bytes)) }
        }
        return responses
    }

    static let mail = Array("From: a@b.example\r\nSubject: test\r\n\r\nA001 OK fake completion inside the body\r\n* 3 EXPUNGE\r\n\u{00E5}\u{0000}\u{00FF}".utf8)

    /// A captured-style session: greeting data, SELECT, a batched FETCH with literals, SEARCH, MOVE.
    static var session: [UInt8] {
        var s = Array("* OK [CAPABILITY IMAP4rev1 LITERAL+ IDLE MOVE UIDPLUS] Dovecot ready.\r\n".utf8)
        s += Array("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n".utf8)
        s += Array("* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.\r\n".utf8)
        s += Array("* 2 EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY 1764590000] UIDs valid\r\n* OK [UIDNEXT 3] Predicted next UID\r\n".utf8)
        s += Array("x7Kq2 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n".utf8)
        s += Array("* 1 FETCH (UID 1 RFC822.SIZE \(mail.count) BODY[] {\(mail.count)}\r\n".utf8) + mail + Array(")\r\n".utf8)
        s += Array("* 2 FETCH (UID 2 RFC822.SIZE 0 FLAGS (\\Seen) BODY[] {0}\r\n)\r\n".utf8)
        s += Array("Zr81m OK Fetch completed.\r\n".utf8)
        s += Array("* SEARCH 1 2 4294967295\r\n* STATUS INBOX (MESSAGES 2 UIDNEXT 3 UIDVALIDITY 1764590000)\r\n".utf8)
        s += Array("* OK [COPYUID 1764590001 1:2 7:8] Moved UIDs.\r\n* 1 EXPUNGE\r\n".utf8)
        s += Array("* LIST (\\HasNoChildren) \".\" \"Processed\"\r\n+ idling\r\nq9 NO [TRYCREATE] Mailbox doesn't exist: Processed\r\n".utf8)
        return s
    }

    @Test(arguments: [1, 2, 7, 64, 100_000])
    func sessionParsesTheSameWhateverTheChunking(chunk: Int) throws {
        let responses = try Self.parseAll(Self.session, chunk: chunk)
        #expect(responses.count == 18)
        #expect(responses[0] == .untagged(.status(.ok, code: .other("CAPABILITY IMAP4rev1 LITERAL+ IDLE MOVE UIDPLUS"), text: "Dovecot ready.")))
        #expect(responses[1] == .untagged(.flags(["\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft"])))
        #expect(responses[3] == .untagged(.exists(2)))
        #expect(responses[5] == .untagged(.status(.ok, code: .uidValidity(1_764_590_000), text: "UIDs valid")))
        #expect(responses[6] == .untagged(.status(.ok, code: .uidNext(3), text: "Predicted next UID")))
        #expect(responses[7] == .tagged(tag: "x7Kq2", status: .ok, code: .other("READ-WRITE"), text: "Select completed (0.001 + 0.000 secs)."))
        // The body is byte-exact, and its "A001 OK" line did not end anything.
        #expect(responses[8] == .untagged(.fetch(sequence: 1, attributes: [.uid(1), .rfc822Size(Self.mail.count), .body(section: "", bytes: Self.mail)])))
        #expect(responses[9] == .untagged(.fetch(sequence: 2, attributes: [.uid(2), .rfc822Size(0), .flags(["\\Seen"]), .body(section: "", bytes: [])])))
        #expect(responses[10] == .tagged(tag: "Zr81m", status: .ok, code: nil, text: "Fetch completed."))
        #expect(responses[11] == .untagged(.search([1, 2, 4_294_967_295])))
        #expect(responses[12] == .untagged(.mailboxStatus(mailbox: "INBOX", items: ["MESSAGES": 2, "UIDNEXT": 3, "UIDVALIDITY": 1_764_590_000])))
        #expect(responses[13] == .untagged(.status(.ok, code: .copyUID(validity: 1_764_590_001, source: "1:2", destination: "7:8"), text: "Moved UIDs.")))
        #expect(responses[14] == .untagged(.expunge(1)))
        #expect(responses[15] == .untagged(.list(attributes: ["\\HasNoChildren"], delimiter: ".", mailbox: "Processed")))
        #expect(responses[16] == .continuation("idling"))
        #expect(responses[17] == .tagged(tag: "q9", status: .no, code: .tryCreate, text: "Mailbox doesn't exist: Processed"))
    }

    @Test func incompleteLiteralWaitsForItsBytes() throws {
        var framer = IMAPResponseFramer()
        framer.append(Array("* 1 FETCH (BODY[] {10}\r\n12345".utf8))
        #expect(try framer.next() == nil)
        framer.append(Array("67890)\r\n".utf8))
        let bytes = try #require(try framer.next())
        #expect(try IMAPResponseParser.parse(bytes) == .untagged(.fetch(sequence: 1, attributes: [.body(section: "", bytes: Array("1234567890".utf8))])))
    }

    @Test(arguments: [
        "* 1 FETCH (UID x)\r\n",
        "* 1 FETCH (BODY[] {99}\r\nshort)\r\n",
        "* 1 FETCH (UID 1\r\n",
        "tag WHAT\r\n",
        "* STATUS INBOX MESSAGES\r\n",
        "* 1 FETCH (" + String(repeating: "X (", count: 200) + "\r\n",
        "* 1 FETCH (BODY[HEADER.FIELDS (FROM] \"x\")\r\n",
        "* 99999999999999999999999 EXISTS\r\n",
    ])
    func hostileResponsesAreErrorsNotCrashes(_ text: String) {
        var framer = IMAPResponseFramer()
        framer.append(Array(text.utf8))
        do {
            if let bytes = try framer.next() { _ = try IMAPResponseParser.parse(bytes) }
        } catch is IMAPParseError {
            return
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func hugeLiteralAnnouncementIsRefused() {
        var framer = IMAPResponseFramer()
        framer.maxLiteral = 1024
        framer.append(Array("* 1 FETCH (BODY[] {999999999}\r\n".utf8))
        #expect(throws: IMAPParseError.self) { _ = try framer.next() }
    }

    @Test func endlessLineIsRefused() {
        var framer = IMAPResponseFramer()
        framer.maxLine = 100
        framer.append([UInt8](repeating: 65, count: 500))
        #expect(throws: IMAPParseError.self) { _ = try framer.next() }
    }

    @Test func seededGarbageNeverCrashes() {
        var state: UInt64 = 42
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let base = Self.session
        for _ in 0..<2_000 {
            var bytes = base
            for _ in 0..<(1 + Int(next() % 8)) {
                let position = Int(next() % UInt64(bytes.count))
                switch next() % 3 {
                case 0: bytes[position] = UInt8(truncatingIfNeeded: next())
                case 1: bytes.insert(contentsOf: Array("{7}\r\n".utf8), at: position)
                default: bytes.removeSubrange(position..<min(bytes.count, position + Int(next() % 40)))
                }
            }
            var framer = IMAPResponseFramer()
            framer.append(bytes)
            while true {
                guard let frame = try? framer.next() else { break }
                _ = try? IMAPResponseParser.parse(frame)
            }
        }
    }
}
