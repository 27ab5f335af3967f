/// Finds the support-agreement number and writes it canonically (`SLA-YYYY-NNNN`).
///
/// Two rules: a number written with the `SLA` prefix in any spacing; and a `YYYY-N…` number
/// shortly after an agreement word ("avtal nr 2021-219", "agreement 2021-88"). Invoice,
/// order, case and other numbers are never read as agreements.
struct ContractFinder {
    let tokens: [Token]
    static let keywords = PhraseMatcher(Vocabulary.contractKeywords.map { ($0, ()) })
    static let roleOrder: [Token.Role] = [.own, .subject, .forwarded, .quoted, .signature]
    static let slaKey = Token.key(of: "sla")
    static let numberWords: WordSet = ["nr", "no", "nummer", "number", "#"]

    func find() -> (String, Evidence)? {
        var candidates: [(String, Int, String)] = []
        // The key test stays in the loop: a call per token cost more than the test itself.
        for i in tokens.indices where tokens[i].key == Self.slaKey && tokens[i].isWordLike {
            if let contract = prefixed(at: i) { candidates.append((contract, i, "contract.sla-prefix")) }
        }
        for hit in Self.keywords.matches(in: tokens) {
            if let (contract, index) = afterKeyword(hit.end) { candidates.append((contract, index, "contract.after-agreement-word")) }
        }
        let best = candidates.min { a, b in
            let ra = Self.roleOrder.firstIndex(of: tokens[a.1].role) ?? 9, rb = Self.roleOrder.firstIndex(of: tokens[b.1].role) ?? 9
            return ra != rb ? ra < rb : a.1 < b.1
        }
        guard let (contract, index, rule) = best else { return nil }
        let confidence = rule == "contract.sla-prefix" ? 0.95 : 0.8
        return (contract, Evidence(field: .contract, rule: rule, excerpt: excerpt(index), confidence: confidence))
    }

    /// An agreement number with its `SLA` prefix in text of that role.
    func hasContract(in role: Token.Role) -> Bool {
        tokens.indices.contains { tokens[$0].key == Self.slaKey && tokens[$0].role == role && tokens[$0].isWordLike && prefixed(at: $0) != nil }
    }

    /// "SLA-2022-0417", "SLA 2021 0088", "sla 2023-290", "SLA20200155", "SLA-21-0088".
    func prefixed(at i: Int) -> String? {
        // The key holds the first three folded bytes: words not starting "sla" cost one compare.
        guard tokens[i].key == Self.slaKey else { return nil }
        let folded = tokens[i].folded
        var digits = String(folded.dropFirst(3)).filter { $0 != "-" && $0 != "/" && $0 != "." && $0 != "_" }
        var groups = folded.dropFirst(3).split(whereSeparator: { "-/._".contains($0) }).map(String.init)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var k = i + 1
        while k < tokens.count, k <= i + 2, groups.count < 2, tokens[k].kind == .number, tokens[k].spaceBefore || tokens[k - 1].text == "-" {
            groups.append(contentsOf: tokens[k].text.split(whereSeparator: { "-/.".contains($0) }).map(String.init))
            digits += tokens[k].text.filter { $0.isNumber }
            k += 1
        }
        // "SLA 2022 nr 417": the serial named as a number after the year.
        if groups.count == 1, groups[0].count == 4, digits.count == 4, k + 1 < tokens.count, k <= i + 2,
           Self.numberWords.contains(tokens[k]) {
            // "no. 417": the abbreviation's period.
            let serial = k + 2 < tokens.count && tokens[k + 1].text == "." ? k + 2 : k + 1
            if tokens[serial].kind == .number, tokens[serial].spaceBefore { groups.append(tokens[serial].text) }
        }
        // "SLA-21-0088": with the prefix, a two-digit year can only be this century's.
        if groups.count == 2 { return canonical(year: groups[0].count == 2 ? "20" + groups[0] : groups[0], serial: groups[1]) }
        if groups.count == 1, digits.count == 8 { return canonical(year: String(digits.prefix(4)), serial: String(digits.suffix(4))) }
        return nil
    }

    /// A YYYY-N number within a few words after an agreement word, in the same sentence.
    func afterKeyword(_ start: Int) -> (String, Int)? {
        guard start > 0 else { return nil }
        let sentence = tokens[start - 1].sentence
        var k = start
        var words = 0
        while k < tokens.count, words < 8 {
            let token = tokens[k]
            if token.kind == .lineBreak { k += 1; continue }
            if token.sentence != sentence && token.kind != .number { return nil }
            if token.kind == .word {
                if token.is(.otherNumber) { return nil }
                if token.key == Self.slaKey { return nil }  // the prefixed rule reads it
                words += 1
            }
            if token.kind == .number {
                let groups = token.text.split(whereSeparator: { "-/".contains($0) }).map(String.init)
                if groups.count == 2, let contract = canonical(year: groups[0], serial: groups[1]) { return (contract, k) }
                // "serviceavtal 22-0417": a two-digit year right after the agreement word, and a full
                // four-digit serial (not a date's "22-04").
                if groups.count == 2, groups[0].count == 2, groups[1].count == 4, words <= 1,
                   let contract = canonical(year: "20" + groups[0], serial: groups[1]) {
                    return (contract, k)
                }
                if groups.count == 1, groups[0].count == 4, k + 1 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 1].spaceBefore,
                   !(k + 2 < tokens.count && tokens[k + 2].kind == .number && tokens[k + 2].spaceBefore),
                   let contract = canonical(year: groups[0], serial: tokens[k + 1].text) {
                    return (contract, k)
                }
                return numbered(after: k + 1, sentence: sentence, words: words)
            }
            k += 1
        }
        return k < tokens.count ? numbered(after: k, sentence: sentence, words: words) : nil
    }

    /// "Vi har ett serviceavtal med er för vår laddare på Terminalvägen 12 i Hallsberg (nr
    /// 2022-1130)": past an address or many words, the agreement's number still follows the
    /// agreement word in its sentence when "nr" or "number" introduces it. Not past a word of
    /// another number ("faktura nr 2026-1234").
    func numbered(after start: Int, sentence: Int, words: Int) -> (String, Int)? {
        var k = start
        var words = words
        while k + 1 < tokens.count, words < 16, tokens[k].sentence == sentence {
            if tokens[k].kind == .word {
                if tokens[k].is(.otherNumber) || tokens[k].key == Self.slaKey { return nil }
                words += 1
                if Self.numberWords.contains(tokens[k]) {
                    let number = tokens[k + 1].text == "." && k + 2 < tokens.count ? k + 2 : k + 1
                    let groups = tokens[number].text.split(whereSeparator: { "-/".contains($0) }).map(String.init)
                    if tokens[number].kind == .number, groups.count == 2, groups[0].count == 4,
                       let contract = canonical(year: groups[0], serial: groups[1]) { return (contract, number) }
                }
            }
            k += 1
        }
        return nil
    }

    func canonical(year: String, serial: String) -> String? {
        guard year.count == 4, let y = Int(year), (1990...2099).contains(y),
              (1...4).contains(serial.count), serial.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(serial), n > 0 else { return nil }
        let padded = String(repeating: "0", count: 4 - serial.count) + serial
        return "SLA-\(y)-\(padded)"
    }

    func excerpt(_ index: Int) -> String {
        // Sentence numbers never decrease along the tokens, so a sentence is one contiguous run.
        let s = tokens[index].sentence
        var start = index, end = index + 1
        while start > 0, tokens[start - 1].sentence == s { start -= 1 }
        while end < tokens.count, tokens[end].sentence == s { end += 1 }
        var out = ""
        for k in start..<end where tokens[k].kind != .lineBreak {
            if !out.isEmpty { out += " " }
            out += tokens[k].text
        }
        return out
    }
}
