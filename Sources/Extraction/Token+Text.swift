extension Array where Element == Token {
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
