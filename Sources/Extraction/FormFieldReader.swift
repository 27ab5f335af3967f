/// Reads the place from labelled lines, as web forms, ticket systems and careful writers give
/// it: "Plats: Ica Nära Ljunghusen", "Adress: Skolgatan 8, 614 30 Söderköping", "Ort: Tierp",
/// "Site: Hotel Aurora" over "Address: Skeppsbron 2, Luleå".
///
/// A labelled field says outright what the prose rules have to infer, and its value need not
/// look like an address to them ("Skeppsbron 2" has no street ending), so the fields are read
/// first. Billing, postal and e-mail addresses carry labels of their own, which are not read.
struct FormFieldReader {
    enum Field { case site, address, town }

    /// The last word of a label, folded: "Adress:", "Laddarens adress:", "Site address:".
    static let labels: [String: Field] = {
        var labels: [String: Field] = [:]
        for word in ["plats", "platsen", "anläggning", "anläggningen", "anläggningsplats", "installationsplats", "uppställningsplats",
                     "fastighet", "fastigheten", "site", "location", "place", "property", "premises", "installation", "var", "where",
                     // A charging portal's "Station: Motorcentrum Sundsvall", "Charging station:".
                     "station", "laddstation", "stationsnamn",
                     // A property owner's ticket system: "Byggnad: Parkeringshuset Lasarettet, Ljungby".
                     "byggnad", "byggnaden", "building"] {
            labels[TextFolding.fold(word)] = .site
        }
        for word in ["adress", "adressen", "gatuadress", "installationsadress", "anläggningsadress", "laddplatsadress",
                     "address", "street"] {
            labels[TextFolding.fold(word)] = .address
        }
        for word in ["ort", "postort", "stad", "kommun", "town", "city"] { labels[TextFolding.fold(word)] = .town }
        return labels
    }()

    /// Labels read only when the prose names no place: a report form's "Objekt:".
    static let fallbackSiteLabels = WordSet(["objekt", "objektet"].map { TextFolding.fold($0) })

    /// More words than a field's value has: a longer "Plats: …" line is a sentence.
    static let longestValue = 12

    let tokens: [Token]
    /// Read the fallback labels only, and no others.
    var fallbackLabels = false

    /// The place the labelled lines of `range` give, and the first token of its value.
    func location(within range: Range<Int>) -> (text: String, start: Int)? {
        var values: [Field: Range<Int>] = [:]
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            // "- Plats: …": a list marker may stand before the label.
            let atLineStart = i == range.lowerBound || tokens[i - 1].kind == .lineBreak
                || (tokens[i - 1].kind == .punctuation && Self.listMarkers.contains(tokens[i - 1].text)
                    && (i - 1 == range.lowerBound || tokens[i - 2].kind == .lineBreak))
            guard atLineStart, tokens[i].kind == .word, let (field, colon) = label(at: i, within: range),
                  values[field] == nil, let value = value(after: colon, within: range), accepts(value, as: field) else { continue }
            values[field] = value
            i = value.upperBound - 1
        }
        let ordered = [Field.site, .address, .town].compactMap { values[$0] }
        guard let first = ordered.first else { return nil }
        // A town alone says too little; so does a site named only by a common word ("Plats: garaget").
        guard values[.address] != nil || (values[.site].map { hasName($0) } ?? false) else { return nil }
        var parts: [String] = []
        for value in ordered {
            let text = self.text(value)
            let folded = TextFolding.fold(text)
            guard !text.isEmpty, !parts.contains(where: { TextFolding.fold($0).contains(folded) }) else { continue }
            parts.append(text)
        }
        return (parts.joined(separator: ", "), first.lowerBound)
    }

    /// One to three words and a colon at the start of a line, the last word a label. Not a
    /// label that only ends with one ("Kontaktperson på plats:", "Contact on site:"): that
    /// names a person.
    private func label(at start: Int, within range: Range<Int>) -> (Field, Int)? {
        var k = start
        while k < range.upperBound, k - start < 3, tokens[k].kind == .word { k += 1 }
        guard k > start, k < range.upperBound, tokens[k].text == ":" else { return nil }
        let field: Field
        if fallbackLabels {
            guard Self.fallbackSiteLabels.contains(tokens[k - 1]) else { return nil }
            field = .site
        } else {
            guard let known = Self.labels[tokens[k - 1].folded] else { return nil }
            field = known
        }
        if (start..<(k - 1)).contains(where: { tokens[$0].is(.preposition) || tokens[$0].is(.siteAddressJoiner) || Self.personWords.contains(tokens[$0]) }) {
            return nil
        }
        return (field, k)
    }

    static let listMarkers: WordSet = ["-", "*", "•", "–", "·"]
    static let townPrepositions: WordSet = ["i", "in"]

    static let personWords = WordSet(["kontakt", "kontaktperson", "contact", "namn", "name", "person"].map { TextFolding.fold($0) })

    /// The rest of the label's line, or the next line when the label stands alone.
    private func value(after colon: Int, within range: Range<Int>) -> Range<Int>? {
        var start = colon + 1
        if start < range.upperBound, tokens[start].kind == .lineBreak { start += 1 }
        var end = start
        while end < range.upperBound, tokens[end].kind != .lineBreak {
            // "Adress: Kyrkvägen 4, Farsta. Laddboxen är död.": the field ends with its sentence;
            // a period after one short word is an abbreviation ("Kv. Pilen").
            if end - start >= 2, tokens[end].text == ".", end + 1 < range.upperBound, tokens[end + 1].isCapitalized { break }
            end += 1
        }
        while end > start, tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end > start, end - start <= Self.longestValue else { return nil }
        return start..<end
    }

    private func accepts(_ value: Range<Int>, as field: Field) -> Bool {
        // Another label on the value's line: "Plats:" left empty before "Adress: …".
        if value.contains(where: { tokens[$0].text == ":" }) { return false }
        switch field {
        case .address: return value.contains { tokens[$0].kind == .number } && value.contains { tokens[$0].kind == .word }
        case .site, .town: return hasName(value)
        }
    }

    /// A capitalised word that is no common word: "Ica Nära Ljunghusen", not "3" or "se nedan";
    /// nor the charger itself ("Objekt: Laddstolpe ZAP131202"), which a ticket system names there.
    private func hasName(_ value: Range<Int>) -> Bool {
        value.contains {
            tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].is(.notPlace) && !LocationFinder.isChargerWord(tokens[$0].folded)
                && !tokens[$0].folded.utf8.contains(where: { $0 >= 48 && $0 <= 57 })
        }
    }

    /// The value as written, without a postal code ("614 30", "61430").
    private func text(_ value: Range<Int>) -> String {
        var kept: [Token] = []
        var k = value.lowerBound
        while k < value.upperBound {
            let token = tokens[k]
            if token.kind == .number, token.text.utf8.count == 3, k + 1 < value.upperBound, tokens[k + 1].kind == .number,
               tokens[k + 1].text.utf8.count == 2 {
                k += 2
                continue
            }
            if token.kind == .number, token.text.utf8.count == 5, token.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                k += 1
                continue
            }
            kept.append(token)
            k += 1
        }
        // A comma left before the removed code ("Skolgatan 8, Söderköping" keeps its one comma).
        var cleaned: [Token] = []
        for token in kept where !(token.text == "," && cleaned.last?.text == ",") { cleaned.append(token) }
        while cleaned.last?.kind == .punctuation { cleaned.removeLast() }
        // "Plats: parkeringen vid vårdcentralen i Gnesta": the town joined as the prose rules
        // join it ("…, Gnesta"), when one to three capitalised words end the value after "i"/"in".
        if let k = cleaned.indices.dropFirst().last(where: { Self.townPrepositions.contains(cleaned[$0].folded) }),
           (1...3).contains(cleaned.count - k - 1),
           cleaned[(k + 1)...].allSatisfy({ $0.kind == .word && $0.isCapitalized }), cleaned[k - 1].isWordLike {
            cleaned[k] = Token(text: ",", folded: ",", kind: .punctuation, role: cleaned[k].role, sentence: cleaned[k].sentence, spaceBefore: false)
        }
        return cleaned.text(0..<cleaned.count)
    }
}
