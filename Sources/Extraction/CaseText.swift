#if canImport(Glibc)
import Glibc
#endif
import Mail

/// The text of one case as the rules see it: subject and body blocks, tokenized once, in
/// the order the rules should prefer (the writer's own words first, then forwarded and
/// quoted text, then the signature).
public struct CaseText: Sendable {
    public var tokens: [Token] = []
    public let message: Message

    /// `names`: words known to be names (the installed base's sites, towns and owners, folded),
    /// which get their capitals back in text written without them.
    public init(message: Message, names: Set<String> = []) {
        self.message = message
        // About one token per five bytes of text: one allocation instead of a chain of regrowths.
        tokens.reserveCapacity((message.subject.utf8.count + message.body.reduce(0) { $0 + $1.text.utf8.count }) / 5 + 8)
        var sentence = 0
        sentence = Tokenizer.tokenize(message.subject, role: .subject, firstSentence: sentence, into: &tokens)
        var blocks: [(role: Token.Role, range: Range<Int>)] = [(.subject, 0..<tokens.count)]
        tokens.append(Token(text: "\n", folded: "\n", kind: .lineBreak, role: .subject, sentence: sentence, spaceBefore: false))
        for block in message.body {
            let role: Token.Role
            switch block.role {
            case .own: role = .own
            case .signature: role = .signature
            case .quoted: role = .quoted
            case .forwarded: role = .forwarded
            case .returned: role = .returned
            }
            let blockStart = tokens.count
            sentence = Tokenizer.tokenize(CaseText.unquote(block.text), role: role, firstSentence: sentence, into: &tokens)
            blocks.append((role, blockStart..<tokens.count))
            tokens.append(Token(text: "\n", folded: "\n", kind: .lineBreak, role: role, sentence: sentence, spaceBefore: false))
            sentence += 1
        }
        CaseRestorer.restore(&tokens, blocks: blocks, names: names)
    }

    /// Drops the `> ` quote prefixes so that a sentence wrapped over quoted lines reads as one.
    static func unquote(_ text: String) -> String {
        var probe = text
        let quoted = probe.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: ">")), bytes.count) != nil } ?? false }
        guard quoted else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var atLineStart = true
        for byte in text.utf8 {
            if atLineStart, byte == UInt8(ascii: ">") || byte == UInt8(ascii: " ") { continue }
            atLineStart = byte == 10
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    func text(_ range: Range<Int>) -> String { tokens.text(range) }
    func sentence(around index: Int) -> String { tokens.sentence(around: index) }
}
