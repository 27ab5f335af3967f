/// Which parts of a case are written with å, ä and ö, for `PhraseMatcher`'s spelling rule: a
/// writer who types them means the word they typed ("kort på laddaren" is a card, not "kört
/// på"), one who does not may mean either.
enum SwedishSpelling {
    /// The roles whose text has Swedish letters, one bit per role. A forwarded or quoted
    /// message's header lines ("Från: Malin Öberg", "Ämne: …") are the mail program's words and
    /// the sender's name, not the writer's spelling, and are passed over.
    static func roles(of tokens: [Token]) -> UInt8 {
        var spelled: UInt8 = 0
        var i = 0
        while i < tokens.count {
            if i + 1 < tokens.count, i == 0 || tokens[i - 1].kind == .lineBreak, tokens[i + 1].text == ":",
               headerLabelKeys.mayContain(tokens[i].key), headerLabels.contains(tokens[i].folded) {
                while i < tokens.count, tokens[i].kind != .lineBreak { i += 1 }
                continue
            }
            if tokens[i].is(.swedishLetter) { spelled |= 1 << tokens[i].role.rawValue }
            i += 1
        }
        return spelled
    }

    /// Header labels of quoted and forwarded messages in Swedish and English, folded.
    static let headerLabels: Set<String> = ["fran", "till", "amne", "skickat", "datum", "kopia", "from", "to", "subject", "sent", "date", "cc"]
    private static let headerLabelKeys = KeyFilter(keys: headerLabels.map { Token.key(of: $0) })
}
