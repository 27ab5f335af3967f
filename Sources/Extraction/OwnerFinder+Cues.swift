import Mail

/// The ownership cues: the words and phrases by which a writer calls a charger theirs
/// ("vår laddbox", "the charger we own", "vi har två laddare"), and the rules that
/// tell a cue that claims a charger from one that only names where the writer lives or parks.
extension OwnerFinder {
    /// "våra två Garo-laddare", "vår Easee-box": a charger named with its brand joined by a
    /// hyphen, which the vocabulary's words do not match as a whole.
    func brandCompounds() -> [PhraseMatcher<Phrase>.Hit] {
        var found: [PhraseMatcher<Phrase>.Hit] = []
        for i in tokens.indices where tokens[i].kind == .word {
            // "Jag har en Zaptec Go hemma", "my Easee": a charger named by its make alone.
            // The makes' names are no common words: written without a capital ("en easee home") too.
            // "Our two Kempower satellites": a count between.
            if i > 0, tokens[i - 1].is(.possessive) || Self.indefiniteArticleKeys.contains(tokens[i - 1].key)
                || (i > 1 && (tokens[i - 1].is(.countWord) || tokens[i - 1].kind == .number) && tokens[i - 2].is(.possessive)),
               Self.chargerBrands.contains(tokens[i]) {
                found.append(PhraseMatcher<Phrase>.Hit(start: i, end: i + 1, value: .ownedThing))
                continue
            }
            // "i vårt bussgarage", "vid vår personalingång", "our padel hall": a Swedish compound
            // names its kind by its last part, and the writer's own one of that kind is theirs.
            if i > 0, tokens[i - 1].is(.possessive), !tokens[i].hasHyphen,
               Self.compoundHeads.contains(where: { tokens[i].folded.utf8.count >= $0.utf8.count + 3 && tokens[i].folded.hasUTF8Suffix($0) }) {
                found.append(PhraseMatcher<Phrase>.Hit(start: i, end: i + 1, value: .ownedThing))
                continue
            }
            guard tokens[i].hasHyphen else { continue }
            let folded = tokens[i].folded.utf8
            guard let dash = folded.lastIndex(of: UInt8(ascii: "-")), dash != folded.startIndex else { continue }
            let tail = String(tokens[i].folded[tokens[i].folded.utf8.index(after: dash)...])
            if Self.chargerNouns.contains(tail) || Self.chargerStems.contains(where: { tail.hasPrefix($0) }) {
                found.append(PhraseMatcher<Phrase>.Hit(start: i, end: i + 1, value: .ownedThing))
            }
        }
        return found
    }

    /// Makes of home and workplace chargers, which people name their charger by. Not carmakers.
    static let chargerBrands: WordSet = ["easee", "zaptec", "garo", "wallbox", "alfen", "defa", "ctek", "keba", "etrel", "chargeamps", "kempower", "ensto"]
    /// "en", "ett", "a", "an": words of up to three bytes, whose key is the word itself.
    static let indefiniteArticleKeys = ["en", "ett", "a", "an"].map { Token.key(of: $0) }
    static let chargerNouns: WordSet = ["laddare", "laddaren", "laddarna", "box", "boxen", "boxar", "boxarna", "charger", "chargers"]
    static let chargerStems = ["laddbox", "laddstolp", "stolp"]
    /// Last parts of compounds that name a charger or premises (folded): "bussgaraget",
    /// "personalparkeringen", "padelhallen", "garageladdaren".
    static let compoundHeads = ["garage", "garaget", "parkering", "parkeringen", "depa", "depan", "kontor", "kontoret", "verkstad", "verkstaden",
                                "lager", "lagret", "butik", "butiken", "hall", "hallen", "laddare", "laddaren", "laddbox", "laddboxen",
                                "laddstolpe", "laddstolpen", "stolpe", "stolpen", "stuga", "stugan"]

    static let pluralQuantifiers: WordSet = ["bada", "alla", "tva", "tre", "fyra", "fem", "flera", "manga"]
    static let thirdPersonPronouns: WordSet = ["he", "she", "they", "han", "hon", "de", "dom"]
    static let clauseOpeners: WordSet = ["att", "that", "som", "which", "who", "nar", "when", "eftersom", "because"]
    static let journeyNouns: WordSet = ["way", "trip", "journey", "route", "drive", "commute", "vag", "vagen", "resa", "resan", "tur", "turen"]

    /// "Laddboxen vid vårt rökeri", "the charger outside our bakery": the writer's premises by a
    /// noun no list of premises can hold, and the charger at them their business's. Only for a
    /// writer who names a company: "laddstolpen utanför vår skola" from a parent names the school
    /// their child goes to, not premises of theirs.
    func chargerAtOurPremises() -> [PhraseMatcher<Phrase>.Hit] {
        var found: [PhraseMatcher<Phrase>.Hit] = []
        for i in tokens.indices where i >= 3 && tokens[i - 1].is(.possessive) && Self.isCaseRole(tokens[i].role) {
            guard Self.premisesPrepositions.contains(tokens[i - 2]), Self.firstPersonPossessives.contains(tokens[i - 1]),
                  tokens[i].kind == .word, !tokens[i].isCapitalized, tokens[i].folded.utf8.count >= 3,
                  tokens[i].sentence == tokens[i - 2].sentence, !Self.notPremisesWords.contains(tokens[i]) else { continue }
            let sentence = tokens[i].sentence
            let afterCharger = (max(0, i - 6)..<(i - 2)).contains { k in
                tokens[k].sentence == sentence && tokens[k].kind == .word && LocationFinder.chargerStems.contains { tokens[k].folded.hasPrefix($0) }
            }
            if afterCharger { found.append(.init(start: i, end: i + 1, value: .ownedThing)) }
        }
        guard !found.isEmpty,
              allOrganisations().contains(where: { $0.organisation.kind == .company && $0.role != .returned && $0.role != .subject }) else { return [] }
        return found
    }
    static let premisesPrepositions = WordSet(["vid", "utanför", "framför", "bakom", "at", "outside"].map { TextFolding.fold($0) })
    static let firstPersonPossessives = WordSet(["vår", "vårt", "våra", "vårat", "min", "mitt", "our", "my"].map { TextFolding.fold($0) })
    /// Words after "vid vår" that are no premises: a time ("vid vår senaste laddning"), an
    /// occasion ("at our request"), a car or an app.
    static let notPremisesWords = WordSet(["senaste", "sista", "första", "förra", "tidigare", "last", "first", "previous", "recent", "latest",
                                            "request", "expense", "cost", "end", "disposal", "convenience", "besök", "ankomst", "avresa", "visit",
                                            "arrival", "departure", "bil", "bilen", "bilar", "car", "cars", "app", "appen", "sida", "hemsida",
                                            "website", "kund", "kunder", "kunderna", "customer", "customers", "gäster", "guests", "begäran"]
        .map { TextFolding.fold($0) })

    /// "våra två laddstolpar": a possessive, then an owned thing within three words.
    func possessiveHits(_ things: [PhraseMatcher<Phrase>.Hit]) -> [PhraseMatcher<Phrase>.Hit] {
        things.compactMap { thing in
            // "my Chargeamps tag", "min Easee-bricka": a make that names the writer's card, not a charger of theirs.
            if thing.end < tokens.count, tokens[thing.end].spaceBefore, Self.cardWords.contains(tokens[thing.end]) { return nil }
            var k = thing.start - 1
            var words = 0
            while k >= 0, words < 3, tokens[k].sentence == tokens[thing.start].sentence {
                // "fast i min lastbil, laddaren EH… vill inte släppa": a comma closes the possessive's
                // own phrase; the thing after it is not said to be theirs.
                if tokens[k].kind == .punctuation, Self.phraseBreaks.contains(tokens[k].text) { return nil }
                if tokens[k].kind == .word || tokens[k].kind == .number {
                    // "min pappas laddbox": a relative's, not the writer's.
                    if isRelativeGenitive(k) { return nil }
                    // "on my way home", "på min väg hem": the possessive has its own noun, a way,
                    // and the home is where the writer goes, not a place with their charger.
                    if Self.journeyNouns.contains(tokens[k]) { return nil }
                    // "mitt laddkort till laddboxarna", "my card for the chargers": the possessive
                    // has its own noun before a preposition; the thing after it is not said to be theirs.
                    if tokens[k].is(.preposition) || Self.cardWords.contains(tokens[k]) { return nil }
                    // "vår väktare att laddstolpen", "our guard that the charger": a clause begins
                    // between them; the possessive had its own noun before it.
                    if Self.clauseOpeners.contains(tokens[k]) { return nil }
                    // "var båda laddstolparna släckta" typed without diacritics: "vår" and "vårt"
                    // take no plural, so "var" before "båda" or "två" is the verb.
                    if tokens[k].is(.possessive), tokens[k].folded == "var" || tokens[k].folded == "vart", k + 1 < thing.start,
                       Self.pluralQuantifiers.contains(tokens[k + 1]) { return nil }
                    // "Det var den vänstra stolpen" typed without diacritics: "vår" takes no article after it.
                    if tokens[k].is(.possessive), tokens[k].folded == "var" || tokens[k].folded == "vart", k + 1 < thing.start,
                       Self.swedishArticles.contains(tokens[k + 1]) { return nil }
                    // "Kan du berätta var laddaren sitter", typed without diacritics: "vår" takes
                    // the indefinite form ("vår laddare"), so "var" before a definite noun is "where",
                    // and "vara" ("Kan det vara laddboxen?") is "to be"; so is "var" a few words
                    // before one ("Var star laddboxen?").
                    if tokens[k].is(.possessive), tokens[k].folded == "var" || tokens[k].folded == "vart" || tokens[k].folded == "vara",
                       tokens[k].text.utf8.allSatisfy({ $0 < 0x80 }), Self.isDefinite(tokens[thing.start].folded) { return nil }
                    if tokens[k].is(.possessive) {
                        // "vår fastighetsskötare", "our garage manager": a person the writer's side
                        // employs, whose title begins like a thing it owns.
                        if Self.isJobTitle(tokens[thing.end - 1].folded) { return nil }
                        // "kommunens parkeringsenhet", "the council's parking department": a part
                        // of the writer's organisation, named like a thing it owns, is no charger of it.
                        if Self.isOrganisationalUnit(tokens[thing.end - 1].folded)
                            || (thing.end < tokens.count && tokens[thing.end].spaceBefore && Self.unitWords.contains(tokens[thing.end])) { return nil }
                        return PhraseMatcher<Phrase>.Hit(start: k, end: thing.end, value: .cue)
                    }
                    words += 1
                }
                k -= 1
            }
            return nil
        }
    }

    static let collectiveGenitives = WordSet(["samfällighets", "samfällighetens", "förenings", "föreningens", "brf:s", "brf:ens",
                                              "bostadsrättsförenings", "association's", "hoa's"].map { TextFolding.fold($0) })
    static let swedishArticles: WordSet = ["den", "det", "de", "en", "ett"]
    static let phraseBreaks: Set<String> = [",", ";", ":", "(", ")"]

    /// A Swedish noun in its definite form: "laddaren", "laddboxen", "garaget", "laddboxarna".
    /// Not "-het" ("fastighet", "enhet"): those nouns are indefinite, their definite form is "-heten".
    static func isDefinite(_ folded: String) -> Bool {
        folded.utf8.count >= 5 && (folded.hasSuffix("en") || (folded.hasSuffix("et") && !folded.hasSuffix("het")) || folded.hasSuffix("na"))
    }

    /// A charge card or tag: "mitt laddkort", "my RFID tag" is the writer's card, not their charger.
    static let cardWords = CategoryClassifier.cardWords.union(["laddkort", "laddkortet", "rfid-bricka", "rfid-brickan", "laddbricka", "laddbrickan",
                                                                "laddtagg", "laddtaggen"])

    /// Who writes for someone else, not the owner: no lone name is taken after these.
    static let onBehalfLabels: WordSet = ["on behalf of", "for rakning"]
    /// "have" and "own": "vi har två laddboxar", "we own four posts".
    static let haveWords = WordSet(["har", "have", "has", "äger", "own", "owns"].map { TextFolding.fold($0) })
    static let weWords: WordSet = ["vi", "we"]
    static let ourWords = WordSet(["our", "vår", "vårt"].map { TextFolding.fold($0) })
    /// What a writer calls their own side besides the owner kinds: "our club owns", "vår kyrka äger".
    static let writersSideNouns = WordSet(["club", "church", "school", "klubb", "kyrka", "församling", "skola"].map { TextFolding.fold($0) })
    /// "two of your chargers", "två av laddarna": the word after the count, then an article or possessive.
    static let partitiveWords: WordSet = ["of", "av"]
    /// The desk's side, in "two of your chargers", "en av era laddare".
    static let yourWords: WordSet = ["your", "era", "ert", "er"]
    static let englishHaveVerbs: WordSet = ["own", "have"]
    /// "Vi köpte två Wallbox-laddare av er": what the writer bought is theirs, as what they have is.
    static let buyVerbs = WordSet(["köpte", "köpt", "bought", "purchased"].map { TextFolding.fold($0) })
    /// Words that may stand between "have" and the thing had: a count, an indefinite article or
    /// a time adverb, or a brand ("redan två Easee-laddare", "a Zaptec charger"). "the" and
    /// "problem" may not.
    static let countWords = WordSet(["en", "ett", "två", "tre", "fyra", "fem", "sex", "åtta", "tio", "flera", "några", "många", "egen", "egna",
                                 "sju", "nio", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                 "several", "some", "many", "own",
                                 "redan", "också", "även", "nu", "already", "also", "now",
                                 // "Vi har idag en laddare från er", "we currently have two chargers".
                                 "idag", "today", "currently"].map { TextFolding.fold($0) })

    /// "Vi har två laddboxar", "Vi på Västerås stad har en laddstolpe", "I garaget har vi tre
    /// laddare", "We at Northwind have six chargers": the writer's side has the thing.
    /// "Vi i föreningen äger laddarna", "We as a company own the chargers": the writer's side
    /// owns it, with words between "we" and the verb that the plain cue "vi äger" does not allow.
    /// "Samfälligheten äger tre laddstolpar", "We own two chargers": a count between the verb
    /// and the thing, which the vocabulary's fixed phrases ("äger laddstolp*") do not reach.
    func countedOwnership(_ hits: [PhraseMatcher<Phrase>.Hit]) -> [PhraseMatcher<Phrase>.Hit] {
        hits.compactMap { thing in
            guard thing.value == .ownedThing, thing.start >= 2 else { return nil }
            var countIndex = thing.start - 1
            // "Our parish owns two of your chargers there", "äger två av laddarna": a part of them.
            if countIndex >= 3, Self.partitiveWords.contains(tokens[countIndex - 1]) { countIndex -= 2 }
            else if countIndex >= 2, Self.partitiveWords.contains(tokens[countIndex]) { countIndex -= 1 }
            let count = tokens[countIndex]
            var verb = countIndex - 1
            // "Knivsta kommun äger de tre laddstolparna", "X owns the three chargers": an article before the count.
            if verb > 0, Self.definiteArticles.contains(tokens[verb]) { verb -= 1 }
            guard verb >= 0, count.is(.countWord) || count.kind == .number, tokens[verb].sentence == tokens[thing.start].sentence else { return nil }
            // "Kalmar kommun har två laddstolpar vid badhuset": an organisation that has a number
            // of them owns them; a person who "har två laddboxar" may rent or use them.
            let organisationHas = tokens[verb].is(.haveVerb) && verb > 0
                && (organisation(endingAt: verb) != nil || (tokens[verb - 1].kind == .word && namedOrganisation(for: tokens[verb - 1].text) != nil))
            guard Self.ownVerbs.contains(tokens[verb]) || organisationHas else { return nil }
            return .init(start: verb, end: thing.end, value: .ownerBefore)
        }
    }

    /// "Laddstolpe nr 3 av våra fyra", "the left one of our two": the charger is one of a
    /// number of them that the writer's side calls theirs; the number stands for the noun the
    /// sentence began with, so no owned thing follows the possessive.
    func partOfOurs() -> [PhraseMatcher<Phrase>.Hit] {
        var found: [PhraseMatcher<Phrase>.Hit] = []
        for i in tokens.indices.dropFirst() where tokens[i].is(.possessive) && Self.isCaseRole(tokens[i].role) && i + 1 < tokens.count
            && Self.partitiveWords.contains(tokens[i - 1]) && Self.numerals.contains(tokens[i + 1]) {
            // "av våra fyra laddare" has its noun, which the phrases already read.
            if i + 2 < tokens.count, tokens[i + 2].sentence == tokens[i].sentence, tokens[i + 2].kind == .word, !tokens[i + 2].is(.preposition) { continue }
            let sentence = tokens[i].sentence
            let isCharger = (max(0, i - 6)..<(i - 1)).contains { k in
                tokens[k].sentence == sentence && tokens[k].kind == .word && LocationFinder.chargerStems.contains { tokens[k].folded.hasPrefix($0) }
            }
            if isCharger { found.append(.init(start: i, end: i + 2, value: .cue)) }
        }
        return found
    }
    /// "two more chargers next to the one we have (KC2900101)", "laddaren bredvid den vi har":
    /// a pronoun for the charger the sentence has named, then who has it. Only where the
    /// phrase ends ("den vi har bokat" is a booking) and a charger was named before it.
    func oneWeHave() -> [PhraseMatcher<Phrase>.Hit] {
        var found: [PhraseMatcher<Phrase>.Hit] = []
        // Asked of every token: two key compares dismiss all but "den" and "one".
        let (denKey, oneKey) = (Self.denKey, Self.oneKey)
        for i in tokens.indices where i + 3 < tokens.count && tokens[i].kind == .word && Self.isCaseRole(tokens[i].role) {
            // "de två ABB-laddare vi redan har": the charger itself, then the writers who have it.
            let isCharger = tokens[i + 1].is(.we) && Self.isChargerNoun(tokens[i])
            guard tokens[i].key == denKey || tokens[i].key == oneKey || isCharger else { continue }
            var k = i + 1
            if tokens[k].folded == "som" || tokens[k].folded == "that" { k += 1 }
            guard k + 1 < tokens.count, tokens[k].is(.we) || tokens[k].folded == "i" || tokens[k].folded == "jag" else { continue }
            // "den vi redan har där", "the one we already have there": an adverb of time or place
            // on either side of the verb.
            if Self.haveAdverbs.contains(tokens[k + 1]), k + 2 < tokens.count { k += 1 }
            guard tokens[k + 1].folded == "har" || tokens[k + 1].folded == "have" else { continue }
            var end = k + 2
            while end < tokens.count, end < k + 4, tokens[end].sentence == tokens[i].sentence, Self.haveAdverbs.contains(tokens[end]) { end += 1 }
            if end < tokens.count, tokens[end].sentence == tokens[i].sentence, tokens[end].kind == .word, !tokens[end].is(.preposition),
               !Self.haveMeans.contains(tokens[end]) { continue }
            let sentence = tokens[i].sentence
            let named = isCharger || (max(0, i - 10)..<i).contains { j in
                tokens[j].sentence == sentence && tokens[j].kind == .word && LocationFinder.chargerStems.contains { tokens[j].folded.hasPrefix($0) }
            }
            if named { found.append(.init(start: i, end: end, value: .cue)) }
        }
        return found
    }
    static let denKey = Token.key(of: "den"), oneKey = Token.key(of: "one")

    /// A charger word, or a compound ending in one ("ABB-laddare", "Garo-boxen").
    static func isChargerNoun(_ token: Token) -> Bool {
        if LocationFinder.isChargerWord(token.folded) { return true }
        guard token.hasHyphen, let dash = token.folded.utf8.lastIndex(of: UInt8(ascii: "-")) else { return false }
        return LocationFinder.isChargerWord(String(token.folded[token.folded.utf8.index(after: dash)...]))
    }
    /// "de laddare vi har via avtal SLA-…": how the writers came to have it, after the verb.
    static let haveMeans = WordSet(["via", "genom", "från", "sedan", "through", "from", "since"].map { TextFolding.fold($0) })
    static let haveAdverbs = WordSet(["redan", "också", "där", "här", "idag", "nu", "already", "also", "there", "here", "today", "now", "currently"]
        .map { TextFolding.fold($0) })

    /// "Vi i Gräsandens samfällighetsförening vill utöka …": the members speak for their joint
    /// property association, as "vi i Brf X" speaks for the housing association.
    func weInAssociation() -> [PhraseMatcher<Phrase>.Hit] {
        var found: [PhraseMatcher<Phrase>.Hit] = []
        for i in tokens.indices where tokens[i].is(.we) && Self.isCaseRole(tokens[i].role) && i + 3 < tokens.count {
            guard Self.inWords.contains(tokens[i + 1]), tokens[i + 2].isCapitalized, tokens[i + 2].kind == .word,
                  tokens[i + 3].kind == .word, !tokens[i + 3].isCapitalized, LocationFinder.jointPropertyWords.contains(tokens[i + 3])
                    || tokens[i + 3].folded.hasPrefix("bostadsrattsforening") else { continue }
            found.append(.init(start: i, end: i + 4, value: .cue))
        }
        return found
    }
    static let inWords = WordSet(["i", "in", "på", "at"].map { TextFolding.fold($0) })

    static let numerals = WordSet(["två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "two", "three", "four", "five", "six",
                                   "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10"].map { TextFolding.fold($0) })

    /// Whether quoted token `index` stands in a message that greets the writer by first name
    /// ("> Hej Jessica, … Det finns bara en registrerad hos oss."): the other side wrote it, and
    /// its "oss" and "vi" are theirs. The greeting opens the cue's paragraph, or stands alone
    /// in the one above ("Hej Jessica,", then the text); the writer's own original, quoted
    /// deeper, is a paragraph of its own (see `CaseText.unquote`) and greets no one by that name.
    func isAddressedToWriter(_ index: Int) -> Bool {
        guard let first = message.from?.personalName.map(Self.givenNameFirst)?.split(separator: " ").first else { return false }
        let writer = TextFolding.fold(String(first))
        func greetsWriter(_ k: Int) -> Bool {
            guard tokens[k].kind == .word, Self.greetingWords.contains(tokens[k]), k + 1 < tokens.count else { return false }
            return tokens[k + 1].kind == .word && tokens[k + 1].folded == writer
        }
        /// The first token of the paragraph holding `k`, and whether a blank line is above it.
        func paragraphStart(_ k: Int) -> Int {
            var k = k
            while k > 0, tokens[k - 1].role == .quoted, !(tokens[k - 1].kind == .lineBreak && k >= 2 && tokens[k - 2].kind == .lineBreak) { k -= 1 }
            return k
        }
        var start = paragraphStart(index)
        while start < index, tokens[start].kind == .lineBreak { start += 1 }
        if greetsWriter(start) { return true }
        // A greeting alone on the line above a blank line: "Hej Jessica," then the text.
        var above = start - 1
        while above >= 0, tokens[above].kind == .lineBreak, tokens[above].role == .quoted { above -= 1 }
        guard above >= 0, tokens[above].role == .quoted else { return false }
        let line = paragraphStart(above)
        let words = tokens[line...above].filter(\.isWordLike)
        return words.count <= 3 && greetsWriter(line)
    }
    static let greetingWords = WordSet(["hej", "hejsan", "hallå", "hi", "hello", "dear", "tjena"].map { TextFolding.fold($0) })

    /// "Laddboxen är vår.", "The charger is ours.": "ours" said of it, ending the clause (not
    /// "det är vår tur", "är vårt tredje ärende", where a noun follows).
    func predicateOurs() -> [PhraseMatcher<Phrase>.Hit] {
        var found: [PhraseMatcher<Phrase>.Hit] = []
        for i in tokens.indices.dropLast() where Self.isCaseRole(tokens[i].role) && tokens[i].kind == .word && Self.presentCopulas.contains(tokens[i]) {
            let owner = i + 1
            guard Self.predicateOurWords.contains(tokens[owner])
                // "Den är min och ni installerade den i somras": the writer's own, when "it" or
                // the charger is what is said to be theirs ("felet är mitt" is no ownership).
                || (Self.predicateMyWords.contains(tokens[owner]) && i > 0 && tokens[i - 1].sentence == tokens[i].sentence
                    && (Self.itPronouns.contains(tokens[i - 1]) || LocationFinder.isChargerWord(tokens[i - 1].folded))) else { continue }
            let next = owner + 1
            // A clause may follow its conjunction: "den är vår och har fungerat bra".
            guard next >= tokens.count || tokens[next].kind == .lineBreak || (tokens[next].kind == .punctuation && tokens[next].text != "-")
                || Self.clauseConjunctions.contains(tokens[next]) else { continue }
            found.append(.init(start: i, end: owner + 1, value: .cue))
        }
        return found
    }
    static let presentCopulas: WordSet = ["ar", "is", "are"]
    static let clauseConjunctions: WordSet = ["och", "and", "men", "but"]

    /// "Det har inte ändrats något hos oss", "inget har hänt hos oss": "hos oss" after a
    /// word of change is the writer's side of a connection, not a place of theirs.
    /// "Ärendenummer hos oss: 2026-1204-03": after a reference's name, or before the colon of a
    /// label, it says whose the number is.
    func isOurSide(_ cue: PhraseMatcher<Phrase>.Hit) -> Bool {
        guard cue.end - cue.start == 2, tokens[cue.start].folded == "hos", tokens[cue.start + 1].folded == "oss" else { return false }
        if cue.end < tokens.count, tokens[cue.end].text == ":" { return true }
        // "Hos oss i Boxholm finns en laddstolpe vid Församlingshemmet": "here in our town", a
        // town by name, not the writer's home.
        if cue.end + 1 < tokens.count, tokens[cue.end].folded == "i", tokens[cue.end + 1].kind == .word, tokens[cue.end + 1].isCapitalized,
           tokens[cue.end + 1].sentence == tokens[cue.start].sentence, !tokens[cue.end + 1].is(.placeNoun), !tokens[cue.end + 1].is(.siteType) { return true }
        if cue.start > 0, tokens[cue.start - 1].kind == .word, Self.referenceNames.contains(tokens[cue.start - 1])
            || tokens[cue.start - 1].folded.hasSuffix("nummer") { return true }
        let sentence = tokens[cue.start].sentence
        return (max(0, cue.start - 4)..<cue.start).contains { tokens[$0].sentence == sentence && Self.changeWords.contains(tokens[$0]) }
    }
    /// "Vi har verkstaden bredvid Taxidepån Hemsta och såg att en av laddarna där …": the
    /// writers' own premises, named as the landmark of the place with the charger; the
    /// charger stands next to what is theirs, not in it.
    func premisesBesideAnother(_ cue: PhraseMatcher<Phrase>.Hit) -> Bool {
        guard cue.end < tokens.count, cue.end > cue.start else { return false }
        let thing = tokens[cue.end - 1].folded
        guard !LocationFinder.chargerStems.contains(where: { thing.hasPrefix($0) }) else { return false }
        // "Vår bilhall ligger mittemot brandstationen": a verb of place may come between.
        let at = cue.end + 1 < tokens.count && Self.positionVerbs.contains(tokens[cue.end]) ? cue.end + 1 : cue.end
        let next = tokens[at]
        if Self.besideWords.contains(next) { return true }
        return at + 1 < tokens.count && (next.folded == "next" || next.folded == "close") && tokens[at + 1].folded == "to"
    }
    static let positionVerbs = WordSet(["ligger", "står", "is", "lies", "sits"].map { TextFolding.fold($0) })
    static let besideWords = WordSet(["bredvid", "intill", "mittemot", "beside", "opposite", "near"].map { TextFolding.fold($0) })

    /// "Vi har en Easee-laddbox hemma hos min mamma": what the writers "have" stands at a
    /// relative's, whose it is (see `chargerAtRelatives` for one the writer names). Within six
    /// words after the cue, in its sentence: "(hemma) hos" or "at", a possessive, a relative.
    func standsAtRelatives(_ cue: PhraseMatcher<Phrase>.Hit) -> Bool {
        let sentence = tokens[cue.start].sentence
        var k = cue.end
        while k + 2 < tokens.count, k < cue.end + 6, tokens[k].sentence == sentence {
            if tokens[k].folded == "hos" || tokens[k].folded == "at", tokens[k + 1].is(.possessive),
               Self.relativeNouns.contains(tokens[k + 2]) || Self.relativeGenitives.contains(tokens[k + 2]) { return true }
            k += 1
        }
        return false
    }

    static let referenceNames = WordSet(["nr", "referens", "ref", "ärende", "ärendet", "id", "diarienr"].map { TextFolding.fold($0) })
    static let changeWords = WordSet(["ändrats", "ändrat", "ändrad", "förändrats", "förändrat", "hänt", "gjort"].map { TextFolding.fold($0) })

    /// "you installed two Zaptec chargers for us last year", "ni installerade en laddbox åt mig":
    /// the charger the desk's side put up for the writers is theirs, as what is "hos oss" is.
    func installedForUs() -> [PhraseMatcher<Phrase>.Hit] {
        var found: [PhraseMatcher<Phrase>.Hit] = []
        for i in tokens.indices where Self.isCaseRole(tokens[i].role) && tokens[i].kind == .word && Self.installVerbs.contains(tokens[i]) {
            var k = i + 1
            while k + 1 < tokens.count, k - i <= 6, tokens[k].sentence == tokens[i].sentence, tokens[k].isWordLike {
                // What was installed is a charger: "installed a new fuse for us" is no claim.
                if Self.forWords.contains(tokens[k]), Self.usWords.contains(tokens[k + 1]),
                   tokens[(i + 1)..<k].contains(where: { word in LocationFinder.chargerStems.contains { word.folded.hasPrefix($0) } }) {
                    found.append(.init(start: i, end: k + 2, value: .cue))
                    break
                }
                k += 1
            }
        }
        return found
    }
    static let unitWords = WordSet(["enhet", "enheten", "avdelning", "avdelningen", "förvaltning", "förvaltningen", "sektion", "sektionen",
                                    "department", "unit", "section", "team"].map { TextFolding.fold($0) })
    static func isOrganisationalUnit(_ folded: String) -> Bool {
        ["enhet", "enheten", "avdelning", "avdelningen", "forvaltning", "forvaltningen", "sektion", "sektionen"].contains { folded.utf8.count > $0.utf8.count + 3 && folded.hasUTF8Suffix($0) }
    }
    static let installVerbs = WordSet(["installed", "installerade", "installerat", "monterade", "monterat", "fitted"].map { TextFolding.fold($0) })
    static let forWords = WordSet(["for", "åt", "för"].map { TextFolding.fold($0) })
    static let predicateOurWords = WordSet(["vår", "vårt", "våra", "ours"].map { TextFolding.fold($0) })
    static let predicateMyWords = WordSet(["min", "mitt", "mina", "mine"].map { TextFolding.fold($0) })
    static let itPronouns: WordSet = ["den", "det", "it", "they", "de", "dom"]

    /// "Vi äger och driver Rasta Ljungby", "we own Hotel Fjällgården": what the writers own,
    /// by its name, is whose the chargers there are; a name in capitals that is no brand or charger.
    func namedAfterWeOwn(_ cue: PhraseMatcher<Phrase>.Hit) -> String? {
        guard tokens[cue.start].is(.we) else { return nil }
        var k = cue.end
        var afterOf = false
        if cue.end - cue.start == 2, Self.ownVerbs.contains(tokens[cue.end - 1]) {
            // "och driver", "and run", "and operate": a second verb for the same business.
            if k + 1 < tokens.count, Self.andWords.contains(tokens[k]), Self.runVerbs.contains(tokens[k + 1]) { k += 2 }
        } else if Self.ownerNounsPlural.contains(tokens[cue.end - 1]), k + 1 < tokens.count, Self.ownerOfWords.contains(tokens[k]) {
            // "We are the owners of Tandläkarhuset in Mora", "Vi är ägare till Gårdsbutiken X":
            // after "of", one capitalised word is a name, not the next sentence's first.
            k += 1
            afterOf = true
        } else {
            return nil
        }
        // "the new owners of Exempel Bil & Däck AB": a company's whole name, ampersand and legal form.
        if k < tokens.count, tokens[k].isCapitalized, let (organisation, _) = organisation(startingAt: k), organisation.kind == .company {
            return organisation.name
        }
        var end = k
        while end < tokens.count, end - k < 4, tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end].spaceBefore,
              tokens[end].sentence == tokens[k].sentence, !tokens[end].is(.notPlace), !tokens[end].is(.possessive),
              !LocationFinder.chargerStems.contains(where: { tokens[end].folded.hasPrefix($0) }) {
            end += 1
        }
        // One capitalised word may be a sentence's next ("We own. The …"), or a shouted text's any word.
        guard end > k, end - k >= 2 || tokens[k].is(.siteType) || afterOf else { return nil }
        guard !tokens[k..<end].allSatisfy({ $0.text == $0.text.uppercased() }) else { return nil }
        return text(k..<end)
    }
    static let andWords: WordSet = ["och", "and"]
    static let ownerNounsPlural = WordSet(["owner", "owners", "ägare", "ägarna"].map { TextFolding.fold($0) })
    static let ownerOfWords: WordSet = ["of", "till", "av"]
    static let runVerbs: WordSet = ["driver", "run", "runs", "operate", "operates", "manage", "manages", "forvaltar"]

    /// "Laddaren det gäller är en av våra fyra här på Stenö Havsbad", "it is one of our two":
    /// a possessive and a number with the noun left out, the charger named before it in the sentence.
    func ellipticalPossessiveHits() -> [PhraseMatcher<Phrase>.Hit] {
        var found: [PhraseMatcher<Phrase>.Hit] = []
        for k in tokens.indices.dropLast(2) where tokens[k].is(.possessive) && Self.pluralOurWords.contains(tokens[k]) && Self.isCaseRole(tokens[k].role) {
            let count = k + 1
            guard Self.numberWords.contains(tokens[count]), tokens[count].sentence == tokens[k].sentence else { continue }
            let next = tokens[count + 1]
            // The noun is left out: what follows is no word of the phrase but a place, a pause or the end.
            guard next.kind != .word || next.is(.preposition) || Self.hereWords.contains(next) else { continue }
            var j = k - 1
            var sawCharger = false
            while j >= 0, j >= k - 12, tokens[j].sentence == tokens[k].sentence {
                if tokens[j].kind == .word, LocationFinder.isChargerWord(tokens[j].folded) { sawCharger = true; break }
                j -= 1
            }
            if sawCharger { found.append(.init(start: k, end: count + 1, value: .cue)) }
        }
        return found
    }
    static let pluralOurWords = WordSet(["våra", "our"].map { TextFolding.fold($0) })
    static let numberWords = WordSet(["två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        .map { TextFolding.fold($0) })
    static let hereWords = WordSet(["här", "där", "here", "there"].map { TextFolding.fold($0) })

    func weOwnHits(_ owns: [PhraseMatcher<Phrase>.Hit]) -> [PhraseMatcher<Phrase>.Hit] {
        owns.compactMap { own in
            let sentence = tokens[own.start].sentence
            let from = max(0, own.start - 4)
            // "Our parish owns two of your chargers", "Vår förening äger laddarna": "our" and what the writer's side is.
            let ourKind = own.start >= 2 && Self.ourWords.contains(tokens[own.start - 2]) && !tokens[own.start - 1].isCapitalized
                && (Self.ownerKindNouns.contains(tokens[own.start - 1]) || Self.writersSideNouns.contains(tokens[own.start - 1]))
            guard let we = ourKind ? own.start - 2 : (from..<own.start).last(where: { tokens[$0].is(.we) && tokens[$0].sentence == sentence }),
                  !(we..<own.start).contains(where: { tokens[$0].is(.clauseBreak) }) else { return nil }
            return .init(start: we, end: own.end, value: .cue)
        }
    }

    func haveHits(_ things: [PhraseMatcher<Phrase>.Hit]) -> [PhraseMatcher<Phrase>.Hit] {
        things.compactMap { thing in
            let sentence = tokens[thing.start].sentence
            var k = thing.start - 1
            var between = 0
            var sawArticle = false
            while k >= 0, tokens[k].sentence == sentence, tokens[k].isWordLike, between <= 3 {
                let word = tokens[k]
                if word.is(.haveVerb) || Self.buyVerbs.contains(word.folded) || (Self.withWords.contains(word) && weAreBefore(k)) { break }
                // "en gemensam laddstolpe": what the writer's side shares is theirs.
                if Self.sharedAdjectives.contains(word) { between += 1; k -= 1; continue }
                // "I own the Easee at …", "Vi i föreningen äger de tre laddboxarna": a definite
                // article, but only after a verb of owning.
                if Self.definiteArticles.contains(word.folded) { sawArticle = true; between += 1; k -= 1; continue }
                // "have two of your chargers", "har två av era laddare": a count of the desk's own units.
                if k >= 2, Self.yourWords.contains(word), Self.partitiveWords.contains(tokens[k - 1]),
                   tokens[k - 2].is(.countWord) || tokens[k - 2].kind == .number { between += 2; k -= 2; continue }
                // "Vi har i dag två laddare", "har i nuläget en laddbox": "idag" written apart is the same adverb.
                if k >= 1, word.folded == "dag" || word.folded == "nulaget", tokens[k - 1].folded == "i" { between += 1; k -= 2; continue }
                // A brand or a count; anything else ("problem med") is not what the writer has.
                guard word.is(.countWord) || word.kind == .number || word.isCapitalized || word.is(.starJoined)
                        || (word.is(.we) && k > 0 && (tokens[k - 1].is(.haveVerb) || Self.buyVerbs.contains(tokens[k - 1]))) else { return nil }
                between += 1
                k -= 1
            }
            guard k >= 0, tokens[k].sentence == sentence,
                  tokens[k].is(.haveVerb) || Self.buyVerbs.contains(tokens[k]) || (Self.withWords.contains(tokens[k]) && weAreBefore(k)),
                  !sawArticle || Self.ownVerbs.contains(tokens[k]) else { return nil }
            // "har vi två laddare": the subject follows the verb.
            if k + 1 < thing.start, tokens[k + 1].is(.we) { return .init(start: k + 1, end: thing.end, value: .cue) }
            // A purchase counts for an organisation only ("vi köpte två laddare"): "jag köpte
            // laddboxen på Tallbacksvägen 5" may be a unit bought for a place the writer does not say is theirs.
            let bought = Self.buyVerbs.contains(tokens[k])
            // "I have a charger at home", "jag har en laddbox": the pronoun right before the verb.
            if !bought, k > 0, tokens[k - 1].sentence == sentence,
               tokens[k - 1].folded == "jag" || tokens[k - 1].text == "I"
                // "hi, i own the easee at …": a writer without capitals; before an English verb "i" is no Swedish "in".
                || (tokens[k - 1].text == "i" && Self.englishHaveVerbs.contains(tokens[k])) {
                return .init(start: k - 1, end: thing.end, value: .cue)
            }
            // "Jag och min fru äger en Easee", "me and my husband have a charger": the writer and
            // their household, the subject of the verb together; the cue reads from "min"/"my",
            // as a household's own thing does.
            if !bought, k >= 4, tokens[k - 2].is(.possessive), Self.householdMembers.contains(tokens[k - 1]),
               tokens[k - 3].folded == "och" || tokens[k - 3].folded == "and",
               tokens[k - 4].folded == "jag" || tokens[k - 4].text == "I" || tokens[k - 4].folded == "me",
               tokens[(k - 4)...k].allSatisfy({ $0.sentence == sentence }) {
                return .init(start: k - 2, end: thing.end, value: .cue)
            }
            // "jag heter Anders Pettersson och har en Wallbox": the subject of the clause before "och".
            if !bought, k > 1, tokens[k - 1].folded == "och" || tokens[k - 1].folded == "and" {
                var s = k - 2
                var words = 0
                while s >= 0, words < 8, tokens[s].sentence == sentence, tokens[s].isWordLike {
                    if tokens[s].folded == "jag" || tokens[s].text == "I" { return .init(start: s, end: thing.end, value: .cue) }
                    words += 1
                    s -= 1
                }
            }
            // "vi [på Elbolaget i Gävle AB] har", "Vi är en förening, X i Y, och äger": the subject within ten words before the verb, in the same sentence.
            var s = k - 1
            var words = 0
            while s >= 0, words < 10, tokens[s].sentence == sentence, tokens[s].text == "," || !tokens[s].is(.clauseBreak) {
                // "Vi sköter fastigheten … där tandläkarna har en laddare": a clause of place or time
                // has its own subject.
                if Self.subordinateStarts.contains(tokens[s]) { return nil }
                if tokens[s].is(.we) { return .init(start: s, end: thing.end, value: .cue) }
                // "Our company, Destination Gotland AB, has two chargers": "our" and the kind of body the writer's side is.
                if Self.ourWords.contains(tokens[s]), s + 1 < k, Self.ownerKindNouns.contains(tokens[s + 1]) { return .init(start: s, end: thing.end, value: .cue) }
                if tokens[s].isWordLike { words += 1 }
                s -= 1
            }
            return nil
        }
    }

    static let householdMembers = WordSet(["fru", "man", "sambo", "partner", "make", "maka", "familj", "wife", "husband", "family"]
        .map { TextFolding.fold($0) })

    static let withWords: WordSet = ["med", "with"]
    static let sharedAdjectives: WordSet = ["gemensam", "gemensamma", "shared", "common"]

    /// "Vi är en samfällighet (Tallstigens samfällighet) med en gemensam laddstolpe", "We are a
    /// housing association with two chargers": what the writers are said to be "with" is theirs.
    func weAreBefore(_ index: Int) -> Bool {
        var k = index - 1
        while k > 0, index - k <= 10, tokens[k].sentence == tokens[index].sentence {
            if tokens.weAre(at: k - 1) != nil { return true }
            k -= 1
        }
        return false
    }

    /// "the Zaptec at Lövsta gård where we rent the cabin": a renter's home is not theirs, nor
    /// the charger at it. "Vi hyr ut stugan" is the owner letting it, and counts as theirs.
    var writerRents: Bool {
        tokens.indices.contains { i in
            // Not a word of a forwarded header's mail address ("From: Leo <leo@tenant.example>").
            tokens[i].role != .signature && tokens[i].role != .returned && !tokens[i].isInBoundaryLine
                && (Self.rentWords.contains(tokens[i]) && !(i + 1 < tokens.count && (tokens[i + 1].folded == "ut" || tokens[i + 1].folded == "out"))
                    // "I'm staying in cabin 12 … the charger next to my cabin": a guest's, not a host's "guests staying with us".
                    || (i > 0 && (tokens[i].key == Self.stayingKey || tokens[i].key == Self.stayedKey) && Self.stayWords.contains(tokens[i])
                        && Self.firstPersonStayers.contains(tokens[i - 1]))
                    // "We are Norwegian guests at Stugbyn Kåtan … the charger by our cabin", "jag är gäst på hotellet".
                    || (Self.guestWords.contains(tokens[i]) && (max(0, i - 3)..<i).contains { Self.guestBeings.contains(tokens[$0]) }))
        }
    }
    static let subordinateStarts: WordSet = ["dar", "where", "nar", "when"]
    static let guestWords: WordSet = ["guest", "guests", "gast", "gaster"]
    static let guestBeings: WordSet = ["we", "we're", "am", "i'm", "vi", "jag"]

    /// "Smedjegatan 4, lgh 1204", "apartment 12": the writer gives the number of a flat, and the
    /// garage or car park they call theirs is the building's, as a renter's is.
    var writerGivesFlatNumber: Bool {
        tokens.indices.contains { i in
            guard Self.flatKeys.contains(tokens[i].key), tokens[i].role != .returned, !tokens[i].isInBoundaryLine,
                  Self.flatWords.contains(tokens[i]) else { return false }
            var k = i + 1
            // "lgh nr 1204", "lgh. 1204".
            while k < tokens.count, k - i <= 2, tokens[k].text == "." || tokens[k].folded == "nr" { k += 1 }
            return k < tokens.count && tokens[k].spaceBefore && tokens[k].kind == .number
        }
    }
    static let flatWords: WordSet = ["lgh", "lagenhet", "apartment", "apt", "flat"]
    static let flatKeys = Set(["lgh", "lagenhet", "apartment", "apt", "flat"].map { Token.key(of: $0) })

    static let stayWords: WordSet = ["staying", "stayed"]
    static let stayingKey = Token.key(of: "staying"), stayedKey = Token.key(of: "stayed")
    static let firstPersonStayers: WordSet = ["i'm", "im", "am", "we're", "i", "we"]

    /// "Jag är medlem i föreningen", "I'm a member of the housing association": the writer
    /// speaks as one of an association's members.
    var writerIsMember: Bool { writerIsResident || tokens.indices.contains { i in
            // A key compare first: this is asked of every token of many mails.
            guard Self.memberKeys.contains(tokens[i].key), tokens[i].role != .signature, tokens[i].role != .returned,
                  Self.memberWords.contains(tokens[i]) else { return false }
            let sentence = tokens[i].sentence
            var k = i + 1
            while k < tokens.count, k - i <= 6, tokens[k].sentence == sentence {
                if Self.associationStems.contains(where: { tokens[k].folded.hasPrefix($0) }) { return true }
                k += 1
            }
            return false
        }
    }

    /// "I live in the building", "jag bor i fastigheten": a resident of a block of flats, whose
    /// "our garage" is the building's, as a member's is the association's.
    var writerIsResident: Bool {
        tokens.indices.contains { i in
            guard tokens[i].key == Self.liveKey || tokens[i].key == Self.borKey || tokens[i].key == Self.residentKey || tokens[i].key == Self.boendeKey,
                  tokens[i].role == .own || tokens[i].role == .forwarded else { return false }
            return Self.residentPhrases.contains { phrase in
                i + phrase.count <= tokens.count && zip(phrase, tokens[i..<(i + phrase.count)]).allSatisfy { $0 == $1.folded }
            }
        }
    }

    static let residentPhrases: [[String]] = [["live", "in", "the", "building"], ["live", "in", "this", "building"], ["resident", "in", "the", "building"],
                                              ["bor", "i", "fastigheten"], ["boende", "i", "fastigheten"],
                                              ["boende", "i", "foreningen"], ["bor", "i", "foreningen"]]
    static let liveKey = Token.key(of: "live"), borKey = Token.key(of: "bor"), residentKey = Token.key(of: "resident"), boendeKey = Token.key(of: "boende")

    static let memberWords: WordSet = ["medlem", "medlemmar", "member", "members"]
    static let memberKeys = [Token.key(of: "medlem"), Token.key(of: "member")]
    static let businessPremisesStems = ["office", "kontor", "depot", "depa", "terminal", "workshop", "verkstad", "warehouse", "lager", "fabrik",
                                        "factory", "premises", "showroom", "dealership", "bilhall", "butik", "shop", "store", "hotel", "restaurang",
                                        "restaurant", "klinik", "clinic", "mottagning", "lokal", "logistikcent", "maskinhall"]
    static let associationStems = ["forening", "brf", "bostadsrattsforening", "association", "housing co"]

    /// A cue whose owned thing is a home ("our cabin", "vår stuga", "my place").
    func isDwelling(_ cue: PhraseMatcher<Phrase>.Hit) -> Bool {
        let last = tokens[cue.end - 1].folded
        return Self.dwellingPrefixes.contains { last.hasPrefix($0) } || last == "place"
    }

    static let rentWords: WordSet = ["hyr", "hyrde", "hyrt", "hyra", "hyrs", "rent", "rents", "renting", "rented", "hyresgast", "tenant"]
    /// A rented office and its car park are no more the tenant's than a rented home: "we rent
    /// office space … the charger in our parking".
    static let dwellingPrefixes = ["house", "home", "cottage", "cabin", "hus", "villa", "radhus", "fritidshus", "stug", "sommarstug", "sommarhus", "lagenhet", "flat", "apartment",
                                   "office", "kontor", "lokal", "parking", "parkering", "garage"]
}
