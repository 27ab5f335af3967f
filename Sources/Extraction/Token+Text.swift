extension Array where Element == Token {
    /// The folded words of the case that the registry may match sites in: no signature (the
    /// sender's office) and no returned message. One pass, no intermediate array of tokens.
    var caseWords: [String] {
        var words: [String] = []
        words.reserveCapacity(count)
        for i in indices where self[i].isWordLike && self[i].role != .signature && self[i].role != .returned { words.append(self[i].folded) }
        return words
    }

    /// The original text of `range`, spaced as written; line breaks read as spaces.
    func text(_ range: Range<Int>) -> String {
        var out = ""
        for i in range where i < count && self[i].kind != .lineBreak {
            if !out.isEmpty, self[i].spaceBefore || self[i - 1].kind == .lineBreak { out += " " }
            out += self[i].text
        }
        return out
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
