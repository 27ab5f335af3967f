#if canImport(Glibc)
import Glibc
#endif

/// Street addresses ("Storgatan 12", "Ulls väg 3", "Mill Lane 4"), floors and buildings
/// ("plan -1", "building B"), address labels and postal codes.
extension LocationFinder {
    /// English street words of four letters, which follow their name as a word of their own
    /// ("Mill Lane", "Station Road"). Swedish ones of that length ("plan", "torg") name floors
    /// and squares too often to count alone.
    static let shortStreetWords = ["lane", "road", "torg"]
    /// Street words short enough to be written as a word of their own after the name, folded.
    static let separateStreetWords: WordSet = ["vag", "gata", "stig", "kaj"]
    /// A street word that may stand apart from the street's name, indefinite or definite ("Ulls väg", "Västra Gatan").
    static func isApartStreetWord(_ folded: String) -> Bool {
        separateStreetWords.contains(folded) || folded == "vagen" || folded == "gatan"
    }
    static let separateStreetKeys = KeyFilter(keys: separateStreetWords.map { Token.key(of: $0) })
    /// "the charger outside 14 Harbour Street": English prepositions of place before a number-first address.
    static let englishAddressLeads: WordSet = ["outside", "near", "behind", "beside", "opposite", "by"]

    /// English street words that are common words too ("Birch Close", "Kings Court", "Park
    /// Drive"): a street word only as a word of their own after a capitalised name, never as
    /// the end of a longer word ("disclose").
    static let englishStreetWords: WordSet = ["close", "drive", "way", "court", "crescent", "gardens", "place", "terrace",
                                                  "square", "grove", "hill", "walk", "mews", "parade", "boulevard", "row"]
    static let englishStreetKeys = KeyFilter(keys: englishStreetWords.map { Token.key(of: $0) })

    static let namedByKindWords: WordSet = ["brf", "kv", "kvarteret"]

    func isStreetWord(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, !tokens[index].is(.notPlace) else { return false }
        if index > 0, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized, tokens[index].spaceBefore,
           Self.englishStreetKeys.mayContain(tokens[index].key), Self.englishStreetWords.contains(tokens[index]) {
            return true
        }
        // "Ulls väg 29", "Drottning Kristinas väg 4": the street word written apart after the name.
        if index > 0, Self.separateStreetKeys.mayContain(tokens[index].key), tokens[index].spaceBefore, tokens[index - 1].kind == .word,
           tokens[index - 1].isCapitalized, Self.separateStreetWords.contains(tokens[index]) {
            return true
        }
        // Length and last byte first, from the view: most words end otherwise.
        let utf8 = tokens[index].folded.utf8
        guard let last = utf8.last, Self.suffixLastBytes[Int(last)],
              utf8.count >= 5 || (utf8.count == 4 && Self.shortStreetWords.contains(tokens[index].folded)
                                  && (tokens[index].isCapitalized || tokens[index].folded != "torg")) else { return false }
        // "Brf Ekbacken 3", "Kv. Solbacken 2": an association's or a block's name often ends as a
        // street does; after the word that says what it is, it is that name, not a street.
        if index > 0, Self.namedByKindWords.contains(tokens[index - 1])
            || (index > 1 && tokens[index - 1].text == "." && Self.namedByKindWords.contains(tokens[index - 2])) { return false }
        var folded = tokens[index].folded
        return folded.withUTF8 { bytes in
            let length = bytes.count
            // "Ekbacksvägen", or "vägen" alone after a capitalised word ("Västra vägen 2").
            let afterName = index > 0 && tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized
            // Two letters before the suffix make a name only when capitalised: "Ekgatan", "Åsvägen".
            let minimumPrefix = tokens[index].isCapitalized ? 2 : 3
            return Self.suffixesByLastByte[Int(last)].contains { suffix in
                (length >= suffix.count + minimumPrefix || (length == suffix.count && afterName))
                    && suffix.withUnsafeBufferPointer { memcmp(bytes.baseAddress! + length - $0.count, $0.baseAddress!, $0.count) == 0 }
            }
        }
    }

    /// A capitalised name shortened to its street ending's first letter and a period: "Storg.",
    /// "Sveav.". The period follows without a space; the house number comes next.
    func isAbbreviatedStreet(_ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized, !tokens[index].is(.notPlace),
              tokens[index + 1].kind == .punctuation, tokens[index + 1].text == ".", !tokens[index + 1].spaceBefore,
              let last = tokens[index].folded.utf8.last, last == UInt8(ascii: "g") || last == UInt8(ascii: "v") else { return false }
        return tokens[index].folded.utf8.count >= 4
    }

    func isHouseNumber(_ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        // Folded, so a word processor's dash in a range ("2–8") reads as "-". Bytes, not
        // characters: rules ask this of many tokens.
        let token = tokens[index]
        guard let first = token.folded.utf8.first, first >= 48, first <= 57 else { return false }
        let bytes = token.folded.utf8
        if let dash = bytes.firstIndex(of: 45) {
            // A range of numbers: "2-8", "12A-12C".
            return Self.isSingleHouseNumber(bytes[..<dash]) && Self.isSingleHouseNumber(bytes[bytes.index(after: dash)...])
        }
        return Self.isSingleHouseNumber(bytes[...])
    }

    /// "12", "4B", "4b": up to four digits and at most one letter (ASCII, or a folded "å").
    static func isSingleHouseNumber(_ bytes: Substring.UTF8View) -> Bool {
        let digits = bytes.prefix { $0 >= 48 && $0 <= 57 }.count
        guard digits > 0, digits <= 4 else { return false }
        let rest = bytes.dropFirst(digits)
        guard let letter = rest.first else { return true }
        return rest.count == 1 && letter >= 97 && letter <= 122
    }

    func address(at i: Int, within range: Range<Int>) -> Mention? {
        addressRange(at: i, within: range).map { Mention(range: $0, text: text($0), rule: "address") }
    }

    /// The tokens of the address whose street word is at `i`; no text is built, as callers
    /// probing every word only need to know where it is.
    func addressRange(at i: Int, within range: Range<Int>) -> Range<Int>? {
        // "Storg. 12", "Drottningg. 5", "Sveav. 44": the street ending abbreviated, as in letterheads and forms.
        if isAbbreviatedStreet(i), i + 2 < range.upperBound, isHouseNumber(i + 2), tokens[i + 2].spaceBefore { return i..<(i + 3) }
        guard isStreetWord(i) else { return ruralAddress(at: i, within: range) }
        // English order after "at"/"on": "the charger at 14 Hamngatan".
        if i - 2 >= range.lowerBound, isHouseNumber(i - 1), tokens[i].spaceBefore,
           tokens[i - 2].is(.siteAddressJoiner) || tokens[i - 2].text == ":" || Self.englishAddressLeads.contains(tokens[i - 2]),
           i + 1 >= range.upperBound || !isHouseNumber(i + 1) {
            return (i - 1)..<(i + 1)
        }
        // "at 14 Queen Street", "my house, 5 Mill Lane", "Address: 5 Elm Close": the same, with a street named in two words.
        if i - 3 >= range.lowerBound, tokens[i].spaceBefore, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, tokens[i - 1].spaceBefore,
           !tokens[i - 1].is(.notPlace), isHouseNumber(i - 2),
           tokens[i - 3].is(.siteAddressJoiner) || tokens[i - 3].text == "," || tokens[i - 3].text == ":" || Self.englishAddressLeads.contains(tokens[i - 3]),
           i + 1 >= range.upperBound || !isHouseNumber(i + 1) {
            return (i - 2)..<(i + 1)
        }
        guard i + 1 < range.upperBound, isHouseNumber(i + 1), tokens[i + 1].spaceBefore else { return nil }
        // Not a postal code or a phone number continuing after the number ("Storgatan 12 345").
        var start = i
        // "(sisjö kullegata 8)": in parentheses that hold only the address, the word before the
        // street word is its first, even when the writer gave it no capital.
        if i - 2 >= range.lowerBound, tokens[i - 2].text == "(", tokens[i - 1].kind == .word, tokens[i].spaceBefore,
           !tokens[i - 1].is(.notPlace), !tokens[i - 1].is(.preposition), !tokens[i - 1].is(.swedish), !tokens[i - 1].is(.english),
           !tokens[i - 1].is(.addressLabel), i + 2 < range.upperBound, tokens[i + 2].text == ")" {
            return (i - 1)..<(i + 2)
        }
        // "Norra Hamnvägen 7": a capitalised word before the street word is the street's first;
        // not "Laddbox Tallgatan 3" in a subject, where the charger comes first.
        if i > range.lowerBound, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, tokens[i].spaceBefore,
           !tokens[i - 1].is(.preposition), !tokens[i - 1].is(.notPlace), !tokens[i - 1].is(.addressLabel),
           !tokens[i - 1].is(.siteType), tokens[i - 1].folded.count > 2, !CaseRestorer.commonWords.contains(tokens[i - 1]) {
            start = i - 1
            // "Drottning Kristinas väg 4": a street word written apart may follow a name of two words.
            if i - 2 >= range.lowerBound, Self.isApartStreetWord(tokens[i].folded),
               tokens[i - 2].kind == .word, tokens[i - 2].isCapitalized, tokens[i - 1].spaceBefore, !tokens[i - 2].is(.preposition),
               !tokens[i - 2].is(.notPlace), !tokens[i - 2].is(.addressLabel), !tokens[i - 2].is(.siteType),
               tokens[i - 2].folded.count > 2, !CaseRestorer.commonWords.contains(tokens[i - 2]) {
                start = i - 2
            }
        }
        return start..<(i + 2)
    }


    /// Floors, and the buildings of a campus or hospital ("building B", "byggnad 3").
    static let levelWords = WordSet(["plan", "level", "våning", "floor", "etage", "building", "byggnad"].map { TextFolding.fold($0) })

    /// "plan 2", "level -1" starting at `index`: the text and the index after it.
    func level(at index: Int, within range: Range<Int>) -> (String, Int)? {
        guard index + 1 < range.upperBound, tokens[index].kind == .word, tokens[index].is(.levelWord) else { return nil }
        var k = index + 1
        var sign = ""
        if tokens[k].text == "-" || tokens[k].text == "–", k + 1 < range.upperBound, !tokens[k + 1].spaceBefore { sign = "-"; k += 1 }
        // A number, or a building's letter ("building B", "plan C").
        let letter = sign.isEmpty && tokens[k].kind == .word && tokens[k].text.utf8.count == 1 && tokens[k].isCapitalized
        guard (tokens[k].kind == .number || letter), tokens[k].text.utf8.count <= 2 else { return nil }
        return ("\(tokens[index].text) \(sign)\(tokens[k].text)", k + 1)
    }

    /// A floor just before the preposition that introduced a site ("plan 2 i …", "level 2 of the …").
    func level(before preposition: Int, within range: Range<Int>) -> String? {
        for start in [preposition - 2, preposition - 3] where start >= range.lowerBound {
            if let (text, end) = level(at: start, within: range), end == preposition { return text }
        }
        return nil
    }

    /// A floor right after `index`, past a comma or "på"/"on" ("X plan 2", "X, level -1", "X på plan 2").
    func level(after index: Int, within range: Range<Int>) -> (String, Int)? {
        guard index < range.upperBound else { return nil }
        // "Kista Galleria (level -2)": the floor in parentheses, which it closes.
        if tokens[index].text == "(", let (level, end) = level(at: index + 1, within: range) {
            return (level, end < range.upperBound && tokens[end].text == ")" ? end + 1 : end)
        }
        let skip = tokens[index].text == "," || tokens[index].is(.siteAddressJoiner)
        return level(at: skip ? index + 1 : index, within: range)
    }

    /// Words joining a site to its address: "Hotell Norrsken på Strandvägen 3". Folded, as tokens are compared.
    static let siteAddressJoiners = WordSet(["på", "at", "on"].map { TextFolding.fold($0) })

    /// Whether the word at `index` is the first of a two-word street name ("Norra Hamnvägen 7").
    func startsAddress(_ index: Int, within range: Range<Int>) -> Bool {
        guard index + 1 < range.upperBound else { return false }
        if let address = addressRange(at: index + 1, within: range), address.lowerBound == index { return true }
        // "Drottning Kristinas väg 4": a street word written apart, two words on.
        guard index + 2 < range.upperBound, Self.isApartStreetWord(tokens[index + 2].folded),
              let address = addressRange(at: index + 2, within: range) else { return false }
        return address.lowerBound == index
    }

    /// An address right after `index`, past "(" or "," (for "Site (Street 3)" or "Site, Street 3"), or ")".
    func addressFollowing(_ index: Int, within range: Range<Int>) -> Mention? {
        var k = index
        var skipped = 0
        while k < range.upperBound, skipped < 2, tokens[k].kind == .punctuation || tokens[k].kind == .lineBreak {
            // "the City Library (Stadsbiblioteket) on Västra Torggatan 26": past the parenthesis too.
            guard [",", "(", ")", "\n", "-", "–"].contains(tokens[k].text) else { return nil }
            k += 1
            skipped += 1
        }
        // "kontorets parkering på Sveavägen 80": the place, then where it is.
        let joined = k + 1 < range.upperBound && tokens[k].is(.siteAddressJoiner)
        if joined { k += 1 }
        // The street word is the first or second word, or the third in English order ("22 Harbour Road").
        for start in [k, k + 1, k + 2] where start < range.upperBound {
            if let mention = address(at: start, within: range), mention.range.lowerBound <= k { return mention }
        }
        // "the Skellefteå Kraft station on Kanalgatan", "garaget på Gjuterigatan i Jönköping": the
        // street the site is on, without a house number.
        if joined, skipped == 0, tokens[k].isCapitalized, isStreetWord(k), k + 1 >= range.upperBound || !isHouseNumber(k + 1) {
            return Mention(range: k..<(k + 1), text: tokens[k].text, rule: "address")
        }
        // "Nordkraft HQ, Lindholmspiren 5, Gothenburg": right after a site, one capitalised name
        // and a house number are its street, even without a street ending ("-piren", "-bron").
        if skipped > 0, k + 1 < range.upperBound, tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].is(.notPlace),
           !tokens[k].is(.siteType), !tokens[k].is(.levelWord), tokens[k].folded.utf8.count >= 5, tokens[k + 1].spaceBefore, isHouseNumber(k + 1),
           k + 2 >= range.upperBound || tokens[k + 2].kind == .punctuation || tokens[k + 2].kind == .lineBreak || tokens[k + 2].is(.townConnector) {
            return Mention(range: k..<(k + 2), text: text(k..<(k + 2)), rule: "address")
        }
        return nil
    }

    func isBilling(_ mention: Range<Int>, within range: Range<Int>) -> Bool {
        // "en faktura för service på laddaren på Verkstadsvägen 4": the charger's own address,
        // whatever the sentence is about.
        // "invoice 2026-88812 for a service visit at Industrigatan 20": the place the work was done.
        // "the visit at our depot on Verkstadsgatan 11": a place's own address, never a billing one.
        if mention.lowerBound - 2 >= range.lowerBound, tokens[mention.lowerBound - 1].is(.preposition) || tokens[mention.lowerBound - 1].folded == "on",
           Self.subjectChargerNouns.contains(tokens[mention.lowerBound - 2]) || Self.siteWorkNouns.contains(tokens[mention.lowerBound - 2])
            || tokens[mention.lowerBound - 2].is(.placeNoun) || tokens[mention.lowerBound - 2].is(.siteType) {
            return false
        }
        let sentence = tokens[mention.lowerBound].sentence
        var k = mention.lowerBound
        while k > range.lowerBound, tokens[k - 1].sentence == sentence { k -= 1 }
        while k < range.upperBound, tokens[k].sentence == sentence {
            if tokens[k].is(.billing) { return true }
            // "Box 1234" is a postal box; "the fuse box" is not.
            if tokens[k].folded == "box", k + 1 < range.upperBound, tokens[k + 1].kind == .number { return true }
            k += 1
        }
        // "Street 3, 722 15 Town": a postal address, as in letterheads and invoice lines; unless
        // the writer's sentence leads to it ("hemma hos mig på Lingonstigen 12, 436 39 Askim").
        // An address block under a line of its own ("Laddaren står på:\nStorgatan 12\n852 30 Sundsvall") is led too.
        var before = mention.lowerBound - 1
        if before > range.lowerBound, tokens[before].kind == .lineBreak { before -= 1 }
        // "laddboxen i garaget (Tallkottsvägen 4, 191 45 Sollentuna)": in parentheses after what it is the address of.
        let led = before >= range.lowerBound && (tokens[before].is(.preposition) || tokens[before].text == ":"
            || (tokens[before].text == "(" && before > range.lowerBound && tokens[before - 1].kind == .word && !tokens[before - 1].is(.billing)))
        return !led && !isLabelled(mention.lowerBound, within: range) && postalCode(after: mention.upperBound, within: range) != nil
    }

    /// Work done where the charger stands, whose place an invoice sentence names.
    static let siteWorkNouns = WordSet(["visit", "service", "besök", "besöket", "servicebesök", "servicebesöket", "installation", "installationen",
                                    "repair", "reparation", "reparationen", "work", "arbete", "arbetet", "utryckning", "utryckningen",
                                    "call-out", "callout",
                                    // "en faktura för laddningen på Glasbruksgatan 3", "people charge at X but are never
                                    // billed": what was charged for happened there.
                                    "laddning", "laddningen", "laddningar", "laddningarna", "charging", "session", "sessions",
                                    "ladda", "laddar", "laddade", "charge", "charged"].map { TextFolding.fold($0) })

    /// "Adress: Granvägen 7, 824 30 Hudiksvall": the writer labels the charger's address, as
    /// web forms and careful writers do. Billing and postal labels are not among these.
    func isLabelled(_ index: Int, within range: Range<Int>) -> Bool {
        var k = index - 1
        // "Adress: …", and in a sentence, "Adressen är …", "The address is …".
        if k >= range.lowerBound, tokens[k].text == ":" || tokens[k].folded == "ar" || tokens[k].folded == "is" { k -= 1 }
        return k >= range.lowerBound && tokens[k].is(.addressLabel)
    }

    /// "Adressen är Ängsövägen 41", "Address: …": the address after its label, with a copula or colon between.
    func isLabelledAddress(_ start: Int, within range: Range<Int>) -> Bool {
        var k = start - 1
        if k > range.lowerBound, tokens[k].text == ":" || Self.copulas.contains(tokens[k]) { k -= 1 }
        return k >= range.lowerBound && tokens[k].sentence == tokens[start].sentence && tokens[k].is(.addressLabel)
    }
    static let copulas: WordSet = ["ar", "is", "was", "var"]

    static let addressLabels = WordSet(["adress", "adressen", "address", "installationsadress", "anläggningsadress", "gatuadress", "location",
                                    "plats", "platsen", "laddplats", "site"].map { TextFolding.fold($0) })

    /// "till"/"to" after an entrance word: "vid entrén till Ica Kvantum", "at the entrance to X";
    /// "by" after what stands there: "the charger by the Scandic Ferrum" (see `Vocabulary.standingThings`).
    static let propertyNouns = WordSet(["fastigheten", "fastighet", "tomten", "property"].map { TextFolding.fold($0) })

    func leadsIntoSite(_ index: Int) -> Bool {
        // "på fastigheten kv. Smeden 4", "at the property Brf Ekorren": the property, then the
        // name it is registered or known by. (A class bit first: this is asked of every token.)
        if index > 0, index + 1 < tokens.count, tokens[index + 1].is(.siteType), Self.propertyNouns.contains(tokens[index]),
           tokens[index - 1].is(.preposition) || (index > 1 && tokens[index - 1].folded == "the" && tokens[index - 2].is(.preposition)) { return true }
        // Asked of every token: one integer compare dismisses all but the eight words below.
        guard index > 0, Self.joinerKeys.contains(tokens[index].key) else { return false }
        if isGreetingFrom(index) || isWritingFrom(index) { return true }
        if tokens[index].folded == "by" { return Vocabulary.standingThings.contains(tokens[index - 1]) }
        // "our summer house on Ängsö", "the cottage on Gotland": a home on an island or in an area.
        if tokens[index].folded == "on" {
            return Self.homesOnIslands.contains(tokens[index - 1]) && index + 1 < tokens.count && tokens[index + 1].isCapitalized
                && !tokens[index + 1].is(.notPlace) && !tokens[index + 1].is(.english)
        }
        // "a garage called Motorverkstan i Gnesta", "en verkstad som heter X": a kind of place, then its name.
        if tokens[index].folded == "called" || tokens[index].folded == "named" || tokens[index].folded == "heter" {
            var k = index - 1
            if tokens[index].folded == "heter" {
                guard k > 0, tokens[k].folded == "som" else { return false }
                k -= 1
            }
            return tokens[k].kind == .word && (tokens[k].is(.placeNoun) || tokens[k].is(.siteType) || isCompoundPlaceNoun(k))
        }
        // "När jag kom till pendelparkeringen i Knivsta", "when I got to the car park": where the writer arrived.
        // "Igår kväll kom jag till Hotell Älvkanten": after a word of time the verb comes before its subject.
        // "I drove up to Idre Fjällparkering", "vi åkte till Hotell X": the place the writer travelled to.
        if tokens[index].folded == "till" || tokens[index].folded == "to",
           Self.arrivalVerbs.contains(tokens[index - 1])
            || (index > 1 && tokens[index].folded == "till" && Self.invertedSubjects.contains(tokens[index - 1]) && Self.arrivalVerbs.contains(tokens[index - 2]))
            || (index > 1 && Self.travelParticles.contains(tokens[index - 1]) && Self.arrivalVerbs.contains(tokens[index - 2]))
            // "Strömmen till Kulturhuset Vågen bryts", "the power to our charging park": what the power feeds.
            || Self.supplyNouns.contains(tokens[index - 1])
            // "installera de två nya laddarna till vår lagerhall Stigamo": where chargers delivered go.
            || chargersDeliveredTo(index)
            // "A visitor to Kontorshuset Kompassen tried both boxes": where a visitor came, by its name.
            || (Self.visitorNouns.contains(tokens[index - 1]) && index + 1 < tokens.count && tokens[index + 1].isCapitalized) { return true }
        // "I was visiting Svartvik church on Sunday", "vi besökte Bjärka Golfklubb": the place visited, by its name.
        // "while visiting the library in Vimmerby": or a kind of place with its town, as after "at".
        if Self.visitVerbs.contains(tokens[index]) {
            return index + 1 < tokens.count && (tokens[index + 1].isCapitalized
                || (index + 2 < tokens.count && tokens[index + 1].folded == "the" && tokens[index + 2].is(.placeNoun)))
        }
        // "Vi driver Gårdsbutiken Ekhaga utanför Sjöbo", "we run Hotel Tallen": the place the
        // writer's organisation runs, by its name, as "Vi på X" names it. "Jag driver ICA Maxi i
        // Haninge": a shopkeeper runs theirs alone.
        // "Vi äger och driver Rasta Ljungby", "we own Hotel Fjällgården": what they own, likewise.
        if Self.runVerbs.contains(tokens[index]) || Self.ownVerbs.contains(tokens[index]) {
            var subject = index - 1
            if index >= 3, Self.runVerbs.contains(tokens[index]), OwnerFinder.andWords.contains(tokens[index - 1]), Self.ownVerbs.contains(tokens[index - 2]) {
                subject = index - 3
            }
            // "I manage the Navet office building": an article before the name.
            let name = index + 2 < tokens.count && tokens[index + 1].folded == "the" ? index + 2 : index + 1
            guard name < tokens.count, tokens[name].isCapitalized, !tokens[name].is(.notPlace) else { return false }
            return tokens[subject].is(.we) || (Self.runVerbs.contains(tokens[index]) && (tokens[subject].folded == "jag" || tokens[subject].text == "I"))
        }
        // "Vi har tagit över Pensionat Solgläntan i Leksand", "we took over Hotel Tallen": the
        // place the writers have taken on, by its name, as a place they run.
        // "Vi har köpt Stall Björkhagen", "we bought Hotel Tallen": a place the writers bought.
        if tokens[index].folded == "over" && Self.takeVerbs.contains(tokens[index - 1]) || Self.buyVerbs.contains(tokens[index]) {
            var subject = Self.buyVerbs.contains(tokens[index]) ? index - 1 : index - 2
            if subject > 0, tokens[subject].is(.haveVerb) { subject -= 1 }
            guard subject >= 0, index + 1 < tokens.count, tokens[index + 1].isCapitalized, !tokens[index + 1].is(.notPlace) else { return false }
            return tokens[subject].is(.we)
        }
        // Not a country: "we moved to Sweden last year" says where the writer came, not where a charger stands.
        if tokens[index].folded == "till" || tokens[index].folded == "to" || tokens[index].folded == "into",
           Self.movingVerbs.contains(tokens[index - 1]) {
            return index + 1 < tokens.count && !Self.countries.contains(tokens[index + 1])
        }
        // "your report about Hotell Fjärden in Luleå", "angående Gallerian Kronan", "det gäller P-huset X": the matter is a
        // place, when a kind of site begins its name.
        if Self.topicWords.contains(tokens[index]) {
            guard index + 1 < tokens.count, tokens[index + 1].isCapitalized else { return false }
            // "Parkeringshuset Hattmakaren": a compound of a kind of place begins the name as a kind does.
            return tokens[index + 1].is(.siteType) || (Self.endsInPlaceNoun(tokens[index + 1].folded) && !Self.singleWordPlaceNouns.contains(tokens[index + 1].folded)
                && index + 2 < tokens.count && tokens[index + 2].spaceBefore && isNameWord(index + 2))
                // "Det gäller Ekhagens gård i Ödeshög": a name in the genitive, then the kind of place it is.
                || (index + 2 < tokens.count && OwnerFinder.isGenitiveThenPlaceNoun(tokens[index + 1], tokens[index + 2]))
        }
        // "i garaget under Stadshuset", "the car park under the Kvarnen mall": a place below another.
        if tokens[index].folded == "under" {
            return tokens[index - 1].kind == .word && (tokens[index - 1].is(.placeNoun) || isCompoundPlaceNoun(index - 1))
        }
        // "the building next to the City Library", "close to the station": a place by another.
        if tokens[index].folded == "to", Self.nearnessWords.contains(tokens[index - 1]) { return true }
        // "Jag är granne med Matbutiken Lillån": the site next door, by its kind of place ("granne med Anders" is a person).
        if tokens[index].folded == "med" {
            return Self.neighbourWords.contains(tokens[index - 1]) && index + 1 < tokens.count && tokens[index + 1].isCapitalized
                && (tokens[index + 1].is(.siteType) || Self.endsInPlaceNoun(tokens[index + 1].folded))
        }
        // "vid snöröjningen av pendelparkeringen i Knivsta": a common place that something was done to.
        if tokens[index].folded == "av" || tokens[index].folded == "of", index + 1 < tokens.count, tokens[index + 1].kind == .word,
           !tokens[index + 1].isCapitalized, tokens[index + 1].is(.placeNoun) || isCompoundPlaceNoun(index + 1) { return true }
        guard tokens[index].is(.entranceJoiner) else { return false }
        if tokens[index - 1].is(.entranceWord) || Self.isEntranceCompound(tokens[index - 1].folded) { return true }
        // "på parkeringen till Hotell Norrsken", "garaget till Brf Kastanjen": a common place
        // that belongs to the named site after it.
        return tokens[index].folded == "till" && tokens[index - 1].kind == .word && !tokens[index - 1].isCapitalized
            && (tokens[index - 1].is(.placeNoun) || isCompoundPlaceNoun(index - 1))
            && index + 1 < tokens.count && tokens[index + 1].spaceBefore && isNameWord(index + 1)
            // A site's kind or a name of two words: "körde från parkeringen till Stockholm" is a trip.
            && (tokens[index + 1].is(.siteType) || (index + 2 < tokens.count && tokens[index + 2].spaceBefore && isNameWord(index + 2)))
    }

    /// "personalingången", "huvudentrén": Swedish compounds that end in an
    /// entrance word: which entrance it is, written as one word.
    static func isEntranceCompound(_ folded: String) -> Bool {
        folded.utf8.count > 8 && entranceCompoundEndings.contains { folded.hasUTF8Suffix($0) }
    }
    static let entranceCompoundEndings = ["ingangen", "entren", "infarten", "utfarten"]

    static let neighbourWords: WordSet = ["granne", "grannar", "grannarna"]
    static let homesOnIslands: WordSet = ["house", "cottage", "cabin", "place", "home", "summerhouse", "farm", "villa"]
    static let joinerKeys = (["by", "on", "till", "to", "into", "av", "of", "called", "named", "heter", "under", "med", "over", "fran", "from"] + buyVerbs.words + visitVerbs.words + runVerbs.words + ownVerbs.words + topicWords.words)
        .map { Token.key(of: $0) }
    /// "Det gäller Parkeringshuset Hattmakaren", "this concerns Hotell Lyktan": the matter named by its verb too.
    static let topicWords: WordSet = ["about", "regarding", "om", "angaende", "ang", "galler", "gallande", "concerns", "concerning"]
    static let runVerbs = WordSet(["driver", "run", "operate"].map { TextFolding.fold($0) } + manageVerbs.words)
    static let ownVerbs: WordSet = ["ager", "own"]
    /// "tagit över", "took over": with "över"/"over" after them, taking on a business.
    static let takeVerbs: WordSet = ["tagit", "tog", "tar", "took", "taken", "take"]
    /// "Vi har köpt X": what the writers bought (see `OwnerFinder.buyVerbs`).
    static var buyVerbs: WordSet { OwnerFinder.buyVerbs }
    /// "Vi förvaltar Brf Kastanjen", "I manage Northpark Business Centre": a managing agent
    /// names the property it looks after; an address given later is the charger's within it.
    static let manageVerbs = WordSet(["förvaltar", "manage"].map { TextFolding.fold($0) })
    static let visitorNouns = WordSet(["visitor", "visitors", "guest", "guests", "besökare", "besökaren", "gäst", "gästen", "gäster"].map { TextFolding.fold($0) })
    static let visitVerbs = WordSet(["visiting", "visited", "besökte", "besöker", "besökt"].map { TextFolding.fold($0) })
    static let nearnessWords: WordSet = ["next", "close", "adjacent"]
    /// Who may stand between a Swedish verb and "till" when a word of time comes first ("kom jag till").
    static let invertedSubjects: WordSet = ["jag", "vi", "han", "hon", "de", "dom"]
    static let sentenceEnds: Set<String> = [".", "!", "?"]
    static let supplyNouns = WordSet(["strömmen", "elen", "matningen", "strömförsörjningen", "power", "electricity", "supply"].map { TextFolding.fold($0) })
    static let arrivalVerbs = WordSet(["kom", "kommer", "komma", "kommit", "came", "come", "got", "get", "arrived",
                                            // "the call-out to ICA Maxi Skellefteå", "utryckningen till X": a technician's visit there.
                                            "call-out", "callout", "visit", "utryckning", "utryckningen", "besok", "besoket",
                                            "drove", "went", "drive", "driven", "åkte", "körde", "åkt"].map { TextFolding.fold($0) })
    /// "leverera och installera de två nya laddarna till …", "install two more chargers to our
    /// depot": "till"/"to" right after the chargers, with a verb of delivering or installing
    /// (or a quote or order for them) before them in the clause. ("levererar till Lagerhall X" delivers goods, not chargers.)
    func chargersDeliveredTo(_ index: Int) -> Bool {
        guard index > 1, tokens[index - 1].kind == .word, Self.isChargerWord(tokens[index - 1].folded) else { return false }
        let sentence = tokens[index].sentence
        var k = index - 2
        while k >= 0, index - k <= 8, tokens[k].sentence == sentence {
            if Self.deliveryVerbs.contains(tokens[k]) { return true }
            k -= 1
        }
        return false
    }
    static let deliveryVerbs = WordSet(["leverera", "levereras", "installera", "installeras", "montera", "monteras", "flytta", "flyttas",
                                        "deliver", "delivered", "install", "installed", "mount", "mounted", "move", "moved",
                                        // "en offert på två laddare till vår anläggning X": chargers quoted or ordered for a place go there.
                                        "offert", "offerten", "prisförslag", "beställa", "beställt", "beställde", "köpa",
                                        "quote", "quotation", "order", "ordered", "buy"].map { TextFolding.fold($0) })
    static let travelParticles: WordSet = ["up", "down", "over", "out", "back", "upp", "ner", "ut", "tillbaka", "bort"]
    static let countries = WordSet(["sverige", "sweden", "norge", "norway", "danmark", "denmark", "finland", "tyskland", "germany",
                                    "england", "storbritannien", "uk", "usa", "europa", "europe", "spanien", "spain", "landet"].map { TextFolding.fold($0) })
    /// "I have just moved into BRF Granen 7", "vi flyttade till Brf Lärkan": where the writer lives now.
    static let movingVerbs: WordSet = ["moved", "move", "moving", "flyttat", "flyttade", "flyttar", "flytta"]
    static let entranceJoiners = WordSet(["till", "to", "of", "av"].map { TextFolding.fold($0) })
    /// Entrances, and the sides of a building: "på baksidan av Folkets Park", "at the back of X".
    static let entranceWords = WordSet(["entrén", "entren", "ingången", "infarten", "utfarten", "entrance", "entry", "exit",
                                    "baksidan", "framsidan", "gaveln", "kortsidan", "långsidan", "back", "rear", "side"].map { TextFolding.fold($0) })

    /// The index after "722 15" (past one comma) following `index`, if a postal code is there.
    func postalCode(after index: Int, within range: Range<Int>) -> Int? {
        var j = index
        // "Storgatan 12, 852 30 Sundsvall", or on the next line of an address block.
        if j < range.upperBound, tokens[j].text == "," || tokens[j].kind == .lineBreak { j += 1 }
        guard j + 1 < range.upperBound, tokens[j].kind == .number, tokens[j].text.utf8.count == 3,
              tokens[j + 1].kind == .number, tokens[j + 1].text.utf8.count == 2 else { return nil }
        return j + 2
    }
}
