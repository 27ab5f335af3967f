/// A parsed mail: its headers, MIME tree, readable body text split by role, and the defects
/// found on the way. Everything the extractor and the desk need, nothing that holds a socket.
public struct Message: Sendable {
    public let root: MIMEPart
    public var defects: [ParseDefect]
    /// The readable text, in order, each block marked with what it is (own text, quote, …).
    public var body: [TextBlock] = []

    /// The decoded Subject, computed once: every stage reads it.
    public let subject: String
    /// The first From mailbox, parsed once.
    public let from: MailAddress?
    /// The words of the sender's name, lower-cased (`TextSegmenter.nameWords(of:)`), once.
    public let writerWords: Set<String>

    init(root: MIMEPart, defects: [ParseDefect]) {
        self.root = root
        self.defects = defects
        self.subject = root.headers.decoded("subject") ?? ""
        self.from = root.headers["from"].flatMap(MailAddress.init(headerValue:))
        self.writerWords = TextSegmenter.nameWords(of: from)
        self.autoReplySignals = AutoReplySignals(root: root, subject: subject, from: from)
    }

    public var headers: Headers { root.headers }
    public var replyTo: MailAddress? { headers["reply-to"].flatMap(MailAddress.init(headerValue:)) }
    public var messageID: String? { headers["message-id"].flatMap { MessageIDList.parse($0).first } }
    public var inReplyTo: [String] { headers["in-reply-to"].map(MessageIDList.parse) ?? [] }
    public var references: [String] { headers["references"].map(MessageIDList.parse) ?? [] }

    /// The writer's own words: no quotes, forwards or signature.
    public var ownText: String { text(roles: [.own]) }
    /// All text of the case: own words, signature, quoted and forwarded messages.
    public var fullText: String { text(roles: Set(TextBlock.Role.allCases)) }

    public func text(roles: Set<TextBlock.Role>) -> String {
        var out = ""
        for block in body where roles.contains(block.role) {
            if !out.isEmpty { out += "\n" }
            out += block.text
        }
        return out
    }

    /// Computed once at parse time: the extractor and intake both ask.
    public let autoReplySignals: AutoReplySignals
}

/// Message-IDs from `Message-ID`, `In-Reply-To` and `References`, angle brackets removed.
public enum MessageIDList {
    public static func parse(_ value: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(value)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let id = rest[rest.index(after: open)..<close].trimmingCharacters(in: " \t")
            if !id.isEmpty { ids.append(id) }
            rest = rest[rest.index(after: close)...]
        }
        if ids.isEmpty {
            ids = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init).filter { $0.contains("@") }
        }
        return ids
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
