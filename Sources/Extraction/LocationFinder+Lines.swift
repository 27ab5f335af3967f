/// Lines of their own: sign-offs whose addresses are no charger's place, and a line (or a
/// subject) that is only a site's name.
extension LocationFinder {
    /// The sign-offs of a part of the case: from the line after a closing ("Best regards", "Mvh
    /// Anna", "Thanks,") to the part's end. The mail's own signature is split off by the parser,
    /// but a forwarded or quoted message keeps its writer's, office address and all, and that
    /// address is no more the charger's place than the writer's own signature is.
    /// A forwarded original may hold another message below its writer's sign-off: the sign-off
    /// ends where that message's header lines begin.
    func signOffs(in range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var lineStart = range.lowerBound
        var signOffStart: Int?
        var k = range.lowerBound
        while k <= range.upperBound {
            if k < range.upperBound, tokens[k].isInBoundaryLine, let start = signOffStart {
                found.append(start..<k)
                signOffStart = nil
            }
            if k == range.upperBound || tokens[k].kind == .lineBreak {
                // "Hälsningar Ulla Bengtsson, Ängsbacken 14": a name and address on the closing's own line sign off too.
                if lineStart < k, isClosingLine(lineStart..<k) || isNamedAddressLine(lineStart..<k) { signOffStart = lineStart }
                lineStart = k + 1
            } else if signOffStart == nil, isSlashSignOff(k, lineStart: lineStart, within: range) {
                signOffStart = k
            }
            k += 1
        }
        if let start = signOffStart { found.append(start..<range.upperBound) }
        return found
    }

    /// "Det har hänt fyra gånger nu. /Maria Sjöberg, Björkuddsvägen 3": a slash before the
    /// writer's name signs off, at a line's start or after the last sentence on the same line.
    func isSlashSignOff(_ k: Int, lineStart: Int, within range: Range<Int>) -> Bool {
        guard tokens[k].text == "/", k + 1 < range.upperBound, tokens[k + 1].kind == .word, !tokens[k + 1].spaceBefore else { return false }
        return k == lineStart || (tokens[k].spaceBefore && [".", "!", "?"].contains(tokens[k - 1].text))
    }

    /// "> Mats Lindqvist, Björkvägen 7, Lerum" closing a quoted report: the writer its attribution
    /// names, then a comma or the line's end; their own address signs off.
    func isNamedAddressLine(_ line: Range<Int>) -> Bool {
        guard !tokens[line.lowerBound].isInBoundaryLine else { return false }
        var end = line.lowerBound
        while end < line.upperBound, end - line.lowerBound < 4, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
        // "> Karin Lund" on a line of its own, the address on the next, signs off too.
        guard end - line.lowerBound >= 2, end == line.upperBound || tokens[end].text == "," else { return false }
        return isNamedInBoundaryLine(line.lowerBound..<end)
    }

    func isClosingLine(_ line: Range<Int>) -> Bool {
        let first = line.lowerBound
        guard tokens[first].kind == .word, line.count <= 8 else { return false }
        let words = line.filter { tokens[$0].kind == .word }
        guard words.count <= 4 else { return false }
        if Self.closingStarts.contains(tokens[first]) { return true }
        if words.count >= 2, tokens[first].folded == "med", tokens[words[1]].folded.utf8.starts(with: "vanlig".utf8) { return true }
        return words.count <= 3 && Self.thanksWords.contains(tokens[first]) && !words.contains { tokens[$0].folded == "for" || tokens[$0].folded == "pa" }
    }

    /// "sjukhusparkeringen", "logistikcentret": a word of six or more letters that is, or ends
    /// in, a place noun of four or more. Looked up by suffix, not by a walk through the nouns.
    static func endsInPlaceNoun(_ folded: String) -> Bool {
        let utf8 = folded.utf8
        guard utf8.count >= 6 else { return false }
        var start = utf8.startIndex
        while utf8.distance(from: start, to: utf8.endIndex) >= 4 {
            if longPlaceNouns.contains(Substring(folded.utf8[start...])) { return true }
            start = utf8.index(after: start)
        }
        return false
    }
    static let longPlaceNouns: Set<Substring> = Set(singleWordPlaceNouns.filter { $0.utf8.count >= 4 }.map { Substring($0) })

    static let closingStarts: WordSet = ["mvh", "halsningar", "vanliga", "basta", "regards", "best", "kind", "cheers", "sincerely",
                                             "yours", "bh", "hilsen", "hjartliga", "varma", "warm", "greetings"]
    static let thanksWords: WordSet = ["thanks", "tack", "thank", "tackar"]

    /// A body line that starts with a site's kind ("Brf", or a compound place noun such as
    /// "Sjukhusparkeringen") and holds nothing but the site's name and perhaps its town.
    /// Only reply and forward prefixes ("Re:", "SV:", "Fwd:") stand before `i` in the subject.
    func startsSubject(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, tokens[k].role == .subject {
            // A gateway's or a ticket system's tag: "[EXTERN]", "[Ärende #58301]".
            if tokens[k].text == "]", let open = tokens[..<k].lastIndex(where: { $0.text == "[" }), tokens[open].role == .subject {
                k = open - 1
                continue
            }
            // "Offline: Hagaskolan Sandviken", "Felanmälan: Hotell Fyren": a label for what the mail reports.
            guard tokens[k].text == ":" || Self.subjectPrefixes.contains(tokens[k])
                    || (Self.subjectLabels.contains(tokens[k]) && k + 1 < tokens.count && tokens[k + 1].text == ":") else { return false }
            k -= 1
        }
        return true
    }
    /// "Gästhamnen Sandvik, Öregrund", "Hotell Fyren, Varberg - laddaren död": the town after a
    /// subject's site, a comma between, ending the subject or its part before a dash.
    func subjectTown(after end: Int, within range: Range<Int>) -> String? {
        guard end + 1 < range.upperBound, tokens[end].role == .subject, tokens[end].text == ",",
              let (town, townEnd) = townName(at: end + 1, within: range) else { return nil }
        guard townEnd >= range.upperBound || tokens[townEnd].kind == .lineBreak || Self.subjectDashes.contains(tokens[townEnd].text) else { return nil }
        return town
    }
    static let subjectDashes: WordSet = ["-", "\u{2013}", "\u{2014}", ":"]
    static let subjectPrefixes: WordSet = ["re", "sv", "vb", "fw", "fwd", "aw", "vs", "wg", "tr"]
    static let subjectLabels = WordSet(["offline", "felanmalan", "fel", "felrapport", "trasig", "trasigt", "problem", "fault", "error",
                                         "issue", "urgent", "brådskande", "akut", "strömlös", "avbrott", "larm", "alarm", "skada", "damage"].map { TextFolding.fold($0) })

    /// "1) Sports hall in Ljungby: …", "- Hamnkontoret: …": an item of a list starts its line
    /// after the list's mark, a number or letter with ")" or ".", or a dash or bullet.
    func followsListMarker(_ i: Int, within range: Range<Int>) -> Bool {
        func startsLine(_ k: Int) -> Bool { k == range.lowerBound || (k > range.lowerBound && tokens[k - 1].kind == .lineBreak) }
        guard i > range.lowerBound, tokens[i - 1].kind == .punctuation else { return false }
        let mark = tokens[i - 1].text
        if Self.bulletMarks.contains(mark) { return startsLine(i - 1) }
        guard mark == ")" || mark == ".", i - 2 >= range.lowerBound, tokens[i - 2].text.utf8.count <= 2 else { return false }
        let item = tokens[i - 2]
        return (item.kind == .number || (item.kind == .word && item.text.utf8.count == 1)) && startsLine(i - 2)
    }
    static let bulletMarks: Set<String> = ["-", "*", "\u{2022}", "\u{2013}"]

    func siteNameLine(at i: Int, within range: Range<Int>) -> Site? {
        // Asked of every token: a capitalised word of the text is the first condition below.
        guard tokens[i].kind == .word, tokens[i].isCapitalized, tokens[i].role != .subject else { return nil }
        // "… The guest has to leave in an hour. Restaurang Sjökanten, Halmstad.": a sentence of
        // the report's own line that is only a site's name says where, like a line of its own
        // (but "Mvh. Hotell X" is a closing).
        let endsSentenceBefore = i >= range.lowerBound + 2 && (tokens[i - 1].text == "." || tokens[i - 1].text == "!") && tokens[i - 2].kind == .word
            && !CaseRestorer.closingWords.contains(tokens[i - 2])
        // "Avtal SLA-2025-0118, Ishallen Järnvallen.": a reference line lists the agreement or the
        // charger's id, then the site, as a form would; the name ends the sentence as above.
        let afterReference = i >= range.lowerBound + 2 && tokens[i - 1].kind == .punctuation && tokens[i].isCapitalized && tokens[i - 1].text == "," && tokens[i - 2].isWordLike
            && tokens[i - 2].folded.utf8.lazy.filter({ $0 >= 48 && $0 <= 57 }).count >= 4 && tokens[i - 2].folded.utf8.contains(where: { $0 >= 97 && $0 <= 122 })
        guard tokens[i].role != .subject, tokens[i].kind == .word, tokens[i].isCapitalized,
              i == range.lowerBound || tokens[i - 1].kind == .lineBreak || endsSentenceBefore || afterReference || followsListMarker(i, within: range),
              !tokens[i].is(.notPlace) else { return nil }
        // "Hudiksvalls lasarett, P-huset plan 3: …": a name in the genitive and the kind of place it is.
        let genitiveKind = i + 1 < range.upperBound && isNameWord(i) && tokens[i].folded.utf8.last == UInt8(ascii: "s")
            && tokens[i + 1].kind == .word && !tokens[i + 1].isCapitalized && tokens[i + 1].spaceBefore
            && (tokens[i + 1].is(.placeNoun) || isCompoundPlaceNoun(i + 1))
        // "Ice rink in Kalmar: …": a kind of place in two words heads the line as one does.
        guard tokens[i].is(.siteType) || Self.endsInPlaceNoun(tokens[i].folded) || genitiveKind || isTwoWordPlaceNoun(i, within: range) else { return nil }
        guard let site = site(after: i, preposition: "", within: range), site.range.lowerBound == i else { return nil }
        var end = site.range.upperBound
        var text = site.text
        // "Parkeringshuset Hattmakaren plan 2.": the floor the line names with it.
        if let (level, levelEnd) = level(after: end, within: range) {
            text += " " + level
            end = levelEnd
        }
        var parts = 1
        if end + 1 < range.upperBound, tokens[end].text == ",", let (town, townEnd) = townName(at: end + 1, within: range) {
            text += ", " + town
            end = townEnd
            parts += 1
        } else if end + 2 < range.upperBound, tokens[end].folded == "i" || tokens[end].folded == "in",
                  let (town, townEnd) = townName(at: end + 1, within: range), townEnd < range.upperBound, tokens[townEnd].text == ":" {
            // "Gallerians parkeringsgarage i Karlskrona: …": the town after "i", heading the line.
            text += ", " + town
            end = townEnd
            parts += 1
        } else if end + 2 < range.upperBound, tokens[end].text == ",", tokens[end + 1].is(.siteType), tokens[end + 1].isCapitalized,
                  let part = self.site(after: end + 1, preposition: "", within: range), part.range.lowerBound == end + 1 {
            // "…, P-huset plan 3": the part of the place, by its kind and floor.
            text += ", " + part.text
            end = part.range.upperBound
            if let (level, levelEnd) = level(after: end, within: range) {
                text += " " + level
                end = levelEnd
            }
            parts += 1
        }
        // "Hotel Fyren, Varberg - the charger next to the entrance …": the site's name and town
        // heading the line before a dash, as a subject has it.
        // "Stortorget, Nora: laddstolpe SE*PNO*E0070001 har blivit påkörd": or before a colon,
        // as a telegraphic report heads what it says.
        if end + 1 < range.upperBound, !endsSentenceBefore,
           (["-", "\u{2013}", "\u{2014}"].contains(tokens[end].text) && tokens[end].spaceBefore)
            || (tokens[end].text == ":" && !afterReference && tokens[end + 1].kind == .word && tokens[end + 1].spaceBefore),
           site.range.count >= 2 || parts >= 2 {
            return Site(range: i..<end, text: text, isTownOnly: false)
        }
        guard site.range.count >= 2 else { return nil }
        guard end == range.upperBound || tokens[end].kind == .lineBreak || tokens[end].text == "." else { return nil }
        if endsSentenceBefore || afterReference, tokens[i - 1].kind != .lineBreak {
            return end < range.upperBound && tokens[end].text == "." ? Site(range: i..<end, text: text, isTownOnly: false) : nil
        }
        // The report goes on after it: an organisation's line that ends a sign-off ("Linda\nBrf
        // Havsutsikten") is the writer's, not the charger's place.
        var words = 0
        for k in end..<range.upperBound where tokens[k].kind == .word {
            words += 1
            if words == 4 { return Site(range: i..<end, text: text, isTownOnly: false) }
        }
        return nil
    }
}
