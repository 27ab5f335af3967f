import Testing
@testable import Mail

@Suite struct TransferEncodingTests {
    @Test func base64DecodesAcrossLineBreaks() {
        let decoded = TransferEncoding.base64.decode(Array("SGVq\r\nIHDD\npSBkaWch".utf8)[...])
        #expect(decoded.bytes == Array("Hej p\u{e5} dig!".utf8))
        #expect(!decoded.damaged)
    }

    @Test func truncatedBase64KeepsWhatItCanAndSaysSo() {
        let decoded = TransferEncoding.base64.decode(Array("SGVqIGhlag".utf8)[...])
        #expect(String(decoding: decoded.bytes, as: UTF8.self).hasPrefix("Hej he"))
        #expect(decoded.damaged)
    }

    @Test func base64WithGarbageIsDamagedNotFatal() {
        let decoded = TransferEncoding.base64.decode(Array("SGV!!qIA==@@".utf8)[...])
        #expect(decoded.damaged)
        #expect(decoded.bytes.starts(with: Array("He".utf8)))
    }

    @Test(arguments: [
        ("Gr=C3=B6n =\r\nlampa", "Grön lampa"),
        ("Gr=c3=b6n =\nlampa", "Grön lampa"),
        ("trailing   \nline", "trailing\nline"),
        ("broken =ZZ escape", "broken =ZZ escape"),
        ("ends with =", "ends with "),
    ])
    func quotedPrintable(input: String, expected: String) {
        let decoded = TransferEncoding.quotedPrintable.decode(Array(input.utf8)[...])
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == expected)
    }

    /// The line-wise decoder against the plain byte-by-byte reading of RFC 2045 §6.7 below, on
    /// seeded random text made of the bytes that matter to it: "=", hex digits, spaces, tabs,
    /// CR, LF and letters. Same bytes, same damage flag.
    @Test func quotedPrintableMatchesTheByteByByteReading() {
        let alphabet = Array("==AF0a9 \t\r\n\nxé".utf8)
        // A linear congruential generator (Knuth's MMIX constants): deterministic, so a failure replays.
        var state: UInt64 = 2045
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for round in 0..<20_000 {
            let input = (0..<next(25)).map { _ in alphabet[next(alphabet.count)] }
            let decoded = TransferEncoding.decodeQuotedPrintable(input[...])
            let reference = Self.referenceQuotedPrintable(input)
            #expect(decoded.bytes == reference.bytes && decoded.damaged == reference.damaged, "round \(round): \(input)")
            if decoded.bytes != reference.bytes || decoded.damaged != reference.damaged { break }
        }
    }

    static func referenceQuotedPrintable(_ input: [UInt8]) -> (bytes: [UInt8], damaged: Bool) {
        var out: [UInt8] = []
        var damaged = false
        var i = 0
        let end = input.count
        func hex(_ b: UInt8) -> UInt8? {
            switch b { case 48...57: b - 48; case 65...70: b - 55; case 97...102: b - 87; default: nil }
        }
        while i < end {
            let byte = input[i]
            if byte == UInt8(ascii: "=") {
                var j = i + 1
                while j < end, input[j] == 32 || input[j] == 9 { j += 1 }
                if j < end, input[j] == 13, j + 1 < end, input[j + 1] == 10 { i = j + 2; continue }
                if j < end, input[j] == 10 { i = j + 1; continue }
                if j == end { i = end; continue }
                if i + 2 < end, let hi = hex(input[i + 1]), let lo = hex(input[i + 2]) { out.append(hi << 4 | lo); i += 3; continue }
                damaged = true
                out.append(byte)
                i += 1
                continue
            }
            if byte == 32 || byte == 9 {
                var j = i
                while j < end, input[j] == 32 || input[j] == 9 { j += 1 }
                if j == end || input[j] == 10 || (input[j] == 13 && j + 1 < end && input[j + 1] == 10) { i = j; continue }
                out.append(contentsOf: input[i..<j])
                i = j
                continue
            }
            out.append(byte)
            i += 1
        }
        return (out, damaged)
    }
}

@Suite struct CharsetTests {
    @Test func latin1() {
        #expect(Charset(name: "ISO-8859-1").decode([0x47, 0xE5, 0x72, 0x64]).text == "Gård")
        #expect(Charset(name: "latin1") == .iso8859_1)
    }

    /// UTF-8 labelled as a single-byte charset reads as UTF-8; Latin-1 that only looks like
    /// UTF-8 where a symbol follows "Ã" (never in Swedish or English) is the one case it cannot tell.
    @Test(arguments: ["iso-8859-1", "iso-8859-15", "windows-1252"])
    func utf8LabelledAsASingleByteCharset(name: String) {
        #expect(Charset(name: name).decode(Array("Skövde är påkörd".utf8)).text == "Skövde är påkörd")
        #expect(Charset(name: name).decode(Array("Skövde är påkörd".utf8)).usedFallback)
        // Real Latin-1 (a lone "ö" byte is no UTF-8) and plain ASCII read as labelled.
        #expect(Charset(name: name).decode([0x53, 0x6B, 0xF6, 0x76, 0x64, 0x65]).text == "Skövde")
        #expect(!Charset(name: name).decode(Array("Skovde".utf8)).usedFallback)
    }

    @Test func latin9HasEuroWhereLatin1HasCurrencySign() {
        #expect(Charset(name: "iso-8859-15").decode([0xA4]).text == "€")
        #expect(Charset(name: "iso-8859-1").decode([0xA4]).text == "¤")
    }

    @Test func windows1252SmartQuotes() {
        #expect(Charset(name: "windows-1252").decode([0x94, 0x4F, 0x4B, 0x94, 0x20, 0x96]).text == "”OK” –")
    }

    @Test func latin1BytesInUTF8PartFallBackPerByte() {
        // "Gr\u{f6}n" in UTF-8 followed by a Latin-1 "\u{e5}" byte.
        let decoded = Charset(name: "utf-8").decode([0x47, 0x72, 0xC3, 0xB6, 0x6E, 0x20, 0xE5, 0x72])
        #expect(decoded.text == "Grön år")
        #expect(decoded.usedFallback)
    }

    @Test func unknownCharsetIsDecodedAndFlagged() {
        let decoded = Charset(name: "x-klingon").decode(Array("plain ascii".utf8))
        #expect(decoded.text == "plain ascii")
        #expect(decoded.usedFallback)
    }

    @Test func eightBitInUSASCIIIsReadAsUTF8OrLatin1() {
        #expect(Charset(name: "us-ascii").decode([0x73, 0xC3, 0xA5]).text == "så")
        #expect(Charset(name: "us-ascii").decode([0x73, 0xE5]).text == "så")
    }
}

@Suite struct EncodedWordTests {
    @Test(arguments: [
        ("=?UTF-8?Q?Trasig_kabel_p=C3=A5_laddbox?=", "Trasig kabel på laddbox"),
        ("=?iso-8859-1?q?Gr=F6n?= lampa", "Grön lampa"),
        ("=?UTF-8?B?w4RyZW5kZQ==?=", "Ärende"),
        ("=?UTF-8?Q?a?= =?UTF-8?Q?b?=", "ab"),
        ("=?UTF-8?Q?a?=\r\n =?UTF-8?B?Yg==?= c", "ab c"),
        ("Re: =?windows-1252?Q?=93OK=94?= now", "Re: “OK” now"),
        ("=?UTF-8*sv?Q?hej?=", "hej"),
        ("=?bogus", "=?bogus"),
        ("=?UTF-8?X?nope?=", "=?UTF-8?X?nope?="),
        // A character split between two words ("ä" is C3 A4), as some mail programs split: the
        // words of one charset are decoded together; words of two charsets each alone.
        ("=?utf-8?B?QXJlbmFuIMM=?= =?utf-8?B?pHIgdHJhc2ln?=", "Arenan är trasig"),
        ("=?utf-8?Q?Arenan_=C3?= =?UTF-8?Q?=A4r?=", "Arenan är"),
        ("=?iso-8859-1?Q?=E4?= =?utf-8?Q?=C3=A4?=", "ää"),
        // Apart (text between), each half is invalid UTF-8 alone and read as Latin-1, as parts are.
        ("=?utf-8?Q?=C3?= mitt =?utf-8?Q?=A4?=", "Ã mitt ¤"),
    ])
    func decodes(raw: String, expected: String) {
        #expect(EncodedWordDecoder.decode(raw) == expected)
    }
}

@Suite struct HeaderTests {
    @Test func unfoldsAndLooksUpCaseInsensitively() {
        let message = MessageParser().parse("Subject: one\r\n two\r\nX-A: 1\r\nx-a: 2\r\n\r\nbody")
        #expect(message.subject == "one two")
        #expect(message.headers.all("X-A") == ["1", "2"])
    }

    @Test func eightBitHeadersAreReadNotDropped() {
        var bytes = Array("Subject: ".utf8) + [0x47, 0xE5, 0x72, 0x64] + Array("\nFrom: a@b.example\n\nx".utf8)
        bytes += []
        let message = MessageParser().parse(bytes)
        #expect(message.subject == "Gård")
    }

    @Test func addressesWithEncodedDisplayNames() {
        let address = MailAddress(headerValue: "=?UTF-8?Q?G=C3=B6ran_H?= <goran@x.example>")
        #expect(address?.displayName == "Göran H")
        #expect(address?.address == "goran@x.example")
        #expect(MailAddress(headerValue: "bare@x.example (Bare Name)")?.displayName == "Bare Name")
        #expect(MailAddress(headerValue: "not an address") == nil)
    }

    /// The person behind a display name: a gateway's comment and a group's "via" rewriting are
    /// not part of it; the display name itself stays as sent.
    @Test(arguments: [("'Anna Berg' via Laddservice Support <support@x.example>", "Anna Berg"),
                      ("Anna Berg (via Google Forms) <forms@x.example>", "Anna Berg"),
                      ("\"Berg, Anna\" <anna@x.example>", "Berg, Anna"),
                      ("=?UTF-8?Q?=C3=85sa_=C3=96berg?= <asa@x.example>", "Åsa Öberg")])
    func personalNames(header: String, expected: String) {
        let address = MailAddress(headerValue: header)
        #expect(address?.personalName == expected)
    }

    @Test func contentTypeParametersWithRFC2231() {
        let type = ContentType(headerValue: "text/plain; charset=\"utf-8\"; name*0*=UTF-8''Sk%C3%A4rm; name*1=bild.png")
        #expect(type?.mimeType == "text/plain")
        #expect(type?.parameters["charset"] == "utf-8")
        #expect(type?.parameters["name"] == "Skärmbild.png")
    }
}

@Suite struct MailDateTests {
    @Test(arguments: [
        ("Mon, 12 Jan 2026 08:14:31 +0100", 1_768_202_071.0),
        ("12 Jan 2026 08:14:31 +0100", 1_768_202_071.0),
        ("Mon, 12 Jan 2026 08:14 +0100", 1_768_202_040.0),
        ("Mon,  12 Jan 2026 07:14:31 GMT", 1_768_202_071.0),
        ("Mon, 12 Jan 2026 08:14:31 +0100 (CET)", 1_768_202_071.0),
        ("Mon, 12 Jan 26 08:14:31 +0100", 1_768_202_071.0),
        ("Sun, 29 Feb 2004 23:59:59 -0800", 1_078_127_999.0),
        ("Thu, 01 Jan 1970 00:00:00 +0000", 0.0),
    ])
    func readsTheUsualForms(text: String, expected: Double) {
        #expect(MailDate.parse(text)?.timeIntervalSince1970 == expected)
    }

    @Test(arguments: ["", "yesterday", "Mon, 32 Jan 2026 08:14:31 +0100", "Mon, 12 Foo 2026 08:14:31 +0100", "12 Jan 2026 25:00 +0100", "12 Jan 2026 08:14 +01"])
    func rejectsWhatIsNotADate(text: String) {
        #expect(MailDate.parse(text) == nil)
    }
}
