/// What the sentence around a place says of it: whether an address is where the charger
/// stands or the writer's home, office, billing address or destination, a site named in the
/// genitive before a charger, and contrasts ("jag jobbar på X men laddaren står vid Y").
extension LocationFinder {
    /// The first street address after `start` in the sentence of `index`, not a billing one.
    func address(inSentenceOf index: Int, from start: Int, within range: Range<Int>) -> Mention? {
        let sentence = tokens[index].sentence
        var k = start
        while k < range.upperBound, tokens[k].sentence == sentence {
            if tokens[k].kind == .word, let address = address(at: k, within: range), !isBilling(address.range, within: range) { return address }
            k += 1
        }
        return nil
    }

    /// An address in the sentence after that of `index` which names the charger before it
    /// ("Laddarna står utanför vår bilhall på Hantverkargatan 7"): where the writer's place
    /// keeps its chargers.
    func chargerAddress(inSentenceAfter index: Int, within range: Range<Int>) -> Mention? {
        let sentence = tokens[index].sentence
        var k = index
        while k < range.upperBound, tokens[k].sentence == sentence { k += 1 }
        // Line breaks end a sentence of their own: skip them to the next one.
        while k < range.upperBound, tokens[k].kind == .lineBreak { k += 1 }
        guard k < range.upperBound else { return nil }
        let next = tokens[k].sentence
        var sawCharger = false
        while k < range.upperBound, tokens[k].sentence == next {
            if Self.chargerStems.contains(where: { tokens[k].folded.hasPrefix($0) }) { sawCharger = true }
            if sawCharger, tokens[k].kind == .word, let address = address(at: k, within: range) {
                return isBilling(address.range, within: range) || isResidence(address.range.lowerBound, within: range) ? nil : address
            }
            k += 1
        }
        return nil
    }

    /// "laddaren på Storgatan 3", "the charger at 5 Elm Close": a charger noun and a preposition
    /// right before the address.
    func followsChargerNoun(_ addressStart: Int, within range: Range<Int>) -> Bool {
        let k = addressStart - 2
        guard k >= range.lowerBound, tokens[k + 1].is(.preposition), tokens[k].kind == .word else { return false }
        func isCharger(_ i: Int) -> Bool {
            Self.chargerStems.contains { tokens[i].folded.hasPrefix($0) } || OwnerFinder.chargerBrands.contains(tokens[i])
        }
        if isCharger(k) { return true }
        // "Deras Zaptec vid kontoret på Sågverksvägen 1": the charger by a common place, then its street.
        return k - 2 >= range.lowerBound && !tokens[k].isCapitalized
            && (tokens[k].is(.placeNoun) || Self.endsInPlaceNoun(tokens[k].folded) || Self.buildingNouns.contains(tokens[k]))
            && tokens[k - 1].is(.preposition) && tokens[k - 2].kind == .word && isCharger(k - 2)
    }

    /// The site whose name in the genitive stands right before `thing`, in the nominative: a
    /// name that starts with a kind of site ("Hotell Norrskens") or ends in a place noun
    /// ("Kalmar Badhus", "Kallbadhusets"). Not a person's ("Anna Bergs laddare").
    func genitiveSite(before thing: Int, within range: Range<Int>) -> String? {
        let k = thing - 1
        let genitive = tokens[k].text
        let nominative: Substring
        if genitive.hasSuffix("'s") || genitive.hasSuffix("\u{2019}s") || genitive.hasSuffix(":s") { nominative = genitive.dropLast(2) }
        else { nominative = genitive.dropLast() }
        guard nominative.utf8.count >= 3 else { return nil }
        var start = k
        while start > range.lowerBound, k - start < 3, tokens[start].spaceBefore, tokens[start - 1].kind == .word || tokens[start - 1].kind == .number,
              tokens[start - 1].isCapitalized || tokens[start - 1].kind == .number, tokens[start - 1].sentence == tokens[k].sentence,
              !tokens[start - 1].is(.notPlace), !tokens[start - 1].is(.preposition), !tokens[start - 1].is(.swedish) || tokens[start - 1].is(.siteType) {
            start -= 1
        }
        let foldedNominative = TextFolding.fold(String(nominative))
        let typedStart = tokens[start].is(.siteType) || (start < k && (tokens[start].is(.placeNoun) || Self.endsInPlaceNoun(tokens[start].folded)))
        let placeEnd = Self.endsInPlaceNoun(foldedNominative) && !Self.singleWordPlaceNouns.contains(foldedNominative)
        guard typedStart || placeEnd, !(start == k && tokens[k].is(.siteType)) else { return nil }
        return start < k ? text(start..<k) + " " + nominative : String(nominative)
    }

    /// `site` in the nominative when its last word is a genitive ("Taxi Kalmars") that a
    /// charger noun follows; nil otherwise. A name that ends in "s" itself ("Hotell Paris
    /// laddare") reads as a genitive too: Swedish writes those alike.
    func genitiveBeforeCharger(_ site: Range<Int>, within range: Range<Int>) -> String? {
        let last = site.upperBound - 1
        guard site.upperBound < range.upperBound, tokens[site.upperBound].kind == .word, !tokens[site.upperBound].isCapitalized,
              tokens[last].kind == .word, tokens[last].isCapitalized, tokens[last].folded.utf8.count >= 4,
              tokens[last].folded.hasUTF8Suffix("s"), !tokens[last].folded.hasUTF8Suffix("ss"),
              Self.chargerStems.contains(where: { tokens[site.upperBound].folded.hasPrefix($0) }) else { return nil }
        let genitive = tokens[last].text
        let nominative = genitive.hasSuffix("'s") || genitive.hasSuffix("\u{2019}s") || genitive.hasSuffix(":s") ? genitive.dropLast(2) : genitive.dropLast()
        return last > site.lowerBound ? text(site.lowerBound..<last) + " " + nominative : String(nominative)
    }

    /// The beginnings of the nouns for a charger, in every form ("laddarna", "laddboxarna", "chargers").
    static let chargerStems = ["laddare", "laddarn", "laddbox", "laddstolp", "laddstation", "laddpunkt", "snabbladdar", "charger", "wallbox"]

    /// "jag bor på Lingonvägen 3", "I live at …": where the writer lives, which the charger
    /// may or may not be at.
    func isResidence(_ addressStart: Int, within range: Range<Int>) -> Bool {
        var k = addressStart - 1
        // "Jag bor själv i Lindesberg, Bergslagsvägen 3": the town first, then its street.
        if k - 1 > range.lowerBound, tokens[k].text == ",", tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized,
           tokens[k - 2].folded == "i" || tokens[k - 2].folded == "in" {
            k -= 2
        }
        // "Jag flyttade till Kalmar i somras", "we moved to Lund": where the writer lives now.
        if k > range.lowerBound, tokens[k].folded == "till" || tokens[k].folded == "to", Self.movingVerbs.contains(tokens[k - 1]) { return true }
        if k >= range.lowerBound, tokens[k].is(.siteAddressJoiner) || tokens[k].folded == "i" || tokens[k].folded == "in" { k -= 1 }
        // "bor själv på …", "I now live at …": a word of who or since when between.
        if k > range.lowerBound, Self.residenceAdverbs.contains(tokens[k]) { k -= 1 }
        guard k >= range.lowerBound else { return false }
        if tokens[k].is(.residenceVerb) { return true }
        // "Nu bor jag i kv. Gjuteriet": the verb before its subject, after a word of time.
        if k > range.lowerBound, tokens[k].folded == "jag" || tokens[k].folded == "vi", tokens[k - 1].is(.residenceVerb) { return true }
        // "Vårt kontor ligger på Storgatan 14 … men laddaren står vid verkstaden på …": the
        // writer's office, like their home, is the location only when nothing else is named.
        // Only with the verb: "the charger at our office at …" is the charger's place.
        guard Self.locatingVerbs.contains(tokens[k]) else { return false }
        k -= 1
        return k >= range.lowerBound && Self.officeNouns.contains(tokens[k])
    }

    /// The sentence goes on with "men"/"but" and then speaks of a charger: what came before is
    /// set against the charger's place.
    func isSetAgainstCharger(after index: Int, within range: Range<Int>) -> Bool {
        guard index < range.upperBound else { return false }
        let sentence = tokens[index - 1].sentence
        var k = index
        var contrasted = false
        while k < range.upperBound, tokens[k].sentence == sentence {
            if Extractor.contrastWords.contains(tokens[k]) { contrasted = true }
            else if contrasted, tokens[k].kind == .word, Self.chargerStems.contains(where: { tokens[k].folded.hasPrefix($0) }) { return true }
            k += 1
        }
        return false
    }

    static let residenceAdverbs = WordSet(["själv", "också", "nu", "numera", "fortfarande", "myself", "also", "now", "still"].map { TextFolding.fold($0) })
    static let locatingVerbs: WordSet = ["ligger", "is", "finns"]
    static let officeNouns = WordSet(["kontor", "kontoret", "huvudkontor", "huvudkontoret", "office", "offices", "headquarters", "hq"].map { TextFolding.fold($0) })

    /// "flytta laddboxen till nya adressen Kastanjegatan 5", "move it to 5 Elm Close": where the
    /// charger is to go, not where it stands; the location only if nothing else is named.
    func isDestination(_ addressStart: Int, within range: Range<Int>) -> Bool {
        let sentence = tokens[addressStart].sentence
        var sawTo = false
        var k = addressStart - 1
        while k >= max(range.lowerBound, addressStart - 8), tokens[k].sentence == sentence {
            let word = tokens[k].folded
            if word == "till" || word == "to" { sawTo = true }
            if sawTo, word.hasPrefix("flytt") || Self.moveVerbs.contains(word) { return true }
            if Self.newWords.contains(word), k + 1 < addressStart, tokens[k + 1].folded.hasPrefix("adress") || tokens[k + 1].folded.hasPrefix("address") {
                return true
            }
            k -= 1
        }
        return false
    }

    static let moveVerbs: WordSet = ["move", "moving", "moved", "relocate", "relocating", "relocated"]
    static let newWords: WordSet = ["ny", "nya", "nytt", "new"]

    static let workedWords: WordSet = ["fungerade", "funkade", "worked"]
    static let workedNegations: WordSet = ["inte", "ej", "aldrig", "not", "never", "hasn't", "haven't", "hadn't"]

    /// From `start` to a contrastive conjunction in the same sentence, the text says it works
    /// ("och det funkar bra där, men …", "which works fine, but …"), not denied. Without the
    /// conjunction nothing is contrasted, and the place stands.
    func worksBeforeContrast(from start: Int, within range: Range<Int>) -> Bool {
        guard start < range.upperBound else { return false }
        let sentence = tokens[start].sentence
        var works = false
        var denied = false
        var k = start
        while k < range.upperBound, k - start < 14, tokens[k].sentence == sentence {
            if tokens[k].kind == .word {
                if Self.contrastWords.contains(tokens[k]) { return works && !denied }
                if tokens[k].is(.working) { works = true }
                if tokens[k].is(.negation) { denied = true }
            }
            k += 1
        }
        return false
    }
    static let contrastWords: WordSet = ["men", "but", "medan", "whereas", "while"]

    /// "jag brukar ladda på Torget i Hallsberg men nu laddar jag vid stationen", "I usually
    /// charge at X, but today …": where the writer usually charges, set against a "but", is
    /// not where the fault is; the place after the "but" is.
    func habitualBeforeContrast(_ siteStart: Int, _ end: Int, within range: Range<Int>) -> Bool {
        let sentence = tokens[siteStart].sentence
        var k = siteStart - 1
        var habitual = false
        while k >= range.lowerBound, siteStart - k <= 5, tokens[k].sentence == sentence {
            if Self.habitualWords.contains(tokens[k]) { habitual = true; break }
            // "I charged without problems at X last week, but the charger at Y …": it worked there.
            if Self.troubleWords.contains(tokens[k]), k > range.lowerBound, Self.withoutWords.contains(tokens[k - 1]) { habitual = true; break }
            k -= 1
        }
        guard habitual else { return false }
        var j = end
        while j < range.upperBound, j - end < 8, tokens[j].sentence == sentence {
            if tokens[j].kind == .word, Self.contrastWords.contains(tokens[j]) { return true }
            j += 1
        }
        return false
    }
    static let habitualWords: WordSet = ["brukar", "usually", "normally", "normalt", "vanligtvis", "vanligen"]
    static let withoutWords: WordSet = ["without", "utan"]
    static let troubleWords: WordSet = ["problems", "problem", "issues", "trouble", "problemen", "bekymmer", "krångel"]

    /// "det är inte Vallmovägen 12 utan Vallmovägen 14", "it's not at X but at Y": a negation
    /// just before the place and "utan"/"but" a few words after it rule the place out; the
    /// writer corrects an earlier reading, and the place after the conjunction is meant.
    func isRuledOut(_ place: Range<Int>, within range: Range<Int>) -> Bool {
        let sentence = tokens[place.lowerBound].sentence
        var k = place.lowerBound - 1
        var negated = false
        var written = false
        while k >= range.lowerBound, place.lowerBound - k <= 2, tokens[k].sentence == sentence {
            if tokens[k].is(.negation) { negated = true; break }
            if tokens[k].kind == .word, Self.writingVerbs.contains(tokens[k]) { written = true; break }
            k -= 1
        }
        guard negated || written else { return false }
        var j = place.upperBound
        while j < range.upperBound, j - place.upperBound < 6, tokens[j].sentence == sentence {
            if tokens[j].kind == .word, Self.correctionWords.contains(tokens[j]) || (written && tokens[j].folded == "men") {
                // "jag skrev Lärkstigen 7 men det ska vara Lärkstigen 9": what was written is
                // corrected only when the clause after says what it should be ("jag skrev om
                // Storgatan 5 men ingen svarade" rules nothing out).
                guard written else { return true }
                var m = j + 1
                while m < range.upperBound, m - j <= 4, tokens[m].sentence == sentence {
                    if tokens[m].kind == .word, Self.correctedWords.contains(tokens[m]) { return true }
                    m += 1
                }
                return false
            }
            j += 1
        }
        return false
    }
    static let correctionWords: WordSet = ["utan", "but", "rather"]
    /// "I wrote X", "jag skrev X": a place the writer reports having written, which a
    /// correction may follow. Folded.
    static let writingVerbs: WordSet = ["wrote", "written", "typed", "skrev", "skrivit", "angav", "angett", "uppgav", "uppgett"]
    /// What a correction says after "but": "it is", "it should be", "det ska vara", "jag menade". Folded.
    static let correctedWords: WordSet = ["ska", "skall", "should", "is", "it's", "ar", "menade", "meant", "correct", "korrekt", "ratt", "right"]

    /// The sentence says something worked, in the past and not denied: "då fungerade laddaren",
    /// "it worked fine there" (not "fungerade inte", "never worked").
    func saysItWorked(inSentence sentence: Int, within range: Range<Int>) -> Bool {
        for k in range where tokens[k].sentence == sentence && tokens[k].kind == .word && Self.workedWords.contains(tokens[k]) {
            let before = k > range.lowerBound && Self.workedNegations.contains(tokens[k - 1])
            let after = k + 1 < range.upperBound && Self.workedNegations.contains(tokens[k + 1])
            let afterSubject = k + 2 < range.upperBound && Self.workedNegations.contains(tokens[k + 2])
            if !before, !after, !afterSubject { return true }
        }
        return false
    }

    /// The clause around `index` says chargers work now ("Laddarna vid vårdcentralen i Karlstad
    /// fungerar som vanligt") and denies nothing; "I Umeå funkar allt, men vid X avbryts
    /// laddningen" speaks of X in a clause of its own.
    func saysItWorks(around index: Int, within range: Range<Int>) -> Bool {
        let sentence = tokens[index].sentence
        var start = index
        while start > range.lowerBound, tokens[start - 1].sentence == sentence, !tokens[start - 1].is(.clauseBreak) { start -= 1 }
        var end = index
        while end < range.upperBound, tokens[end].sentence == sentence, !tokens[end].is(.clauseBreak) { end += 1 }
        var works = false
        for k in start..<end where tokens[k].kind == .word {
            if tokens[k].is(.negation) { return false }
            if tokens[k].is(.working) { works = true }
        }
        return works
    }

    /// What an organisation offers that is no place: its reporting, systems and channels. Folded.
    static let serviceWords: WordSet = ["felanmalan", "felanmalningar", "arendesystem", "system", "systemet", "app", "appen", "portal",
                                            "portalen", "kundtjanst", "support", "hemsida", "hemsidan", "webbplats", "formular", "nat", "natet",
                                            "karta", "kartan", "register", "registret", "avtal", "avtalet"]

    /// Where a customer reads a charger's state, named by its maker or operator ("the Monta app"). Folded.
    static let appWords: WordSet = ["app", "appen", "portal", "portalen", "webbportal", "webbportalen", "kundportal", "kundportalen"]

    /// English words that make "station" or "point" a charger: "Charging station", "EV station".
    static let chargingModifiers: WordSet = ["charging", "charge", "charger", "ev", "electric"]

    static let stayVerbs: WordSet = ["staying", "stay", "stays", "stayed", "bodde", "overnattar", "overnattade"]
    static let residenceVerbs = WordSet(["bor", "live", "lives", "living"].map { TextFolding.fold($0) })
}
