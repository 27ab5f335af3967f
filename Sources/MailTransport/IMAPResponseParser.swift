/// Reads one complete response (as cut by `IMAPResponseFramer`) into an `IMAPResponse`.
/// Recursive descent over bytes, one function per grammar rule, with a depth limit against
/// hostile nesting. Parsing is pure: no I/O, no state beyond the bytes given.
public enum IMAPResponseParser {
    public static let maxDepth = 64

    public static func parse(_ bytes: [UInt8]) throws -> IMAPResponse {
        var reader = Reader(bytes: bytes[...])
        return try reader.response()
    }

    struct Reader {
        let bytes: ArraySlice<UInt8>
        var i: Int
        var depth = 0

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            i = bytes.startIndex
        }

        var atEnd: Bool { i >= bytes.endIndex || bytes[i] == 13 || bytes[i] == 10 }
        func peek() -> UInt8? { i < bytes.endIndex ? bytes[i] : nil }

        func error(_ code: IMAPParseError.Code) -> IMAPParseError {
            IMAPParseError(code: code, offset: i - bytes.startIndex, excerpt: IMAPParseError.excerpt(bytes, at: i - bytes.startIndex))
        }

        mutating func expect(_ byte: UInt8) throws {
            guard peek() == byte else { throw error(.malformedLine) }
            i += 1
        }

        mutating func skipSpaces() { while peek() == 32 { i += 1 } }

        /// response = continue-req / response-data / response-tagged
        mutating func response() throws -> IMAPResponse {
            guard let first = peek() else { throw error(.unexpectedEnd) }
            if first == UInt8(ascii: "+") {
                i += 1
                skipSpaces()
                return .continuation(restOfLine())
            }
            if first == UInt8(ascii: "*") {
                i += 1
                try expect(32)
                return .untagged(try untagged())
            }
            let tag = atom()
            guard !tag.isEmpty else { throw error(.malformedLine) }
            try expect(32)
            let word = atom().uppercased()
            guard let status = IMAPStatus(rawValue: word), status == .ok || status == .no || status == .bad else { throw error(.malformedLine) }
            skipSpaces()
            let code = try responseCode()
            return .tagged(tag: tag, status: status, code: code, text: restOfLine())
        }

        /// response-data = "*" SP (resp-cond-state / resp-cond-bye / mailbox-data / message-data / capability-data)
        mutating func untagged() throws -> IMAPUntagged {
            let start = i
            if let n = number() {
                try expect(32)
                let kind = atom().uppercased()
                switch kind {
                case "EXISTS": return .exists(Int(n))
                case "RECENT": return .recent(Int(n))
                case "EXPUNGE": return .expunge(Int(n))
                case "FETCH":
                    try expect(32)
                    return .fetch(sequence: Int(n), attributes: try fetchAttributes())
                default:
                    i = start
                    return .other(restOfLine())
                }
            }
            let word = atom().uppercased()
            switch word {
            case "OK", "NO", "BAD", "BYE", "PREAUTH":
                skipSpaces()
                let code = try responseCode()
                return .status(IMAPStatus(rawValue: word)!, code: code, text: restOfLine())
            case "CAPABILITY":
                var capabilities: [String] = []
                while peek() == 32 { i += 1; let a = atom(); if !a.isEmpty { capabilities.append(a) } }
                return .capability(capabilities)
            case "FLAGS":
                try expect(32)
                return .flags(try value().flattenedAtoms)
            case "SEARCH", "ESEARCH" where word == "SEARCH":
                var uids: [UInt32] = []
                while peek() == 32 {
                    i += 1
                    if let n = number(), n <= UInt64(UInt32.max) { uids.append(UInt32(n)) } else { break }
                }
                return .search(uids)
            case "STATUS":
                try expect(32)
                let mailbox = try astring()
                skipSpaces()
                guard case .list(let items) = try value() else { throw error(.malformedLine) }
                var result: [String: UInt64] = [:]
                var k = 0
                while k + 1 < items.count {
                    if case .atom(let name) = items[k], case .number(let n) = items[k + 1] { result[name.uppercased()] = n }
                    k += 2
                }
                return .mailboxStatus(mailbox: mailbox, items: result)
            case "LIST", "LSUB":
                try expect(32)
                let attributes = try value().flattenedAtoms
                try expect(32)
                let delimiter = try value()
                try expect(32)
                let mailbox = try astring()
                return .list(attributes: attributes, delimiter: delimiter.text, mailbox: mailbox)
            default:
                i = start
                return .other(restOfLine())
            }
        }

        /// resp-text-code in brackets, if present.
        mutating func responseCode() throws -> IMAPResponseCode? {
            guard peek() == UInt8(ascii: "[") else { return nil }
            i += 1
            let name = atom().uppercased()
            var arguments: [String] = []
            while peek() == 32 {
                i += 1
                let start = i
                while let b = peek(), b != UInt8(ascii: "]"), b != 32, b != 13, b != 10 { i += 1 }
                arguments.append(String(decoding: bytes[start..<i], as: UTF8.self))
            }
            guard peek() == UInt8(ascii: "]") else { throw error(.malformedLine) }
            i += 1
            skipSpaces()
            switch name {
            case "UIDVALIDITY": return arguments.first.flatMap(UInt32.init).map(IMAPResponseCode.uidValidity) ?? .other(name)
            case "UIDNEXT": return arguments.first.flatMap(UInt32.init).map(IMAPResponseCode.uidNext) ?? .other(name)
            case "COPYUID":
                guard arguments.count == 3, let validity = UInt32(arguments[0]) else { return .other(name) }
                return .copyUID(validity: validity, source: arguments[1], destination: arguments[2])
            case "ALERT": return .alert
            case "TRYCREATE": return .tryCreate
            default: return .other(([name] + arguments).joined(separator: " "))
            }
        }

        /// msg-att = "(" (msg-att-dynamic / msg-att-static) *(SP …) ")"
        mutating func fetchAttributes() throws -> [IMAPFetchAttribute] {
            try expect(UInt8(ascii: "("))
            var attributes: [IMAPFetchAttribute] = []
            while peek() != UInt8(ascii: ")") {
                guard !atEnd else { throw error(.unexpectedEnd) }
                let name = atom().uppercased()
                guard !name.isEmpty else { throw error(.malformedLine) }
                var section: String?
                if peek() == UInt8(ascii: "[") { section = try bracketed() }
                if peek() == UInt8(ascii: "<") { _ = try angled() }
                try expect(32)
                let v = try value()
                switch (name, section) {
                case ("UID", nil):
                    guard case .number(let n) = v, n <= UInt64(UInt32.max) else { throw error(.malformedLine) }
                    attributes.append(.uid(UInt32(n)))
                case ("RFC822.SIZE", nil):
                    guard case .number(let n) = v else { throw error(.malformedLine) }
                    attributes.append(.rfc822Size(Int(n)))
                case ("FLAGS", nil):
                    attributes.append(.flags(v.flattenedAtoms))
                case ("BODY", let section?), ("BINARY", let section?):
                    switch v {
                    case .string(let data): attributes.append(.body(section: section, bytes: data))
                    case .nil_: attributes.append(.body(section: section, bytes: []))
                    default: throw error(.malformedLine)
                    }
                case ("RFC822", nil):
                    if case .string(let data) = v { attributes.append(.body(section: "", bytes: data)) }
                default:
                    attributes.append(.other(name: name))
                }
                if peek() == 32 { i += 1 }
            }
            i += 1
            return attributes
        }

        /// Any value: number, atom, quoted, literal, NIL or list.
        mutating func value() throws -> IMAPValue {
            guard let b = peek() else { throw error(.unexpectedEnd) }
            switch b {
            case UInt8(ascii: "("):
                depth += 1
                guard depth <= IMAPResponseParser.maxDepth else { throw error(.nestingTooDeep) }
                i += 1
                var items: [IMAPValue] = []
                while peek() != UInt8(ascii: ")") {
                    guard !atEnd else { throw error(.unexpectedEnd) }
                    items.append(try value())
                    if peek() == 32 { i += 1 }
                }
                i += 1
                depth -= 1
                return .list(items)
            case UInt8(ascii: "\""):
                return .string(try quoted())
            case UInt8(ascii: "{"), UInt8(ascii: "~"):
                return .string(try literal())
            default:
                if let n = number(), peek().map({ $0 == 32 || $0 == UInt8(ascii: ")") || $0 == 13 || $0 == 10 }) ?? true { return .number(n) }
                let a = atom()
                guard !a.isEmpty else { throw error(.malformedLine) }
                if a.uppercased() == "NIL" { return .nil_ }
                if peek() == UInt8(ascii: "[") { return .section(a + "[" + (try bracketed()) + "]") }
                return .atom(a)
            }
        }

        /// astring = atom / string
        mutating func astring() throws -> String {
            let v = try value()
            guard let text = v.text else { throw error(.malformedLine) }
            return text
        }

        /// quoted = DQUOTE *QUOTED-CHAR DQUOTE, with \" and \\ escapes.
        mutating func quoted() throws -> [UInt8] {
            try expect(UInt8(ascii: "\""))
            var out: [UInt8] = []
            while let b = peek() {
                i += 1
                if b == UInt8(ascii: "\"") { return out }
                if b == UInt8(ascii: "\\"), let next = peek() { out.append(next); i += 1; continue }
                if b == 13 || b == 10 { break }
                out.append(b)
            }
            throw error(.unexpectedEnd)
        }

        /// literal = "{" number ["+"] "}" CRLF *OCTET (and literal8 with "~")
        mutating func literal() throws -> [UInt8] {
            if peek() == UInt8(ascii: "~") { i += 1 }
            try expect(UInt8(ascii: "{"))
            guard let n = number() else { throw error(.badLiteral) }
            if peek() == UInt8(ascii: "+") { i += 1 }
            try expect(UInt8(ascii: "}"))
            if peek() == 13 { i += 1 }
            try expect(10)
            guard n <= UInt64(bytes.endIndex - i) else { throw error(.unexpectedEnd) }
            let data = Array(bytes[i..<(i + Int(n))])
            i += Int(n)
            return data
        }

        /// `[…]` with nested parentheses, returned without the brackets.
        mutating func bracketed() throws -> String {
            try expect(UInt8(ascii: "["))
            let start = i
            var nesting = 0
            while let b = peek() {
                if b == UInt8(ascii: "(") { nesting += 1 }
                if b == UInt8(ascii: ")") { nesting -= 1 }
                if b == UInt8(ascii: "]"), nesting <= 0 { break }
                if b == 13 || b == 10 { throw error(.unexpectedEnd) }
                i += 1
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            try expect(UInt8(ascii: "]"))
            return text
        }

        mutating func angled() throws -> String {
            try expect(UInt8(ascii: "<"))
            let start = i
            while let b = peek(), b != UInt8(ascii: ">") { if b == 13 || b == 10 { throw error(.unexpectedEnd) }; i += 1 }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            try expect(UInt8(ascii: ">"))
            return text
        }

        mutating func number() -> UInt64? {
            let start = i
            var value: UInt64 = 0
            while let b = peek(), b >= 48, b <= 57 {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(UInt64(b - 48))
                if o1 || o2 { i = start; return nil }
                value = s
                i += 1
            }
            return i > start ? value : nil
        }

        /// atom = 1*ATOM-CHAR; also accepts "\" flag prefixes and "*" in \*.
        mutating func atom() -> String {
            let start = i
            while let b = peek(), b > 32, b < 127, b != UInt8(ascii: "("), b != UInt8(ascii: ")"), b != UInt8(ascii: "{"),
                  b != UInt8(ascii: "\""), b != UInt8(ascii: "["), b != UInt8(ascii: "]"), b != UInt8(ascii: "<") {
                i += 1
            }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        mutating func restOfLine() -> String {
            let start = i
            while let b = peek(), b != 13, b != 10 { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
    }
}

extension IMAPValue {
    /// The atoms of a list (`(\Seen \Answered)`), or the single atom.
    var flattenedAtoms: [String] {
        switch self {
        case .list(let items): return items.compactMap(\.text)
        case .atom(let a): return [a]
        default: return []
        }
    }
}
