/// Places named by their kind: "garaget", "the hotel parking", "our Torsvik warehouse",
/// a compound place noun, and a site named before its address.
extension LocationFinder {
    /// "at our Torsvik warehouse", "outside our Västerås dealership", "by our Kista logistics
    /// centre": English puts the name of the writer's place before its kind, and the two together
    /// say where the charger stands. One or two name words, then the kind, which may be a
    /// compound of two words whose last is a place.
    /// A customer writes the same of the company's place: "outside your Arlanda office".
    func namedOwnPlace(at k: Int, within range: Range<Int>) -> Site? {
        guard k + 2 < range.upperBound, tokens[k].is(.possessive) || tokens[k].folded == "your", tokens[k + 1].spaceBefore, isNameWord(k + 1),
              !tokens[k + 1].is(.siteType) else { return nil }
        var end = k + 2
        if end < range.upperBound, tokens[end].spaceBefore, isNameWord(end), !tokens[end].is(.siteType) { end += 1 }
        func isKind(_ index: Int) -> Bool {
            index < range.upperBound && isOwnPlaceWord(index) || (index < range.upperBound && tokens[index].kind == .word && !tokens[index].isCapitalized
                && tokens[index].spaceBefore && Self.ownPlaceKinds.contains(tokens[index]))
        }
        guard end < range.upperBound, tokens[end].kind == .word, !tokens[end].isCapitalized, tokens[end].spaceBefore else { return nil }
        let kindEnd = isKind(end) ? end + 1 : isKind(end + 1) ? end + 2 : nil
        guard let kindEnd else { return nil }
        return Site(range: (k + 1)..<kindEnd, text: text((k + 1)..<kindEnd), isTownOnly: false, isWritersPlace: true)
    }

    /// Kinds of a business's place that are no place nouns of their own elsewhere in the rules.
    static let ownPlaceKinds: WordSet = ["dealership", "showroom", "workshop", "depot", "site", "premises", "yard", "plant", "factory",
                                             "facility", "branch", "warehouse", "campus", "headquarters", "hq", "building"]

    func isOwnPlaceWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.spaceBefore else { return false }
        return token.is(.placeNoun) || isCompoundPlaceNoun(index) || Self.ownPlaceWords.contains(token.folded)
    }

    /// A lower-case place noun, or a compound ending in one ("parkeringshuset"), with a
    /// capitalised name right after it.
    func namesFollow(placeNoun index: Int, within range: Range<Int>) -> Bool {
        guard index + 1 < range.upperBound, tokens[index].kind == .word, !tokens[index].isCapitalized, tokens[index + 1].spaceBefore,
              isNameWord(index + 1), !(isStreetWord(index + 1) && isHouseNumber(index + 2)) else { return false }
        return tokens[index].is(.placeNoun) || isCompoundPlaceNoun(index)
    }

    /// A lower-case compound ending in a place noun: "parkeringshuset", "kulturkvarter", "idrottshall".
    func isCompoundPlaceNoun(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalized else { return false }
        return Self.endsInPlaceNoun(token.folded)
    }

    /// The end of "outdoor area car park" or "norra parkeringen" starting at `index`: one or two
    /// lower-case content words (no function words) and then a place noun, all spaced as words.
    func describedPlaceNoun(from index: Int, within range: Range<Int>) -> Int? {
        var k = index
        while k < range.upperBound, k - index < 2 {
            let token = tokens[k]
            guard token.kind == .word, token.spaceBefore, !token.isCapitalized, token.folded.utf8.count >= 4,
                  !token.is(.preposition), !token.is(.clauseBreak), !token.is(.townConnector), !token.is(.negation),
                  !token.is(.notDescribing) else { return nil }
            k += 1
            guard k < range.upperBound, tokens[k].spaceBefore else { return nil }
            if tokens[k].is(.placeNoun) { return k + 1 }
            if isTwoWordPlaceNoun(k, within: range) { return k + 2 }
            // "the furniture store in Halmstad": premises described by what they sell or do.
            if Self.describedPremises.contains(tokens[k]) { return k + 1 }
        }
        return nil
    }

    /// "campingens", "hotellets", "skolans": a Swedish place noun in the genitive, definite or not.
    func isPlaceGenitive(_ index: Int) -> Bool {
        let folded = tokens[index].folded
        guard tokens[index].kind == .word, folded.utf8.count >= 5, folded.utf8.last == UInt8(ascii: "s") else { return false }
        let stem = String(folded.dropLast())
        func isPlace(_ word: String) -> Bool { Lexicon.classes(of: word).contains(.placeNoun) || Self.endsInPlaceNoun(word) }
        if isPlace(stem) { return true }
        // The definite form: "campingen" + "s" for "camping", "hotellet" + "s" for "hotell".
        return (stem.hasSuffix("en") || stem.hasSuffix("et")) && isPlace(String(stem.dropLast(2)))
    }

    /// "car park", "car dealership", "business park": a place noun of two words starts at `index`.
    func isTwoWordPlaceNoun(_ index: Int, within range: Range<Int>) -> Bool {
        index + 1 < range.upperBound && tokens[index + 1].kind == .word && tokens[index + 1].spaceBefore
            && Self.twoWordPlaceNouns.contains(tokens[index].folded + " " + tokens[index + 1].folded)
    }

    static let twoWordPlaceNouns = placeNouns.filter { $0.contains(" ") }

    // "the harbour office in Uddevalla", "the sales office": an office described by what it serves.
    static let describedPremises: WordSet = ["store", "shop", "clinic", "factory", "office"]
    static let buildingWords: WordSet = ["building", "buildings", "complex", "block"]

    /// Words that tie clauses together rather than describe a place.
    static let notDescribing = WordSet(["with", "where", "which", "that", "there", "from", "into", "than", "when", "have", "were",
                                    "this", "these", "those", "från", "till", "under", "efter", "innan", "eller", "också", "även",
                                    // "laddstolpen närmast kajen vid färjeterminalen": which charger, by what it is near.
                                    "närmast", "närmaste", "nearest", "closest", "längst", "innerst", "ytterst"].map { TextFolding.fold($0) })

    /// A lower-case place noun ("biblioteket"), or a lower-case word and one ("hospital car park").
    func commonPlace(at index: Int, within range: Range<Int>) -> Range<Int>? {
        guard index < range.upperBound, tokens[index].kind == .word, !tokens[index].isCapitalized else { return nil }
        if let end = describedPlaceNoun(from: index, within: range), end - index <= 3 { return index..<end }
        if tokens[index].is(.placeNoun) { return index..<(index + 1) }
        // "vid campingens reception", "hotellets entré": a place in the genitive, then the part of it.
        if index + 1 < range.upperBound, tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized,
           tokens[index + 1].spaceBefore, tokens[index + 1].folded.utf8.count >= 4,
           tokens[index + 1].classes.isDisjoint(with: [.preposition, .swedish, .english, .negation, .notDescribing, .townConnector]),
           isPlaceGenitive(index) {
            return index..<(index + 2)
        }
        // "the car park by Sala station": the two-word noun on its own.
        if isTwoWordPlaceNoun(index, within: range) { return index..<(index + 2) }
        // "the rest area by the E4": an area is a place only as a road's stop or a car park.
        if index + 1 < range.upperBound, tokens[index + 1].folded == "area", Self.areaKinds.contains(tokens[index]) { return index..<(index + 2) }
        return nil
    }

    static let compoundPlaceFollowers: WordSet = ["i", "in", "vid", "by", "near", "bakom", "behind", "bredvid", "beside", "intill", "nara", "ovanfor", "above"]
    static let compoundPlaceFollowerKeys = KeyFilter(keys: compoundPlaceFollowers.map { Token.key(of: $0) })

    static let areaKinds: WordSet = ["rest", "service", "parking", "picnic"]

    /// The name, with its town, of a place named earlier in the same text whose last part is
    /// the genitive's noun: "skolans" after "Fjällskolan i Sveg", "sjukhusets" after "Gävle sjukhus".
    func namedEarlier(genitive index: Int, within range: Range<Int>) -> String? {
        var stem = Substring(tokens[index].folded)
        stem.removeLast()
        // "skolans" → "skolan", "sjukhusets" → "sjukhuset"; the indefinite form too ("skola", "sjukhus").
        let stems = [String(stem), String(stem.dropLast(stem.hasSuffix("et") ? 2 : 1))].filter { $0.utf8.count >= 4 }
        guard !stems.isEmpty else { return nil }
        for k in stride(from: index - 1, through: range.lowerBound, by: -1) where isNameWord(k) && !hasDigit(k) {
            let folded = tokens[k].folded
            guard stems.contains(where: { folded.utf8.count > $0.utf8.count && folded.hasUTF8Suffix($0) }) else { continue }
            var end = k + 1
            if let (town, _) = town(after: end, within: range) { return text(k..<end) + ", " + town }
            while end < index, isNameWord(end), tokens[end].spaceBefore { end += 1 }
            return text(k..<end)
        }
        return nil
    }

    /// A lower-case genitive and a place noun: "sjukhusets personalparkering", "skolans parkering".
    func genericPlace(at index: Int, within range: Range<Int>) -> Range<Int>? {
        guard index + 1 < range.upperBound else { return nil }
        let owner = tokens[index], place = tokens[index + 1]
        guard owner.kind == .word, place.kind == .word, place.spaceBefore, owner.folded.utf8.last == UInt8(ascii: "s"), owner.folded.count > 4,
              !["vars", "dess", "hans", "hennes", "deras", "bolagets", "kommunens", "foreningens"].contains(owner.folded),
              Self.singleWordPlaceNouns.contains(where: { place.folded.hasUTF8Suffix($0) }) else { return nil }
        return index..<(index + 2)
    }

    func isRoadNumber(_ text: String) -> Bool {
        guard let first = text.first, first == "E" || first == "e" else { return false }
        var rest = text.dropFirst()
        // "E4:an", "E20:an": the spoken definite form.
        if rest.hasSuffix(":an") { rest = rest.dropLast(3) }
        return !rest.isEmpty && rest.count <= 3 && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Whether every word of `words` stands in a line that begins a quoted or forwarded message
    /// (an attribution or a header line), where the quoted writer's name is given.
    func isNamedInBoundaryLine(_ words: Range<Int>) -> Bool {
        var named: [String] = []
        var mentioned: [String] = []
        for token in tokens where token.isInBoundaryLine && token.kind == .word {
            if token.isCapitalized { named.append(token.folded) }
            mentioned.append(token.folded)
        }
        // "skrev Maria <maria.sjoberg@…>" over "> Maria Sjöberg": the first name as a name, the
        // surname in the mail address, folded alike.
        guard let first = tokens[words].first(where: { $0.kind == .word }), named.contains(first.folded) else { return false }
        return tokens[words].allSatisfy { $0.kind != .word || mentioned.contains($0.folded) }
    }

    /// An EVSE id or a serial ("SE*TVE*E1000001", "GLB9670001"): letters and four or more digits in one word.
    static func isIDLike(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if token.is(.starJoined) { return true }
        var digits = 0
        for byte in token.folded.utf8 where byte >= 48 && byte <= 57 { digits += 1 }
        return digits >= 4
    }

    /// A site name ending right before ", Street 3" or "(Street 3".
    func isRelation(_ index: Int) -> Bool {
        OwnerFinder.relativeNouns.contains(tokens[index]) || CaseRestorer.relationNouns.contains(tokens[index])
    }

    func siteBefore(_ addressStart: Int, within range: Range<Int>) -> String? {
        var k = addressStart - 1
        while k >= range.lowerBound, tokens[k].kind == .lineBreak { k -= 1 }
        // "Site, Street 3", "Site (Street 3"; or "Hotell Norrsken på Strandvägen 3", where the
        // site must then say it is one (a site word, or two name words).
        guard k > range.lowerBound else { return nil }
        let byPreposition = tokens[k].is(.siteAddressJoiner)
        guard tokens[k].text == "," || tokens[k].text == "(" || byPreposition else { return nil }
        var end = k
        while end > range.lowerBound, tokens[end - 1].kind == .lineBreak { end -= 1 }
        var start = end
        while start > range.lowerBound {
            let j = start - 1
            // "Laddpunkten SE*TVE*E1000001 på Kopparlundsvägen 12": a charger's id names the unit, not a site.
            if Self.isIDLike(tokens[j]) { break }
            if isNameWord(j) || tokens[j].is(.siteType) || (tokens[j].is(.placeNoun) && start == end)
                || (tokens[j].kind == .number && j + 1 == end && j > range.lowerBound && isNameWord(j - 1)) {
                start = j
                continue
            }
            // "Friskis & Svettis Piteå, Storgatan 44": an ampersand between two names joins one name.
            if start < end, j > range.lowerBound, tokens[j].text == "&", isNameWord(j - 1), isNameWord(start) {
                start = j
                continue
            }
            break
        }
        guard start < end, end - start <= 5 else { return nil }
        let words = tokens[start..<end]
        guard words.contains(where: { $0.isCapitalized }), !words.contains(where: { $0.is(.legalForm) }) else { return nil }
        if byPreposition, end - start < 2 || !words.contains(where: { $0.is(.siteType) }) && words.filter({ $0.isCapitalized }).count < 2 { return nil }
        // "grannen till Karin Sjöberg på Ekorrvägen 2", "min granne Lars Nyberg, Fäbodvägen 7": a
        // person the writer is related to, and where they live, is no site.
        if start > range.lowerBound, isRelation(start - 1) || (start - 1 > range.lowerBound && (tokens[start - 1].folded == "till" || tokens[start - 1].folded == "to"
                                                                                             || tokens[start - 1].folded == "of") && isRelation(start - 2)) { return nil }
        // "> Mats Lindqvist, Björkvägen 7, Lerum" closing a quoted report: the name its attribution
        // or header line gives ("… skrev Mats Lindqvist <…>:", "Från: Mats Lindqvist") is the
        // writer, signing with their address, not a site.
        if end - start >= 2, isNamedInBoundaryLine(start..<end) { return nil }
        // A lone sentence-initial word ("Hej, Storgatan 3") is no site.
        if end - start == 1, start == range.lowerBound || tokens[start - 1].kind == .lineBreak || tokens[start - 1].text == "." { return nil }
        if start > range.lowerBound, !tokens[start - 1].is(.preposition), end - start == 1,
           !tokens[start].is(.siteType) {
            // "Det gäller Brf Måsen, …" is fine; a single capitalised word after a verb is not reliable.
            return nil
        }
        return text(start..<end)
    }
}
