/// Smaller clues the scan reads: a country address or a site in parentheses, a time
/// adverbial between a place and its verb, the writer's own place words and the town before them.
extension LocationFinder {
    /// "vår laddare på gården (Lövsta 12, Tierp)": a country address, a farm's or hamlet's name
    /// and a number without a street ending, which only the parentheses around it and the town
    /// after it show to be an address.
    func ruralAddress(at i: Int, within range: Range<Int>) -> Range<Int>? {
        // "Adress: Norrgården 3, Skultuna", "Adressen är Norrgården 3, Skultuna": after an address
        // label, a farm's name and number with the town after them is as sure as in parentheses.
        // Asked of every word that is no street word: the number after it first.
        if i - 1 > range.lowerBound, i + 3 < range.upperBound, tokens[i + 2].kind == .punctuation, isHouseNumber(i + 1), tokens[i + 1].spaceBefore,
           tokens[i + 2].text == ",", afterAddressLabel(i), isNameWord(i), !hasDigit(i), !tokens[i].is(.levelWord),
           !tokens[i].is(.siteType), !tokens[i].is(.addressLabel), townName(at: i + 3, within: range) != nil {
            return i..<(i + 2)
        }
        // "my Easee at Björkhaga 1", "laddboxen på Lövsta 12": a farm's name and number right
        // after the charger and the preposition that places it.
        if i - 2 >= range.lowerBound, i + 1 < range.upperBound, tokens[i - 1].is(.preposition), tokens[i + 1].kind == .number,
           tokens[i + 1].spaceBefore, isHouseNumber(i + 1), Self.chargerPlacePrepositions.contains(tokens[i - 1]),
           Self.isChargerWord(tokens[i - 2].folded), isNameWord(i), !hasDigit(i),
           tokens[i].classes.isDisjoint(with: [.levelWord, .siteType, .addressLabel, .placeNoun]),
           !Vocabulary.otherNumberKeywords.contains(tokens[i]),
           i + 2 >= range.upperBound || tokens[i + 2].kind != .number {
            return i..<(i + 2)
        }
        guard i > range.lowerBound, tokens[i - 1].kind == .punctuation, tokens[i - 1].text == "(", i + 5 < range.upperBound,
              isNameWord(i), !hasDigit(i), !tokens[i].is(.levelWord), !tokens[i].is(.siteType), !tokens[i].is(.addressLabel),
              isHouseNumber(i + 1), tokens[i + 2].text == ",", townName(at: i + 3, within: range) != nil else { return nil }
        var close = i + 4
        while close < min(range.upperBound, i + 6), tokens[close].text != ")" { close += 1 }
        return close < range.upperBound && tokens[close].text == ")" ? i..<(i + 2) : nil
    }

    static let chargerPlacePrepositions: WordSet = ["at", "pa", "vid"]
    /// A charger's noun in any form, or a charger maker's name used for the charger ("my Easee").
    static func isChargerWord(_ folded: String) -> Bool {
        chargerStems.contains { folded.hasPrefix($0) } || chargerMakers.contains(folded)
    }
    static let chargerMakers: WordSet = ["easee", "zaptec", "garo", "wallbox", "laddboxen", "box", "boxen", "defa", "alfen"]

    /// `index` follows an address label: "Adress Norrgården 3", "Address: …", "Adressen är …".
    func afterAddressLabel(_ index: Int) -> Bool {
        let previous = tokens[index - 1]
        if previous.is(.addressLabel) { return true }
        guard previous.text == ":" || previous.folded == "ar" || previous.folded == "is" else { return false }
        return tokens[index - 2].is(.addressLabel)
    }

    /// A site named in parentheses at `index`, with its floor: "(P-huset Kvarnen plan 2)".
    func siteInParentheses(at index: Int, within range: Range<Int>) -> (text: String, end: Int)? {
        // Not an id ("(SE*LAN*E0012345)"): a name's first word has no digits.
        guard index + 2 < range.upperBound, tokens[index].text == "(", isNameWord(index + 1) || tokens[index + 1].is(.siteType),
              !hasDigit(index + 1),
              let site = site(after: index + 1, preposition: "vid", within: range) else { return nil }
        var end = site.range.upperBound
        var text = site.text
        if let (level, levelEnd) = level(after: end, within: range) { text += " " + level; end = levelEnd }
        // "the travel centre in Luleå (Resecentrum, Stationsgatan 1)": its address too, inside the parentheses.
        if end + 1 < range.upperBound, tokens[end].text == ",", let address = addressFollowing(end, within: range),
           address.range.upperBound < range.upperBound, tokens[address.range.upperBound].text == ")" {
            text += ", " + address.text
            end = address.range.upperBound
        }
        guard end < range.upperBound, tokens[end].text == ")" else { return nil }
        return (text, end + 1)
    }

    /// The end of a time adverbial of one to three words at `index` ("this morning", "i morse",
    /// "igår kväll", "last night"), or nil when none stands there.
    func timeAdverbialEnd(at index: Int, within range: Range<Int>) -> Int? {
        var k = index
        var sawTime = false
        while k < range.upperBound, k - index < 3, tokens[k].kind == .word, Self.timeWords.contains(tokens[k]) || Self.timeFillers.contains(tokens[k]) {
            if Self.timeWords.contains(tokens[k]) { sawTime = true }
            k += 1
        }
        return sawTime ? k : nil
    }

    static let timeWords = WordSet(["morning", "today", "yesterday", "tonight", "night", "evening", "afternoon", "idag", "igår", "morse",
                                    "kväll", "natt", "går", "förmiddags", "eftermiddags", "helgen", "weekend"].map { TextFolding.fold($0) })
    static let timeFillers: WordSet = ["this", "last", "i", "in", "the", "over"]

    /// An id ("EH-390-551", "SE*LAN*E0012345"), not a name: names have no digits in their first word.
    func hasDigit(_ index: Int) -> Bool { tokens[index].folded.utf8.contains { $0 >= 48 && $0 <= 57 } }

    /// A serial or EVSE id by its look: letters and at least four digits in one token.
    func looksLikeChargerID(_ index: Int) -> Bool {
        let bytes = tokens[index].folded.utf8
        return bytes.lazy.filter { $0 >= 48 && $0 <= 57 }.count >= 4 && bytes.contains { $0 >= 97 && $0 <= 122 }
    }
    static let listBullets: Set<String> = ["-", "*", "•", "–"]

    /// The folded words of a place's text, for comparing two mentions of it.
    static func nameWords(of place: String) -> Set<Substring> {
        Set(TextFolding.fold(place).split { $0 == " " || $0 == "," })
    }

    /// "Laddaren ZAP 790 101 vid …", "EH 880 101": the maker's letters of a serial typed in
    /// groups, which the digit groups after them (five digits or more) show to be no name.
    func isSpacedSerialPrefix(_ index: Int, within range: Range<Int>) -> Bool {
        let letters = tokens[index].text.utf8
        guard letters.count >= 2, letters.count <= 5, letters.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return false }
        var digits = 0
        var k = index + 1
        while k < range.upperBound, k <= index + 3, tokens[k].kind == .number, tokens[k].spaceBefore {
            digits += tokens[k].text.utf8.lazy.filter { $0 >= 48 && $0 <= 57 }.count
            k += 1
        }
        return digits >= 5
    }

    /// First words of two-word towns ("Västra Frölunda", "Upplands Väsby"); other pairs of names
    /// in a subject are more likely a person's.
    static let townPrefixes = WordSet(["västra", "östra", "norra", "södra", "upplands", "stora", "lilla", "nya", "gamla"].map { TextFolding.fold($0) })

    /// What a subject names before the site it stands at; in any text, a charger noun
    /// before a preposition and an address says where the charger stands.
    /// "Charger problem - Strike Trollhättan", "Laddare offline – Ica Maxi Trollhättan": a subject's
    /// charger and, in lower case, what is wrong with it, then a dash and the place; where the
    /// place's name starts.
    func nameAfterFaultDash(_ index: Int, within range: Range<Int>) -> Int? {
        var k = index + 1
        while k < range.upperBound, k - index <= 4, tokens[k].kind == .word, !tokens[k].isCapitalized { k += 1 }
        guard k > index + 1, k + 1 < range.upperBound, tokens[k].kind == .punctuation, Self.subjectDashes.contains(tokens[k].text) else { return nil }
        return k + 1
    }

    static let subjectChargerNouns: WordSet = ["laddare", "laddaren", "laddarna", "laddstolpe", "laddstolpen", "laddstolpar", "laddstolparna",
                                                   "laddbox", "laddboxen", "laddboxar", "laddboxarna", "laddstation", "laddstationen",
                                                   "laddstationer", "laddstationerna", "laddpunkt", "laddpunkten", "laddpunkter", "laddpunkterna",
                                                   "laddplats", "charger", "chargers"]

    /// Carmakers whose names are also companies' and dealers' sites.
    static let siteBrands: WordSet = ["volvo", "tesla", "polestar", "kia", "toyota", "bmw", "audi", "mercedes", "volkswagen", "vw",
                                          "hyundai", "renault", "nissan", "ford", "skoda", "scania"]
    static let modelWords: WordSet = ["model", "modell", "ex30", "ex40", "xc40", "xc60", "xc90", "id", "ev6", "ev9", "ioniq", "leaf"]

    /// Words for the writer's place of work or living, which a possessive puts before its name.
    static let ownPlaceWords = WordSet(["arbetsplats", "arbetsplatsen", "jobb", "jobbet", "arbete", "kontor", "kontoret", "kontorshus", "kontorsbyggnad", "företag",
                                    "workplace", "work", "office", "company", "employer", "arbetsgivare",
                                    // "i vår förening Brf Sjöbrisen": the association the writer lives in, then its name.
                                    "förening", "föreningen", "bostadsrättsförening", "association", "housing association",
                                    // "till vår anläggning Bilcentrum Ljungby", "at our site Hallabo": the generic word for
                                    // whatever the writer runs, then its name.
                                    "anläggning", "anläggningen", "fastighet", "fastigheten", "site", "facility", "premises", "property"].map { TextFolding.fold($0) })
        .union(premisesWords)

    /// The premises a business or club runs, which a possessive puts before their name ("our
    /// store Coop Forum Lund", "vårt hotell, Hotell Fjärden"): the name is the place, and the
    /// writer's side owns what stands there.
    /// Buildings a charger stands by, which are no place of their own ("vid kontoret på X").
    static let buildingNouns = WordSet(["kontoret", "office", "entrén", "entrance", "ingången", "lagret", "verkstaden", "receptionen", "reception"]
        .map { TextFolding.fold($0) })
    static let premisesWords = WordSet(["hotel", "hotell", "store", "shop", "butik", "restaurant", "restaurang", "club", "klubb", "clinic",
                                    "klinik", "parkering", "parking"].map { TextFolding.fold($0) })

    /// "our Stockholm office at Regeringsgatan 30": the town the writer names their place by,
    /// just before the address in its sentence.
    func townBeforeOwnPlace(_ addressStart: Int, within range: Range<Int>) -> String? {
        let sentence = tokens[addressStart].sentence
        var k = addressStart - 1
        while k - 2 >= range.lowerBound, addressStart - k <= 4, tokens[k].sentence == sentence {
            if tokens[k - 2].is(.possessive), tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized, isNameWord(k - 1),
               !tokens[k - 1].is(.siteType), isOwnPlaceWord(k) {
                return tokens[k - 1].text
            }
            k -= 1
        }
        return nil
    }
}
