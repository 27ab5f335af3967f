/// Splits text into tokens. Word characters are letters and digits plus the joiners that ids
/// and contract numbers use inside a word (`-`, `*`, `/`, `.` between digits, `:` in `E4:an`).
enum Tokenizer {
    static func tokenize(_ text: String, role: Token.Role, firstSentence: Int, into tokens: inout [Token]) -> Int {
        var sentence = firstSentence
        var current = String.UnicodeScalarView()
        var spaceBefore = true
        var pendingSpace = true
        let scalars = Array(text.unicodeScalars)

        func flushWord() {
            guard !current.isEmpty else { return }
            // Joiners at the end of a word are punctuation ("Kiruna." or "nr:").
            var trailing: [Unicode.Scalar] = []
            while let last = current.last, isJoiner(last) { trailing.insert(last, at: 0); current.removeLast() }
            if !current.isEmpty {
                let word = String(current)
                let isNumber = word.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 42 || $0 == 47 || $0 == 46 || $0 == 58 || $0 == 95 || $0 == 38 }
                tokens.append(Token(text: word, folded: TextFolding.fold(word), kind: isNumber ? .number : .word,
                                    role: role, sentence: sentence, spaceBefore: spaceBefore))
                spaceBefore = false
            }
            for mark in trailing { punctuation(mark) }
            current.removeAll()
        }

        func punctuation(_ scalar: Unicode.Scalar) {
            let text = String(scalar)
            tokens.append(Token(text: text, folded: text, kind: .punctuation, role: role, sentence: sentence, spaceBefore: spaceBefore))
            spaceBefore = false
            if scalar == "." || scalar == "!" || scalar == "?" { sentence += 1 }
        }

        for (index, scalar) in scalars.enumerated() {
            if isWordScalar(scalar) {
                if current.isEmpty { spaceBefore = pendingSpace }
                current.append(scalar)
                pendingSpace = false
                continue
            }
            if isJoiner(scalar), !current.isEmpty, index + 1 < scalars.count {
                let next = scalars[index + 1]
                let nextIsWord = isWordScalar(next)
                // "." only joins digits (4.2, 17.40); the others join any word characters.
                let previousIsDigit = current.last.map { $0.value >= 48 && $0.value <= 57 } ?? false
                let nextIsDigit = next.value >= 48 && next.value <= 57
                if nextIsWord && (scalar != "." || (previousIsDigit && nextIsDigit)) {
                    current.append(scalar)
                    continue
                }
            }
            flushWord()
            if scalar == "\n" {
                tokens.append(Token(text: "\n", folded: "\n", kind: .lineBreak, role: role, sentence: sentence, spaceBefore: false))
                sentence += 1
                pendingSpace = true
                spaceBefore = true
            } else if scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.isWhitespace) {
                pendingSpace = true
                spaceBefore = true
            } else {
                spaceBefore = pendingSpace
                punctuation(scalar)
                pendingSpace = false
            }
        }
        flushWord()
        return sentence + 1
    }

    /// Letters and digits; ASCII is decided without the Unicode property tables.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57) }
        return scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "*" || scalar == "/" || scalar == "." || scalar == ":" || scalar == "_" || scalar == "&"
    }
}
