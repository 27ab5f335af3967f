/// Swedish or English, from the function words of the writer's own text (the subject and
/// the rest of the mail when the own text is too short to lean). Ties go to Swedish, the home market.
struct LanguageDetector {

    func detect(_ tokens: [Token]) -> (Report.Language, Evidence) {
        var (sv, en) = count(tokens) { $0 == .own }
        // A short own text that still leans clearly ("Tack, den funkar nu!" over a quoted English
        // question) decides alone: the language is the writer's, not the quoted text's.
        if sv + en < 6, abs(sv - en) < 2 {
            let (s2, e2) = count(tokens) { $0 != .returned && $0 != .signature }
            sv += s2; en += e2
            // The signature part holds a gateway's warning or a legal footer in the company's
            // language, whoever writes: it decides only when nothing else leans.
            if abs(sv - en) < 2 {
                let (s3, e3) = count(tokens) { $0 == .signature }
                sv += s3; en += e3
            }
        }
        // Letters only Swedish uses are strong evidence even in short texts.
        let language: Report.Language = en > sv ? .en : .sv
        let total = max(1, sv + en)
        let confidence = Double(max(sv, en)) / Double(total)
        return (language, Evidence(field: .language, rule: "language.function-words", excerpt: "sv \(sv), en \(en)", confidence: confidence))
    }

    /// å ä ö Å Ä Ö in UTF-8 are C3 followed by A5 A4 B6 85 84 96; the Danish and Norwegian ø æ
    /// Ø Æ (B8 A6 98 86) count too: "laderen er helt død" is typed by a writer with those
    /// letters on the keyboard, who means "död" as a Swede who types ö does.
    @inline(__always)
    static func isNordicLetterByte(_ byte: UInt8) -> Bool {
        byte == 0xA5 || byte == 0xA4 || byte == 0xB6 || byte == 0x85 || byte == 0x84 || byte == 0x96
            || byte == 0xB8 || byte == 0xA6 || byte == 0x98 || byte == 0x86
    }

    static func hasSwedishLetter(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0xC3, isNordicLetterByte(byte) { return true }
            previous = byte
        }
        return false
    }

    private func count(_ tokens: [Token], where accept: (Token.Role) -> Bool) -> (Int, Int) {
        var sv = 0, en = 0
        // Indices rather than `for token in tokens`: only flags are read, so no token is copied.
        // Summed without a branch per word class: which words are Swedish follows the text.
        for i in tokens.indices where tokens[i].kind == .word && accept(tokens[i].role) {
            let classes = tokens[i].classes
            // A name spelled with å, ä or ö ("Hemköp Sörby, Sörbyvägen 2, Örebro") is Swedish
            // whatever language the sentence around it is in: only lower-case words count by their letters.
            sv &+= (classes.contains(.swedish) ? 1 : 0) &+ (classes.contains(.swedishLetter) && !tokens[i].isCapitalized ? 1 : 0)
            en &+= classes.contains(.english) ? 1 : 0
        }
        return (sv, en)
    }
}
