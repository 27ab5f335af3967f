import Foundation

/// An IMAP client for one mailbox session: our own tags and commands over the raw session,
/// responses read through the literal-aware framer and parser.
public final class IMAPClient {
    public private(set) var capabilities: Set<String> = []
    private let session: CurlIMAPSession
    private var framer = IMAPResponseFramer()
    private var buffer = [UInt8](repeating: 0, count: 256 * 1024)
    private var random = SystemRandomNumberGenerator()

    public struct MailboxState: Sendable, Equatable {
        public var uidValidity: UInt32
        public var uidNext: UInt32
        public var exists: Int
    }

    public struct FetchedMessage: Sendable {
        public var uid: UInt32
        public var size: Int
        public var bytes: [UInt8]
    }

    public init(_ configuration: IMAPServerConfiguration) throws {
        session = try CurlIMAPSession(configuration)
        for response in try command("CAPABILITY") {
            if case .untagged(.capability(let list)) = response { capabilities = Set(list.map { $0.uppercased() }) }
        }
    }

    // MARK: Commands

    /// Sends one command and returns its untagged responses; NO or BAD throws with the server's text.
    @discardableResult
    public func command(_ text: String) throws -> [IMAPResponse] {
        let tag = makeTag()
        try session.send(Array("\(tag) \(text)\r\n".utf8))
        return try collect(tag: tag, command: text)
    }

    /// Unpredictable tags: a message line can never be mistaken for our completion.
    private func makeTag() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
        return String((0..<8).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
    }

    private func collect(tag: String, command: String) throws -> [IMAPResponse] {
        var responses: [IMAPResponse] = []
        while true {
            let response = try nextResponse()
            if case .tagged(let t, let status, let code, let text) = response, t == tag {
                guard status == .ok else {
                    let name = command.split(separator: " ").prefix(2).joined(separator: " ")
                    throw IMAPError(.commandFailed, "\(name): \(status.rawValue) \(code.map { "[\($0)] " } ?? "")\(text)")
                }
                return responses
            }
            if case .untagged(.status(.bye, _, let text)) = response { throw IMAPError(.connectionClosed, "server said BYE: \(text)") }
            responses.append(response)
        }
    }

    private func nextResponse() throws -> IMAPResponse {
        while true {
            do {
                if let frame = try framer.next() { return try IMAPResponseParser.parse(frame) }
            } catch let error as IMAPParseError {
                throw IMAPError(.protocolViolation, error.description)
            }
            let n = try session.receive(into: &buffer)
            framer.append(buffer[0..<n])
        }
    }

    // MARK: Mailboxes

    public func select(_ mailbox: String) throws -> MailboxState {
        var state = MailboxState(uidValidity: 0, uidNext: 0, exists: 0)
        for response in try command("SELECT \(Self.quote(mailbox))") {
            switch response {
            case .untagged(.exists(let n)): state.exists = n
            case .untagged(.status(.ok, .uidValidity(let v)?, _)): state.uidValidity = v
            case .untagged(.status(.ok, .uidNext(let n)?, _)): state.uidNext = n
            default: break
            }
        }
        return state
    }

    /// Creates a folder; an existing one is fine.
    public func create(_ mailbox: String) throws {
        do {
            try command("CREATE \(Self.quote(mailbox))")
        } catch let error as IMAPError where error.code == .commandFailed && (error.detail.uppercased().contains("ALREADYEXISTS") || error.detail.lowercased().contains("exists")) {
            return
        }
    }

    /// UIDs above `after`, ascending. (`n:*` always names the highest UID, so it is filtered.)
    public func uids(after: UInt32) throws -> [UInt32] {
        var uids: [UInt32] = []
        for response in try command("UID SEARCH UID \(after &+ 1):*") {
            if case .untagged(.search(let found)) = response { uids.append(contentsOf: found.filter { $0 > after }) }
        }
        return uids.sorted()
    }

    /// UIDs matching a SEARCH key such as `UNSEEN UID 1:500`, ascending.
    public func uids(matching criteria: String) throws -> [UInt32] {
        var uids: [UInt32] = []
        for response in try command("UID SEARCH \(criteria)") {
            if case .untagged(.search(let found)) = response { uids.append(contentsOf: found) }
        }
        return uids.sorted()
    }

    /// Sizes of the given UIDs, to plan batches by bytes before fetching bodies.
    public func sizes(_ uids: [UInt32]) throws -> [UInt32: Int] {
        guard !uids.isEmpty else { return [:] }
        var sizes: [UInt32: Int] = [:]
        for response in try command("UID FETCH \(Self.set(uids)) (UID RFC822.SIZE)") {
            guard case .untagged(.fetch(_, let attributes)) = response else { continue }
            var uid: UInt32?, size: Int?
            for attribute in attributes {
                if case .uid(let u) = attribute { uid = u }
                if case .rfc822Size(let s) = attribute { size = s }
            }
            if let uid, let size { sizes[uid] = size }
        }
        return sizes
    }

    /// Whole messages, byte-exact, without setting \Seen.
    public func fetch(_ uids: [UInt32]) throws -> [FetchedMessage] {
        guard !uids.isEmpty else { return [] }
        var messages: [FetchedMessage] = []
        for response in try command("UID FETCH \(Self.set(uids)) (UID RFC822.SIZE BODY.PEEK[])") {
            guard case .untagged(.fetch(_, let attributes)) = response else { continue }
            var message = FetchedMessage(uid: 0, size: 0, bytes: [])
            for attribute in attributes {
                switch attribute {
                case .uid(let u): message.uid = u
                case .rfc822Size(let s): message.size = s
                case .body(let section, let bytes) where section.isEmpty: message.bytes = bytes
                default: break
                }
            }
            if message.uid != 0 { messages.append(message) }
        }
        return messages.sorted { $0.uid < $1.uid }
    }

    /// Moves messages to another folder: UID MOVE (RFC 6851) when offered, else COPY, flag
    /// \Deleted and UID EXPUNGE (RFC 4315) so that no other message is expunged.
    public func move(_ uids: [UInt32], to mailbox: String) throws {
        guard !uids.isEmpty else { return }
        let set = Self.set(uids)
        if capabilities.contains("MOVE") {
            try command("UID MOVE \(set) \(Self.quote(mailbox))")
            return
        }
        try command("UID COPY \(set) \(Self.quote(mailbox))")
        try command("UID STORE \(set) +FLAGS.SILENT (\\Deleted)")
        if capabilities.contains("UIDPLUS") { try command("UID EXPUNGE \(set)") } else { try command("EXPUNGE") }
    }

    public func markSeen(_ uids: [UInt32]) throws {
        guard !uids.isEmpty else { return }
        try command("UID STORE \(Self.set(uids)) +FLAGS.SILENT (\\Seen)")
    }

    /// Appends a message (tests and tools); LITERAL+ when offered, else a synchronising literal.
    public func append(_ message: [UInt8], to mailbox: String) throws {
        let tag = makeTag()
        if capabilities.contains("LITERAL+") {
            try session.send(Array("\(tag) APPEND \(Self.quote(mailbox)) {\(message.count)+}\r\n".utf8) + message + [13, 10])
        } else {
            try session.send(Array("\(tag) APPEND \(Self.quote(mailbox)) {\(message.count)}\r\n".utf8))
            guard case .continuation = try nextResponse() else { throw IMAPError(.protocolViolation, "APPEND: no continuation") }
            try session.send(message + [13, 10])
        }
        _ = try collect(tag: tag, command: "APPEND")
    }

    /// IDLE (RFC 2177) for up to `seconds`: true when the server reported new mail.
    public func idle(seconds: Int) throws -> Bool {
        let tag = makeTag()
        try session.send(Array("\(tag) IDLE\r\n".utf8))
        guard case .continuation = try nextResponse() else { throw IMAPError(.protocolViolation, "IDLE: no continuation") }
        var newMail = false
        if try session.waitForData(seconds: seconds) {
            // Read what arrived; EXISTS means new mail.
            let n = try session.receive(into: &buffer)
            framer.append(buffer[0..<n])
            while let frame = try? framer.next(), let response = try? IMAPResponseParser.parse(frame) {
                if case .untagged(.exists) = response { newMail = true }
            }
        }
        try session.send(Array("DONE\r\n".utf8))
        for response in try collect(tag: tag, command: "IDLE") {
            if case .untagged(.exists) = response { newMail = true }
        }
        return newMail
    }

    public func logout() {
        _ = try? command("LOGOUT")
    }

    // MARK: Grammar helpers

    /// A mailbox name as an IMAP quoted string.
    static func quote(_ mailbox: String) -> String {
        "\"" + mailbox.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A compact sequence set: `1:5,8,10:12`.
    static func set(_ uids: [UInt32]) -> String {
        let sorted = Array(Set(uids)).sorted()
        var parts: [String] = []
        var start = sorted[0], end = sorted[0]
        for uid in sorted.dropFirst() {
            if uid == end + 1 { end = uid; continue }
            parts.append(start == end ? "\(start)" : "\(start):\(end)")
            start = uid
            end = uid
        }
        parts.append(start == end ? "\(start)" : "\(start):\(end)")
        return parts.joined(separator: ",")
    }
}
