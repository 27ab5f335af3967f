/// Tags that mail gateways and help desks put before a subject: "[EXTERNAL]", "[Extern]",
/// "EXTERNAL:", "[SPAM?]". They say nothing about the mail, but they hide the prefixes that do
/// ("VB:", "Read:"), so prefix rules look past them.
enum SubjectTags {
    /// `lowered` without its leading tags and whitespace. A bracket that holds a colon is kept:
    /// "[Fwd: Laddaren]" is an old client's forward, not a tag.
    static func strip(_ lowered: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var rest = lowered
        while true {
            rest = rest.drop { $0 == 32 || $0 == 9 }
            if rest.first == UInt8(ascii: "["), let close = rest.firstIndex(of: UInt8(ascii: "]")), close - rest.startIndex <= 30,
               !rest[rest.startIndex..<close].contains(UInt8(ascii: ":")) {
                rest = rest[(close + 1)...]
                continue
            }
            if let word = wordTags.first(where: { rest.starts(with: $0) }) {
                rest = rest.dropFirst(word.count)
                continue
            }
            return rest
        }
    }

    /// Gateways' tags written as a word and a colon, lowered.
    static let wordTags = ["external:", "extern:", "ext:", "*external*", "*extern*"].map { Array($0.utf8) }
}
