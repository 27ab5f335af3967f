extension Array where Element == Token {
    /// "vi är", "we are" or "we're" starting at `index`: the index after it. The writers saying
    /// what they are ("We're a small dental practice, X") introduce their side.
    func weAre(at index: Int) -> Int? {
        guard index >= 0, index < count else { return nil }
        // Asked of every token: the key of "we'" (see `Token.key`) dismisses all other words without a string compare.
        if self[index].key == (0x77 << 16 | 0x65 << 8 | 0x27 | 3 << 24) { return self[index].folded == "we're" ? index + 1 : nil }
        guard self[index].is(.we), index + 1 < count, self[index + 1].folded == "ar" || self[index + 1].folded == "are" else { return nil }
        return index + 2
    }

    /// The original text of `range`, spaced as written; line breaks read as spaces.
    func text(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<count)
        // Rules ask for the text of a word or two far more often than of a sentence: a single
        // token's text is shared, not copied, and longer spans are written into one buffer of
        // the right size rather than grown append by append.
        if range.count == 1, self[range.lowerBound].kind != .lineBreak { return self[range.lowerBound].text }
        var total = 0
        var words = 0
        for i in range where self[i].kind != .lineBreak {
            total += self[i].text.utf8.count
            words += 1
        }
        guard words > 0 else { return "" }
        return String(unsafeUninitializedCapacity: total + words - 1) { buffer in
            var o = 0
            for i in range where self[i].kind != .lineBreak {
                if o > 0, self[i].spaceBefore || self[i - 1].kind == .lineBreak { buffer[o] = 32; o += 1 }
                var word = self[i].text
                word.withUTF8 { bytes in
                    for b in bytes { buffer[o] = b; o += 1 }
                }
            }
            return o
        }
    }

    /// The sentence that holds token `index`, for evidence.
    func sentence(around index: Int) -> String {
        let s = self[index].sentence
        var start = index
        while start > 0, self[start - 1].sentence == s { start -= 1 }
        var end = index
        while end + 1 < count, self[end + 1].sentence == s { end += 1 }
        return text(start..<(end + 1))
    }
}
