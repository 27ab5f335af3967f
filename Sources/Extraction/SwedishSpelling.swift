/// Which parts of a case are written with å, ä and ö, for `PhraseMatcher`'s spelling rule: a
/// writer who types them means the word they typed ("kort på laddaren" is a card, not "kört
/// på"), one who does not may mean either.
///
/// A part is one writer's text: the subject, the writer's own words, and each quoted or
/// forwarded message, which a header block ("Från: …", "Ämne: …") or an attribution line ("Den
/// 1 dec. 2026 skrev Support <…>:") begins. Our own Swedish answer quoted above a customer's
/// report typed without diacritics must not make "pakord" stop meaning "påkörd". The header
/// lines themselves are the mail program's words and the sender's name, and count for no part.
enum SwedishSpelling {
    static func mark(_ tokens: inout [Token]) {
        var start = 0
        var spelled = false
        func close(_ end: Int) {
            if spelled { for k in start..<end { tokens[k].isInSpelledPart = true } }
        }
        var i = 0
        while i < tokens.count {
            if i > 0, tokens[i].role != tokens[i - 1].role {
                close(i)
                start = i
                spelled = false
            }
            if i == 0 || tokens[i - 1].kind == .lineBreak, isHeaderLine(tokens, at: i) || isAttributionLine(tokens, at: i) {
                close(i)
                while i < tokens.count, tokens[i].kind != .lineBreak { i += 1 }
                start = i
                spelled = false
                continue
            }
            if tokens[i].is(.swedishLetter) { spelled = true }
            i += 1
        }
        close(tokens.count)
    }

    /// "Från: Malin Öberg <…>", "Subject: …": a header label and its colon open the line.
    static func isHeaderLine(_ tokens: [Token], at i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].text == ":" && headerLabelKeys.mayContain(tokens[i].key) && headerLabels.contains(tokens[i].folded)
    }

    /// "Den 1 dec. 2026 kl. 08:15 skrev Support <support@…>:", "On Mon, … X wrote:".
    static func isAttributionLine(_ tokens: [Token], at i: Int) -> Bool {
        var k = i
        var sawVerb = false
        while k < tokens.count, tokens[k].kind != .lineBreak {
            if tokens[k].key == skrevKey || tokens[k].key == wroteKey, tokens[k].folded == "skrev" || tokens[k].folded == "wrote" { sawVerb = true }
            k += 1
        }
        return sawVerb && k > i && tokens[k - 1].text == ":"
    }

    /// Header labels of quoted and forwarded messages in Swedish and English, folded.
    static let headerLabels: Set<String> = ["fran", "till", "amne", "skickat", "datum", "kopia", "from", "to", "subject", "sent", "date", "cc"]
    private static let headerLabelKeys = KeyFilter(keys: headerLabels.map { Token.key(of: $0) })
    private static let skrevKey = Token.key(of: "skrev")
    private static let wroteKey = Token.key(of: "wrote")
}
