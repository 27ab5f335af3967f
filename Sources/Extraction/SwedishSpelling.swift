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
    /// "vår", "våra", "vårt" and "vårat" without their ring.
    static let possessiveHomographs: WordSet = ["var", "vara", "vart", "varat"]
    static let possessiveHomographKeys = possessiveHomographs.map { Token.key(of: $0) }

    static func mark(_ tokens: inout [Token]) {
        var start = 0
        // A common word typed with å, ä or ö, not only a name: "laddaren vid Coop i Gävle ar helt
        // dod" is typed without them, and "Gävle" may be pasted or put right by the phone.
        var spelled = false
        func close(_ end: Int) {
            guard spelled else { return }
            for k in start..<end {
                tokens[k].isInSpelledPart = true
                // "var båda laddstolparna släckta": where the writer types "vår" for "our", their
                // "var" is the verb, and "vara" and "vart" are words of their own too: "Vara
                // Bowling" is a place in the town of Vara, not "våra".
                if tokens[k].is(.possessive), !tokens[k].is(.swedishLetter), possessiveHomographKeys.contains(tokens[k].key),
                   possessiveHomographs.contains(tokens[k]) {
                    tokens[k].classes.remove(.possessive)
                    tokens[k].classes.remove(.notPlace)
                }
            }
        }
        var i = 0
        while i < tokens.count {
            if i > 0, tokens[i].role != tokens[i - 1].role {
                close(i)
                start = i
                spelled = false
            }
            if tokens[i].isInBoundaryLine {
                close(i)
                while i < tokens.count, tokens[i].kind != .lineBreak { i += 1 }
                start = i
                spelled = false
                continue
            }
            if tokens[i].is(.swedishLetter), !tokens[i].isCapitalized { spelled = true }
            i += 1
        }
        close(tokens.count)
    }
}
