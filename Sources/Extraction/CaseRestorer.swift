/// Gives names back their capitals in text written without them.
///
/// The location and owner rules find names by their capitals: "Hotell Norrsken", "Fastighets
/// AB Kvarnen". Some writers use none ("laddaren vid hotell norrsken i kiruna"), or only the
/// phone's capital at a sentence start. In such a block the rules would see no names at all, so
/// before they run, the words that the grammar of names marks are flagged as capitalised:
///
/// - the words before a legal form, and after it when an organisation word leads ("bilhallen
///   norr ab", "fastighets ab kvarnen");
/// - the name before "kommun" ("sundsvalls kommun") and after "region";
/// - the name after a site type ("hotell norrsken", "rastplats fallskogen");
/// - a site and its town after a preposition ("på tempo i åre");
/// - a town after a postal code or a street address ("852 30 sundsvall", "kustvägen 33, halmstad");
/// - a street named in two words before its number ("vastra stigen 3"), or after "on" without one
///   ("on storgatan in heby");
/// - a name before a bare place noun after a preposition or a verb of visiting ("vid heby
///   bibliotek", "at heby airport", "the entrance of kalmar arena", "visiting svartvik church");
/// - what a kind of place is called ("a garage called motorverkstan", "en verkstad som heter x");
/// - a car park's code after a preposition ("i p4 vid resecentrum"), and whom the writer writes
///   on behalf of ("on behalf of lindö golfklubb");
/// - a word of a name the installed base knows: its sites, towns and owners ("matboden sisjön").
///
/// Only blocks that have no capitalised word inside a sentence are touched: in a text written
/// with capitals, a lower-case word after "hotell" is no name. Text in capitals only is first
/// read as text without them.
enum CaseRestorer {
    /// Words that are never part of a name: function words of either language and the small
    /// rule sets of grammar words.
    static let notName: WordClass = [.swedish, .english, .preposition, .notPlace, .possessive, .haveVerb, .we, .negation, .working,
                                     .clauseBreak, .billing, .noneWord, .residenceVerb, .countWord, .placeNoun, .townConnector,
                                     .ownerArticle, .levelWord, .thirdPersonPossessive]
    /// A company's name may hold a place noun ("nyköpings arena ab", "hamnens parkering ab").
    static let notNameBeforeLegalForm = notName.subtracting(.placeNoun)
    /// Associations named by their kind in the definite form, then their name.
    static let definiteAssociations: WordSet = ["samfallighetsforeningen", "bostadsrattsforeningen", "stiftelsen"]

    /// Legal forms that are not also common words ("as" is Norwegian AS and English "as").
    static let legalForms: WordSet = ["ab", "hb", "kb", "aktiebolag", "ltd", "gmbh", "oy", "aps", "inc"]

    /// Fuel chains whose stations have chargers, folded.
    static let fuelChains: WordSet = ["preem", "okq8", "st1", "ingo", "qstar", "tanka"]

    /// First words of closings and greetings, which share a line with a name ("mvh anna").
    static let closingWords: WordSet = ["mvh", "halsningar", "vanliga", "vanlig", "basta", "halsning", "regards", "best", "kind",
                                            "warm", "cheers", "thanks", "tack", "hej", "hi", "hello", "dear"]

    /// Restores capitals in each block of the case text that is written without them. The
    /// subject and the signature are too short to tell by themselves: when the writer's own
    /// text has no capitals, theirs are restored too unless they show some.
    static func restore(_ tokens: inout [Token], blocks: [(role: Token.Role, range: Range<Int>)], names: WordSet) {
        // Text in capitals only ("LADDAREN VID HOTELL NORRSKEN ÄR TRASIG") marks no names either:
        // every word would look like one. It is read as text without capitals.
        // A subject is short: "LADDSTOLPE TRASIG" is shouted in two words, every one in capitals.
        for block in blocks where isShouted(tokens, block.range, minimumWords: block.role == .subject ? 2 : 4) {
            var shouted: [Int] = []
            forEachTextWord(tokens, block.range) { shouted.append($0); return true }
            // The header lines of a forwarded original in capitals too ("ÄMNE: LADDAREN I GARAGET"):
            // the same text shouted, no names.
            for i in block.range where tokens[i].kind == .word && tokens[i].isInBoundaryLine && tokens[i].text.utf8.count >= 2
                && isUpperOnly(tokens[i].text.utf8) { shouted.append(i) }
            for i in shouted { tokens[i].isCapitalized = false }
        }
        // "Charging Station Out Of Order", "Laddstolpe Ur Funktion": a subject in title case
        // capitalises every word, function words too, and so marks no names; it is read as a
        // subject without capitals, whose names the grammar and the installed base then mark.
        for block in blocks where block.role == .subject && isTitleCased(tokens, block.range) {
            forEachTextWord(tokens, block.range) { tokens[$0].isCapitalized = false; return true }
            restore(&tokens, in: block.range, names: names)
        }
        let uncased = blocks.map { isUncased(tokens, $0.range) }
        // A mail whose subject is all it says ("trasig laddare padelhallen eskilstuna" over an
        // empty body) is read as a writer's text without capitals too.
        let hasOwnWords = blocks.contains { $0.role == .own && tokens[$0.range].contains { $0.isWordLike } }
        let writerUncased = zip(blocks, uncased).contains { $0.role == .own && $1 } || !hasOwnWords
        for (block, isUncased) in zip(blocks, uncased) {
            let short = block.role == .subject || block.role == .signature
            if isUncased || (writerUncased && short && !isCased(tokens, block.range)) {
                restore(&tokens, in: block.range, names: names, isSignature: block.role == .signature)
            }
        }
    }

    /// Restores capitals in `tokens[range]`, one block known to be written without them.
    static func restore(_ tokens: inout [Token], in range: Range<Int>, names: WordSet = [], isSignature: Bool = false) {
        var marks: [Int] = []
        if isSignature, let name = writerName(tokens, in: range) { marks.append(contentsOf: name) }
        for i in range where tokens[i].kind == .word {
            let token = tokens[i]
            // "arenans p-däck": a name in the genitive is the name. An owner's kind
            // ("domkyrkoförsamling" of "Uppsala domkyrkoförsamling") is written in lower case.
            // A kind of place is a name only when a site's whole name is that word ("resecentrum"),
            // which is all the names hold of kinds.
            // "vid plats 12" is no genitive of the name "Plåt": a word that names a numbered thing is that noun.
            if !names.isEmpty, !token.isCapitalized, !token.is(.otherNumber), isNameCandidate(tokens, i, allowingPlaceNouns: true), !isOrganisationWord(token),
               isName(token.folded, in: names) {
                marks.append(i)
            }
            if token.is(.legalForm), legalForms.contains(token.folded) {
                let before = nameRun(tokens, endingBefore: i, in: range)
                marks.append(contentsOf: before)
                if !before.isEmpty { marks.append(i) }
                // "fastighets ab kvarnen": an organisation word, the form, then the name.
                if let first = before.first, tokens[first].is(.organisationWord) || before.isEmpty,
                   let next = following(tokens, i, in: range) {
                    marks.append(next)
                    marks.append(i)
                }
            } else if token.folded == "ek" || token.folded == "ekonomisk", cooperativeForm(tokens, at: i, in: range) {
                // "heby lantmän ek. för.": an economic association's name before its legal form.
                marks.append(contentsOf: nameRun(tokens, endingBefore: i, in: range))
            } else if token.is(.municipalityWord) && token.folded == "kommun" || token.folded == "municipality", i > range.lowerBound, tokens[i].spaceBefore,
                      isNameCandidate(tokens, i - 1) {
                // "knivsta kommun", "knivsta municipality": the town's name before the word; English
                // capitalises the word too when it is part of the name.
                marks.append(i - 1)
                if token.folded == "municipality" { marks.append(i) }
            } else if token.is(.organisationWord), !token.is(.siteType), token.folded != "kommun", token.folded != "region",
                      i > range.lowerBound, tokens[i].spaceBefore, isNameCandidate(tokens, i - 1), tokens[i - 1].folded.hasSuffix("s") {
                // "ekbackens samfällighetsförening", "perssons lantbruk": a genitive name and what it is.
                marks.append(i - 1)
            } else if i > range.lowerBound, tokens[i].spaceBefore, isNameCandidate(tokens, i - 1), !token.is(.organisationWord),
                      isOrganisationWord(token), i - 1 == range.lowerBound || tokens[i - 2].kind == .lineBreak {
                // "uppsala domkyrkoförsamling" on a line of its own: a town and the parish of it.
                marks.append(i - 1)
            } else if Self.definiteAssociations.contains(token.folded), let next = following(tokens, i, in: range) {
                // "samfällighetsföreningen lingonets vägnar": the association, then its name.
                marks.append(i)
                marks.append(next)
            } else if LocationFinder.landmarkConnectors.contains(token.folded), i > range.lowerBound,
                      tokens[i - 1].is(.placeNoun) || (i - 2 >= range.lowerBound && tokens[i - 2].folded == "car" && tokens[i - 1].folded == "park"),
                      let next = following(tokens, i, in: range), next + 1 < range.upperBound, tokens[next + 1].is(.placeNoun),
                      tokens[next + 1].spaceBefore {
                // "the commuter car park by sala station": a common place by a named one.
                marks.append(next)
            } else if relationNouns.contains(token.folded) || introducesOwner(tokens, i, in: range), i + 2 < range.upperBound,
                      isNameCandidate(tokens, i + 1), isNameCandidate(tokens, i + 2),
                      !commonWords.contains(tokens[i + 1]), !commonWords.contains(tokens[i + 2]),
                      i + 3 >= range.upperBound || !isNameCandidate(tokens, i + 3) {
                // "min granne lars nyberg", "my neighbour john smith": a person, first name and surname.
                marks.append(i + 1)
                marks.append(i + 2)
            } else if token.is(.placeNoun), i + 1 < range.upperBound, isAreaCode(tokens[i + 1]) {
                // "parkeringen p2", "garaget b3": the code that names part of a car park.
                marks.append(i + 1)
            } else if token.folded == "region", let next = following(tokens, i, in: range) {
                marks.append(i)
                marks.append(next)
            } else if LocationFinder.storeChains.contains(token.folded), token.folded != "tempo", let next = following(tokens, i, in: range) {
                // "coop gnesta", "ica nära heby": a grocery chain's name and its store's.
                marks.append(i)
                marks.append(next)
            } else if fuelChains.contains(token.folded) || (token.folded == "circle" && i + 1 < range.upperBound && tokens[i + 1].folded == "k") {
                // "the circle k station in strängnäs", "vid preem i sala": a fuel chain's name is a name
                // wherever it stands ("shell" is left out: a charger has one).
                marks.append(i)
                if token.folded == "circle" { marks.append(i + 1) }
            } else if token.is(.siteType) || token.folded == "kvarteret", let next = following(tokens, i, in: range) {
                // "kvarteret svanen": a city block's name follows the word, as a site's follows its kind.
                marks.append(i)
                marks.append(next)
                // "hotel norrsken in kiruna (…)": the town the site is in.
                if let town = townAfterSite(next, tokens, in: range) {
                    marks.append(town)
                    if let second = townSecondWord(town, tokens, in: range) { marks.append(second) }
                }
            }
        }
        // "när jag kom till pendelparkeringen i sala": where the writer arrived leads into a site too.
        // "in the hotel parking at fjällnäs": "in" with an article leads into a place, not a town.
        // "next to the city library in sala": "to" after "next" or "close" is a preposition of place.
        for i in range where (tokens[i].is(.preposition) && ((tokens[i].folded != "i" && tokens[i].folded != "in")
                                                             || (i + 1 < range.upperBound && tokens[i + 1].folded == "the")))
            || (i > range.lowerBound && (tokens[i].folded == "till" || tokens[i].folded == "to") && LocationFinder.arrivalVerbs.contains(tokens[i - 1]))
            || (i > range.lowerBound && tokens[i].folded == "to" && (tokens[i - 1].folded == "next" || tokens[i - 1].folded == "close"))
            || LocationFinder.visitVerbs.contains(tokens[i]) {
            marks.append(contentsOf: siteInTown(after: i, tokens, in: range))
            // "vid heby bibliotek", "på tärnsjö skola": in Swedish a name before a place noun
            // without its article names the place; a describing word takes the article ("vid nya biblioteket").
            // "at heby airport", "near sala library": English does so too, with no article at all.
            let swedish = swedishPlacePrepositions.contains(tokens[i])
            if i + 2 < range.upperBound, swedish || englishPlacePrepositions.contains(tokens[i]), tokens[i + 1].spaceBefore,
               isNameCandidate(tokens, i + 1), !commonWords.contains(tokens[i + 1]), !describingWords.contains(tokens[i + 1]),
               tokens[i + 2].spaceBefore, tokens[i + 2].is(.placeNoun), swedish ? isIndefinite(tokens[i + 2].folded) : englishPlaceNouns.contains(tokens[i + 2]),
               !refersBackToNamedPlace(tokens, i + 1, in: range) {
                marks.append(i + 1)
            }
            // "vid simhallen delfinen i ludvika", "på förskolan solängen.": a place noun in the
            // definite form, then its name, where the phrase ends (a town, a stop, a verb).
            if swedish, i + 3 < range.upperBound, tokens[i + 1].is(.placeNoun), !isIndefinite(tokens[i + 1].folded), tokens[i + 1].spaceBefore,
               tokens[i + 2].spaceBefore, tokens[i + 2].kind == .word, isNameCandidate(tokens, i + 2), !commonWords.contains(tokens[i + 2]),
               !describingWords.contains(tokens[i + 2]), !Self.sentenceAdverbs.contains(tokens[i + 2]), tokens[i + 2].folded.utf8.count >= 4,
               !Self.isPredicateWord(tokens[i + 2].folded),
               tokens[i + 3].kind == .punctuation || tokens[i + 3].kind == .lineBreak || Self.afterPlaceName.contains(tokens[i + 3]) {
                marks.append(i + 1)
                marks.append(i + 2)
                if let town = townAfterSite(i + 2, tokens, in: range) {
                    marks.append(town)
                    if let second = townSecondWord(town, tokens, in: range) { marks.append(second) }
                }
            }
        }
        // "i p4 vid resecentrum": a car park's code after a preposition of place, as on its signs.
        for i in range where tokens[i].is(.preposition) && i + 1 < range.upperBound && tokens[i + 1].folded.hasPrefix("p")
            && isAreaCode(tokens[i + 1]) && LocationFinder.isParkingCode(tokens[i + 1].text) {
            marks.append(i + 1)
        }
        // "i am writing on behalf of lindö golfklubb": whom the writer speaks for is named.
        for i in range where tokens[i].folded == "behalf" && i + 2 < range.upperBound && tokens[i + 1].folded == "of" {
            var k = i + 2
            while k < range.upperBound, k - (i + 2) < 3, tokens[k].spaceBefore, tokens[k].sentence == tokens[i].sentence,
                  isNameCandidate(tokens, k, allowingPlaceNouns: true), !commonWords.contains(tokens[k]) {
                marks.append(k)
                k += 1
            }
        }
        // "the station on storgatan in heby": a street without its number, and its town.
        for i in range where tokens[i].folded == "on" && i + 1 < range.upperBound && tokens[i + 1].kind == .word && isStreetName(tokens[i + 1].folded) {
            marks.append(contentsOf: siteInTown(after: i, tokens, in: range))
        }
        // "a garage called motorverkstan i heby", "en verkstad som heter bergs bil": what a kind of place is called.
        for i in range where i >= range.lowerBound + 2 && (tokens[i].folded == "called" || tokens[i].folded == "named"
                                                           || (tokens[i].folded == "heter" && tokens[i - 1].folded == "som")) {
            let kind = tokens[i].folded == "heter" ? i - 2 : i - 1
            guard tokens[kind].is(.placeNoun) || tokens[kind].is(.siteType) else { continue }
            var k = i + 1
            var run: [Int] = []
            while k < range.upperBound, run.count < 3, tokens[k].spaceBefore, tokens[k].sentence == tokens[i].sentence,
                  isNameCandidate(tokens, k, allowingPlaceNouns: true), !commonWords.contains(tokens[k]) {
                run.append(k)
                k += 1
            }
            marks.append(contentsOf: run)
            if let last = run.last, let town = townAfterSite(last, tokens, in: range) { marks.append(town) }
        }
        // "vi i kristinehamns tennisklubb har …", "we at heby marina have …": the writer's
        // organisation, introduced between "we" and its verb. One word alone must not be a common
        // noun's definite form ("vi på kontoret har", "vi i styrelsen har").
        for i in range where tokens[i].is(.we) && i + 3 < range.upperBound && introducingPrepositions.contains(tokens[i + 1]) {
            var k = i + 2
            var run: [Int] = []
            while k < range.upperBound, run.count < 3, tokens[k].spaceBefore, tokens[k].sentence == tokens[i].sentence,
                  isNameCandidate(tokens, k, allowingPlaceNouns: true), !commonWords.contains(tokens[k]),
                  !LocationFinder.membershipNouns.contains(tokens[k]) {
                run.append(k)
                k += 1
            }
            guard !run.isEmpty, k < range.upperBound, tokens[k].is(.haveVerb) || introducedVerbs.contains(tokens[k]) else { continue }
            if run.count == 1, !isIndefinite(tokens[run[0]].folded) || isOrganisationWord(tokens[run[0]]) || tokens[run[0]].is(.placeNoun) { continue }
            marks.append(contentsOf: run)
        }
        // "på jobbet (bilhallen norr)", "our bus depot (depå norr, luleå)": the name of the
        // writer's kind of place in parentheses, and the town after its comma.
        // "the cold bath house (kallbadhuset)": a compound of a place noun names a place wherever it stands.
        for i in range where tokens[i].text == "(" && i > range.lowerBound && i + 1 < range.upperBound
            && (tokens[i - 1].is(.placeNoun) || LocationFinder.ownPlaceWords.contains(tokens[i - 1])
                || (LocationFinder.endsInPlaceNoun(tokens[i + 1].folded) && !LocationFinder.singleWordPlaceNouns.contains(tokens[i + 1].folded)
                    && !tokens[i + 1].folded.contains("ladd"))) {
            var k = i + 1
            var words: [Int] = []
            // A place noun may start the name ("depå norr").
            while k < range.upperBound, words.count < 3, isNameCandidate(tokens, k, allowingPlaceNouns: true), !commonWords.contains(tokens[k]) {
                words.append(k)
                k += 1
            }
            guard !words.isEmpty, k < range.upperBound, tokens[k].text == ")" || tokens[k].text == "," else { continue }
            marks.append(contentsOf: words)
            if tokens[k].text == ",", k + 2 < range.upperBound, isNameCandidate(tokens, k + 1), tokens[k + 2].text == ")" { marks.append(k + 1) }
        }
        for i in range where tokens[i].kind == .number {
            // "outside 14 harbour street, heby": an English street after its number, and the town after its comma.
            if i + 2 < range.upperBound, isHouseNumber(tokens[i].folded), tokens[i + 1].spaceBefore, isNameCandidate(tokens, i + 1, allowingPlaceNouns: true),
               !commonWords.contains(tokens[i + 1]), tokens[i + 2].spaceBefore, englishStreetWords.contains(tokens[i + 2]) {
                marks.append(i + 1)
                marks.append(i + 2)
                if i + 4 < range.upperBound, tokens[i + 3].text == ",", isNameCandidate(tokens, i + 4), !commonWords.contains(tokens[i + 4]) {
                    marks.append(i + 4)
                }
            }
            // "vastra stigen 3", "lilla torg 2": a street in two words, the second a bare street word.
            if i - 2 >= range.lowerBound, isHouseNumber(tokens[i].folded), tokens[i - 1].kind == .word, !tokens[i - 1].is(.levelWord), isNameCandidate(tokens, i - 2),
               !commonWords.contains(tokens[i - 2]), LocationFinder.suffixes.contains(where: { $0.elementsEqual(tokens[i - 1].folded.utf8) }) {
                marks.append(i - 2)
                marks.append(i - 1)
            }
            if let town = town(after: i, tokens, in: range) {
                marks.append(town)
                if let second = townSecondWord(town, tokens, in: range) { marks.append(second) }
            }
        }
        for i in marks where tokens[i].kind == .word { tokens[i].isCapitalized = true }
        // "kalmar c p-hus", "västra gatan": a name from the installed base goes on with its short
        // or kind words, which alone are no names, each after a word of it that has its capital.
        // "sporthallen arenan": a site named only in kind words, none a name alone, is a name
        // when two of its words stand together as the installed base has them.
        guard !names.isEmpty else { return }
        for i in range where i > range.lowerBound && tokens[i].kind == .word && !tokens[i].isCapitalized && tokens[i].spaceBefore
            && tokens[i - 1].kind == .word && names.contains(tokens[i - 1].folded + " " + tokens[i].folded) {
            tokens[i - 1].isCapitalized = true
            tokens[i].isCapitalized = true
        }
    }

    /// "vi på", "vi i", "we at": how a writer introduces the organisation they write for.
    static let introducingPrepositions: WordSet = ["pa", "i", "hos", "at", "from"]
    /// Verbs after the introduced organisation, other than "har"/"have".
    static let introducedVerbs = WordSet(["är", "driver", "ser", "fick", "upptäckte", "are", "run", "noticed", "see", "had"].map { TextFolding.fold($0) })

    static let determiners: WordSet = ["your", "our", "my", "their", "his", "her", "er", "ert", "var", "vart", "min", "mitt", "deras"]

    /// Swedish prepositions of place: only in Swedish does a name stand before a bare place noun.
    /// With the Norwegian and Danish "ved" of visitors ("ladestasjonen ved sala camping").
    static let swedishPlacePrepositions = WordSet(["vid", "på", "utanför", "bakom", "framför", "intill", "bredvid", "nära", "hos", "mittemot", "ved",
                                                   "besökte", "besöker", "besökt"]
        .map { TextFolding.fold($0) })

    /// English prepositions of place before a name and a bare place noun ("at heby airport").
    /// And what leads to one without a preposition: "the entrance of kalmar arena", "visiting svartvik church".
    static let englishPlacePrepositions: WordSet = ["at", "near", "outside", "behind", "opposite", "of", "visiting", "visited"]
    /// English place nouns that a town's or owner's name stands before: "heby airport", "sala library".
    static let englishPlaceNouns: WordSet = ["airport", "library", "hospital", "museum", "marina", "harbour", "stadium", "arena",
                                                 "church", "campsite", "camping", "clinic", "mall", "pool", "baths"]

    /// Words that describe a place rather than name it: sides, sizes, ages, order.
    static let describingWords = WordSet(["nya", "nytt", "ny", "gamla", "gammal", "stora", "stor", "lilla", "liten", "norra", "södra", "östra",
                                      "västra", "övre", "nedre", "bortre", "främre", "vänstra", "högra", "första", "andra", "tredje", "sista",
                                      "allmän", "allmänna", "offentlig", "offentliga", "kommunal", "kommunala", "privat", "privata",
                                      "new", "old", "main", "north", "south", "east", "west", "central", "local", "public", "private",
                                      "city", "town", "county", "regional", "international", "domestic", "big", "small", "large"]
        .map { TextFolding.fold($0) })

    /// English street words after a house number: "14 harbour street", "5 mill lane".
    static let englishStreetWords: WordSet = ["street", "road", "avenue", "lane", "drive", "close", "court", "crescent", "gardens",
                                                  "terrace", "square", "grove", "parade", "boulevard", "mews"]

    /// A place noun without the definite ending: "bibliotek", "skola", "marina", not "biblioteket", "skolan".
    static func isIndefinite(_ folded: String) -> Bool {
        !(folded.hasUTF8Suffix("en") || folded.hasUTF8Suffix("et") || folded.hasUTF8Suffix("an") || folded.hasUTF8Suffix("rna"))
    }

    /// Who a person is to the writer, before the person's name.
    static let relationNouns = WordSet(["granne", "grannen", "neighbour", "neighbor", "sambo", "hyresvärd", "hyresvärden", "landlord", "kollega",
                                    "colleague", "svärfar", "svärmor", "svåger", "svägerska", "brother", "sister", "bror", "syster",
                                    "pappa", "mamma", "father", "mother", "dad", "mum", "mom", "husband", "wife", "dotter", "daughter",
                                    // "han heter sven dahl", "a man named john smith".
                                    "heter", "named", "called"].map { TextFolding.fold($0) })
    /// "ägaren är lena brandt", "the owner of the house is karl holm": "är" or "is" a few words
    /// after one of these introduces the owner's name.
    static let ownerWords = WordSet(["ägare", "ägaren", "ägarna", "owner", "owners"].map { TextFolding.fold($0) })
    static func introducesOwner(_ tokens: [Token], _ i: Int, in range: Range<Int>) -> Bool {
        guard tokens[i].folded == "ar" || tokens[i].folded == "is" else { return false }
        return (max(range.lowerBound, i - 5)..<i).contains { ownerWords.contains(tokens[$0]) && tokens[$0].sentence == tokens[i].sentence }
    }

    /// "p2", "b3", "e12": a letter and one or two digits.
    static func isAreaCode(_ token: Token) -> Bool {
        let bytes = Array(token.folded.utf8)
        guard token.spaceBefore, (2...3).contains(bytes.count), bytes[0] >= 97, bytes[0] <= 122 else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// The first line of a signature that is two or three name words and nothing else: the
    /// writer's name under the closing ("mvh\nanneli persson").
    static func writerName(_ tokens: [Token], in range: Range<Int>) -> [Int]? {
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound, tokens[end].kind != .lineBreak { end += 1 }
            let line = start..<end
            if line.count >= 2, line.count <= 3, !closingWords.contains(tokens[start]),
               line.allSatisfy({ isNameCandidate(tokens, $0) && tokens[$0].folded.utf8.count >= 2 && !isOrganisationWord(tokens[$0]) }) {
                return Array(line)
            }
            start = end + 1
        }
        return nil
    }

    /// A word of the installed base's names as written, in the genitive ("arenans" of "Arenan")
    /// or in the definite form ("p-däcket" of "P-däck"), as writers inflect names.
    static func isName(_ folded: String, in names: WordSet) -> Bool {
        var folded = folded
        // On the bytes: the endings are ASCII, and a lower-case text asks this of every word.
        return folded.withUTF8 { bytes in
            if names.contains(bytes: bytes) { return true }
            let n = bytes.count
            if n > 1, bytes[n - 1] == UInt8(ascii: "s"), names.contains(bytes: UnsafeBufferPointer(rebasing: bytes[..<(n - 1)])) { return true }
            if n >= 6, bytes[n - 2] == UInt8(ascii: "e"), bytes[n - 1] == UInt8(ascii: "t") || bytes[n - 1] == UInt8(ascii: "n"),
               names.contains(bytes: UnsafeBufferPointer(rebasing: bytes[..<(n - 2)])) { return true }
            return false
        }
    }

    /// "uppsala domkyrkoförsamling", "lunds tandvård ab": a signature line of two words that
    /// names what the writer signs for, not the writer.
    static func isOrganisationWord(_ token: Token) -> Bool {
        if !token.classes.isDisjoint(with: [.organisationWord, .legalForm, .municipalityWord]) { return true }
        let folded = token.folded
        return folded.utf8.count >= 8 && organisationEndings.contains { folded.hasUTF8Suffix($0) }
    }
    static let organisationEndings = ["forening", "forsamling", "samfallighet", "pastorat"]

    /// No capitalised word inside a sentence, among enough words to tell: only the first word of
    /// a sentence or line may have a capital (a phone puts it there).
    static func isUncased(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let (titleCased, lowerCased) = wordsInside(tokens, range)
        return !titleCased && lowerCased >= 4
    }

    /// A word inside a sentence is written with a capital and lower-case letters.
    static func isCased(_ tokens: [Token], _ range: Range<Int>) -> Bool { wordsInside(tokens, range).titleCased }

    /// Whether any word inside a sentence (not its first) is title-cased, and how many are lower-cased.
    private static func wordsInside(_ tokens: [Token], _ range: Range<Int>) -> (titleCased: Bool, lowerCased: Int) {
        var words = 0
        var titleCased = false
        forEachTextWord(tokens, range) { i in
            let atStart = i == range.lowerBound || tokens[i - 1].kind == .lineBreak || tokens[i - 1].sentence != tokens[i].sentence
                || (tokens[i - 1].kind == .punctuation && tokens[i - 1].text.utf8.first == UInt8(ascii: ":"))
                // "/Jonas", "- Kalle": a sign-off mark at the line's start; the name after it starts the line.
                || (tokens[i - 1].kind == .punctuation && (i - 1 == range.lowerBound || tokens[i - 2].kind == .lineBreak))
                // "… bra att veta 🙂 /Peter": a sign-off mark at the end of a line, the name glued to it.
                || (tokens[i - 1].text == "/" && tokens[i - 1].spaceBefore && !tokens[i].spaceBefore)
            if atStart { return true }
            // "mvh Ali Karimi" in a forwarded or quoted original, whose sign-off is no signature
            // block of its own: a closing word, then the writer's name.
            if tokens[i].isCapitalized, isSignOffName(tokens, i, range) { return true }
            if tokens[i].isCapitalized {
                // Ids and acronyms ("SLA", "EH-482913") are no sign of how names are written.
                if isTitleCase(tokens[i].text) { titleCased = true; return false }
                return true
            }
            words += 1
            return true
        }
        return (titleCased, words)
    }

    /// Token `i` is one of the capitalised words after a closing word that starts its line.
    private static func isSignOffName(_ tokens: [Token], _ i: Int, _ range: Range<Int>) -> Bool {
        var k = i - 1
        while k >= range.lowerBound, tokens[k].kind == .word, tokens[k].isCapitalized, !closingWords.contains(tokens[k]) { k -= 1 }
        guard k >= range.lowerBound, tokens[k].kind == .word, closingWords.contains(tokens[k]) else { return false }
        var start = k
        while start > range.lowerBound, tokens[start - 1].kind == .word, closingWords.contains(tokens[start - 1]) { start -= 1 }
        return start == range.lowerBound || tokens[start - 1].kind == .lineBreak
    }

    /// Calls `body` with each word of `range` outside the lines that begin a quoted or forwarded
    /// message (as `QuotedMessageLines.mark` flagged them), until it returns false: a mail
    /// program writes those with capitals, whatever the writer does.
    @inline(__always)
    static func forEachTextWord(_ tokens: [Token], _ range: Range<Int>, _ body: (Int) -> Bool) {
        for i in range where tokens[i].kind == .word && !tokens[i].isInBoundaryLine {
            if !body(i) { return }
        }
    }

    /// Three or more words, each capitalised, among them a function word ("Of", "At", "Not",
    /// "Ur", "Ej") that no writer capitalises inside a sentence but in a title.
    static func isTitleCased(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var words = 0
        var functionWord = false
        var allCapitalized = true
        forEachTextWord(tokens, range) { i in
            // "Ingen Ström I Laddboxen": a one-letter preposition is a function word too, but no word to count.
            if tokens[i].text.utf8.count == 1 {
                if tokens[i].is(.preposition), tokens[i].isCapitalized { functionWord = true }
                return true
            }
            words += 1
            if !tokens[i].isCapitalized { allCapitalized = false; return false }
            if !isUpperOnly(tokens[i].text.utf8), !tokens[i].classes.isDisjoint(with: [.preposition, .negation, .noneWord]) || titleFunctionWords.contains(tokens[i]) {
                functionWord = true
            }
            return true
        }
        return allCapitalized && functionWord && words >= 3
    }
    static let titleFunctionWords = WordSet(["ur", "the", "and", "och", "with", "med", "to", "till", "for", "för", "is", "are", "är", "from", "från", "av", "out"]
        .map { TextFolding.fold($0) })

    /// Most words in capitals only, among enough words to tell: the writer shouts, or their
    /// system does. Ids ("EH-482913") are capitals in any text, so it takes most words.
    static func isShouted(_ tokens: [Token], _ range: Range<Int>, minimumWords: Int = 4) -> Bool {
        // Every word in capitals only starts with one: most text is dismissed on that bit.
        // Counted without a branch per token: which tokens are capitalised follows the text.
        var words = 0, capitalized = 0
        for i in range {
            let word = tokens[i].kind == .word ? 1 : 0
            words &+= word
            capitalized &+= word & (tokens[i].isCapitalized ? 1 : 0)
        }
        // The header lines of a forwarded message, if any, are capitalised without shouting:
        // the test for most words capitalised is made again below, without them.
        guard words >= minimumWords, capitalized * 10 >= words * 5 else { return false }
        words = 0
        var shouted = 0
        var longest = 0
        forEachTextWord(tokens, range) { i in
            let utf8 = tokens[i].text.utf8
            guard utf8.count >= 2 else { return true }
            words += 1
            if isUpperOnly(utf8) { shouted += 1; longest = max(longest, utf8.count) }
            return true
        }
        guard words >= minimumWords else { return false }
        // A few words are shouted only when all are, and one is longer than an acronym ("BRF ICA" is not).
        if words < 4 { return shouted == words && longest >= 5 }
        return shouted * 10 >= words * 8
    }

    /// No lower-case letter, ASCII or Latin-1 ("ÖPPNA", "SLA-2023"), and at least one capital.
    static func isUpperOnly(_ utf8: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        var sawUpper = false
        for byte in utf8 {
            if byte >= 97 && byte <= 122 { return false }
            if previous == 0xC3 { if byte >= 0xA0 { return false } else { sawUpper = true } }
            if byte >= 65 && byte <= 90 { sawUpper = true }
            previous = byte
        }
        return sawUpper
    }

    /// A capital, then lower-case letters: "Norrsken", not "SLA".
    static func isTitleCase(_ text: String) -> Bool {
        var sawLower = false
        for (index, byte) in text.utf8.enumerated() where index > 0 {
            if byte >= 65 && byte <= 90 { return false }
            if byte >= 97 && byte <= 122 || byte >= 0x80 { sawLower = true }
        }
        return sawLower
    }

    static func isNameCandidate(_ tokens: [Token], _ i: Int, allowingPlaceNouns: Bool = false) -> Bool {
        let token = tokens[i]
        guard token.kind == .word, token.classes.isDisjoint(with: allowingPlaceNouns ? notNameBeforeLegalForm : notName),
              let first = token.text.utf8.first else { return false }
        return first >= 0x80 || (first | 0x20 >= 97 && first | 0x20 <= 122)
    }

    /// "jobbar på tärnsjöskolan i heby … laddaren på skolans parkering": a place noun in the
    /// definite genitive whose place the text already named ("-skolan") refers back to it, and
    /// is no name, though it stands where one would. ("på arenans p-däck" with no arena named
    /// before may be the car park's name.)
    static func refersBackToNamedPlace(_ tokens: [Token], _ i: Int, in range: Range<Int>) -> Bool {
        let folded = tokens[i].folded
        guard folded.utf8.count >= 6, folded.utf8.last == UInt8(ascii: "s") else { return false }
        let stem = String(folded.dropLast())
        guard stem.hasUTF8Suffix("en") || stem.hasUTF8Suffix("et") || stem.hasUTF8Suffix("an"),
              LocationFinder.institutionNouns.contains(stem) || !Lexicon.classes(of: stem).isDisjoint(with: [.placeNoun, .siteType])
                || LocationFinder.endsInPlaceNoun(stem) else { return false }
        return tokens[range.lowerBound..<i].contains { $0.kind == .word && $0.folded.utf8.count > stem.utf8.count && $0.folded.hasUTF8Suffix(stem) }
    }

    /// The name word right after `i` on the same line, if there is one.
    static func following(_ tokens: [Token], _ i: Int, in range: Range<Int>) -> Int? {
        let next = i + 1
        guard next < range.upperBound, tokens[next].spaceBefore, tokens[next].sentence == tokens[i].sentence,
              isNameCandidate(tokens, next) else { return nil }
        return next
    }

    /// Up to three name words before `end`, with "i" between two of them ("byggkompaniet i
    /// dalarna ab"), in text order.
    /// "ek. för.", "ek.för.", "ekonomisk förening" at `index`: the legal form of an economic association.
    static func cooperativeForm(_ tokens: [Token], at index: Int, in range: Range<Int>) -> Bool {
        var k = index + 1
        if tokens[index].folded == "ek", k < range.upperBound, tokens[k].text == "." { k += 1 }
        guard k < range.upperBound, tokens[k].kind == .word else { return false }
        return tokens[index].folded == "ek" ? tokens[k].folded == "for" || tokens[k].folded == "forening" : tokens[k].folded == "forening"
    }

    static func nameRun(_ tokens: [Token], endingBefore end: Int, in range: Range<Int>) -> [Int] {
        var run: [Int] = []
        var k = end - 1
        while k >= range.lowerBound, run.count < 3, tokens[k + 1].spaceBefore, tokens[k].sentence == tokens[end].sentence {
            if isNameCandidate(tokens, k, allowingPlaceNouns: true) { run.append(k); k -= 1; continue }
            if tokens[k].folded == "i", !run.isEmpty, k > range.lowerBound, tokens[k].spaceBefore, isNameCandidate(tokens, k - 1) { k -= 1; continue }
            break
        }
        return run.reversed()
    }

    /// "på tempo i åre", "vid sahlgrenska sjukhuset i göteborg", "at circle k in mölndal": a
    /// preposition, one or two name words (and a place noun), then "i"/"in" and a town. The
    /// whole shape is needed: "vid laddaren i går" has it too, so charger and time words are
    /// no names here.
    static func siteInTown(after preposition: Int, _ tokens: [Token], in range: Range<Int>) -> [Int] {
        var k = preposition + 1
        if k < range.upperBound, tokens[k].folded == "the" { k += 1 }
        var site: [Int] = []
        // A charger's id is no site: "på eh993002 i förra veckan".
        while k < range.upperBound, site.count < 2, tokens[k].spaceBefore, isNameCandidate(tokens, k), !commonWords.contains(tokens[k]),
              !tokens[k].text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) {
            site.append(k)
            k += 1
        }
        // "på torget i kivik", "vid biblioteket i sala": a common place and its town, the town alone a name.
        if site.isEmpty, k + 2 < range.upperBound, tokens[k].is(.placeNoun), tokens[k].spaceBefore,
           tokens[k + 1].folded == "i" || tokens[k + 1].folded == "in", tokens[k + 2].sentence == tokens[k].sentence,
           isNameCandidate(tokens, k + 2), !commonWords.contains(tokens[k + 2]) {
            return [k + 2]
        }
        // "at the station car park in heby": a described common place, then its town; "in the
        // hotel parking at fjällnäs": or the place it is at, which ends the clause.
        if let end = describedCommonPlace(from: preposition + 1, tokens, in: range), end + 1 < range.upperBound,
           tokens[end + 1].sentence == tokens[end].sentence, isNameCandidate(tokens, end + 1), !commonWords.contains(tokens[end + 1]) {
            if tokens[end].folded == "i" || tokens[end].folded == "in" { return [end + 1] }
            if LocationFinder.nameJoiners.contains(tokens[end]),
               end + 2 >= range.upperBound || tokens[end + 2].kind == .punctuation || tokens[end + 2].kind == .lineBreak { return [end + 1] }
        }
        guard !site.isEmpty else { return [] }
        // "at skeppsbron 4, göteborg": a one-word street name and its number.
        if site.count == 1, k < range.upperBound, tokens[k].kind == .number, tokens[k].spaceBefore, isHouseNumber(tokens[k].folded) {
            return site + (town(after: k, tokens, in: range, afterAnyName: true).map { [$0] } ?? [])
        }
        if k < range.upperBound, tokens[k].is(.placeNoun), tokens[k].spaceBefore { k += 1 }
        // "the kvarnbyparken car park in mölndal": a place noun of two words.
        else if k + 1 < range.upperBound, tokens[k].kind == .word, tokens[k + 1].kind == .word,
                LocationFinder.placeNouns.contains(tokens[k].folded + " " + tokens[k + 1].folded) { k += 2 }
        guard k + 1 < range.upperBound, tokens[k].folded == "i" || tokens[k].folded == "in", tokens[k + 1].sentence == tokens[k].sentence,
              isNameCandidate(tokens, k + 1), !commonWords.contains(tokens[k + 1]) else { return [] }
        // "en spricka vid skarven i väggen", "vid foten i marken": two Swedish nouns in the
        // definite form are a part and what it is in, not a site and its town. (A town the
        // installed base knows is still restored as one of its names.)
        if site.count == 1, k == site[0] + 1, isDefiniteNoun(tokens[site[0]].folded), isDefiniteNoun(tokens[k + 1].folded) { return [] }
        return site + [k + 1]
    }

    /// "skarven", "väggen", "golvet": a Swedish noun of some length with the definite ending.
    static func isDefiniteNoun(_ folded: String) -> Bool {
        folded.utf8.count >= 5 && (folded.hasUTF8Suffix("en") || folded.hasUTF8Suffix("et"))
    }

    /// The end of "the station car park", "den norra parkeringen": an optional article, up to two
    /// describing words, then a place noun (or "car park").
    static func describedCommonPlace(from start: Int, _ tokens: [Token], in range: Range<Int>) -> Int? {
        var k = start
        // "at your car dealership in sala": a possessive stands where the article would.
        if k < range.upperBound, tokens[k].folded == "the" || tokens[k].folded == "den" || determiners.contains(tokens[k]) { k += 1 }
        let first = k
        var end: Int?
        // The longest run: "the station car park" ends at "park", not at "station".
        while k < range.upperBound, k - first <= 3, tokens[k].kind == .word, tokens[k].spaceBefore {
            if k + 1 < range.upperBound, tokens[k].folded == "car", tokens[k + 1].folded == "park" { k += 2; end = k; continue }
            if tokens[k].is(.placeNoun) { k += 1; end = k; continue }
            guard end == nil, !tokens[k].is(.preposition), !tokens[k].is(.clauseBreak), !tokens[k].is(.english) || k == first else { break }
            k += 1
        }
        return end
    }

    /// Words that fill the shape of a site and town but name neither: the charger and its
    /// parts, and the times people give ("i går", "i fredags", "in the morning").
    /// Words that may follow a place's name and end its phrase: its town, or the sentence's verb.
    static let afterPlaceName = WordSet(["i", "är", "har", "som", "funkar", "fungerar", "laddar", "slutade", "slutat"].map { TextFolding.fold($0) })
    /// "När är servicen vid garaget planerad?", "Är laddaren vid kyrkan trasig?": what the
    /// sentence says of the place, a participle or an adjective, stands where its name could.
    /// Names end otherwise ("Solängen", "Delfinen", "Norrvalla"); towns in "-stad" are names.
    static func isPredicateWord(_ folded: String) -> Bool {
        if predicateWords.contains(folded) { return true }
        if folded.hasUTF8Suffix("stad") { return false }
        return folded.hasUTF8Suffix("ad") || folded.hasUTF8Suffix("ade") || folded.hasUTF8Suffix("ig") || folded.hasUTF8Suffix("igt")
            || folded.hasUTF8Suffix("iga") || folded.hasUTF8Suffix("ligt")
    }
    static let predicateWords = WordSet(["klar", "klart", "klara", "sönder", "död", "dött", "stängd", "stängt", "öppen", "öppet", "borta",
                                         "full", "fullt", "tom", "tomt", "avstängd", "avstängt", "strömlös", "strömlöst", "offline"]
        .map { TextFolding.fold($0) })
    /// Adverbs that stand where a place's name could ("vid biblioteket heller", "på skolan tyvärr").
    static let sentenceAdverbs = WordSet(["heller", "tyvärr", "igen", "återigen", "fortfarande", "redan", "dock", "bara", "alltid", "ofta",
                                          "ibland", "längre", "numera", "också", "även", "verkligen", "helt", "totalt", "just", "sedan",
                                          "alltså", "precis", "faktiskt", "idag", "igår", "ikväll", "imorse", "inatt", "nyss", "förut",
                                          "numer", "visst", "nämligen", "åter"].map { TextFolding.fold($0) })

    static let commonWords: WordSet = [
        "laddaren", "laddare", "laddarna", "laddboxen", "laddbox", "laddboxarna", "laddstolpen", "laddstolpe", "laddstolparna",
        "laddplatsen", "laddplats", "stolpen", "boxen", "kabeln", "kabel", "bilen", "bil", "bilar", "appen", "app", "displayen",
        "jobbet", "jobb", "kontoret", "hemma", "huset", "work", "home", "house", "office",
        "semester", "semestern", "ferie", "ferien", "urlaub", "besok", "resa", "lunch", "mote", "motet", "vacation", "holiday", "trip", "visit", "business", "meeting",
        "uttag", "uttaget", "outlet", "socket", "nummer", "nr", "number", "no", "box", "plats", "punkt", "sida", "side", "level", "floor",
        "charger", "chargers", "station", "cable", "car", "cars", "display", "screen", "unit", "post", "wallbox",
        "gar", "morse", "kvall", "natt", "dag", "helgen", "veckan", "manaden", "fjol", "ar", "eftermiddags", "formiddags",
        "mandags", "tisdags", "onsdags", "torsdags", "fredags", "lordags", "sondags", "snart", "tid", "tiden",
        // "i förra veckan", "i nästa vecka": which week, before the word of time.
        "forra", "forre", "nasta", "denna", "detta", "samma",
        "morning", "evening", "afternoon", "night", "time", "future", "meantime", "general", "total", "front", "advance",
        // "hamnar på fel datum i rapporten": what a back office shows things in, and a wrong date, are no site and town.
        "fel", "datum", "datumet", "rapport", "rapporten", "portal", "portalen", "systemet", "faktura", "fakturan", "mejlet",
        "listan", "report", "invoice",
    ]

    /// "i kiruna" / "in kiruna" right after a site's name, ending the phrase.
    static func townAfterSite(_ name: Int, _ tokens: [Token], in range: Range<Int>) -> Int? {
        let k = name + 2
        guard k < range.upperBound, tokens[name + 1].folded == "i" || tokens[name + 1].folded == "in",
              tokens[k].sentence == tokens[name].sentence, isNameCandidate(tokens, k) else { return nil }
        return k
    }

    /// "4", "12b": a house number, not a year or a count of things.
    static func isHouseNumber(_ folded: String) -> Bool {
        let digits = folded.utf8.prefix { $0 >= 48 && $0 <= 57 }.count
        return digits > 0 && digits <= 3 && folded.utf8.count - digits <= 1
    }

    /// A word with a street suffix and three letters before it: "kustvägen", "storgatan".
    static func isStreetName(_ folded: String) -> Bool {
        let utf8 = Array(folded.utf8)
        return LocationFinder.suffixes.contains { suffix in utf8.count >= suffix.count + 3 && utf8.suffix(suffix.count).elementsEqual(suffix) }
    }

    /// "852 30 sundsvall", "kustvägen 33, halmstad", "strandvägen 3 i kiruna": the town after a
    /// postal code or after a street and house number.
    static func town(after i: Int, _ tokens: [Token], in range: Range<Int>, afterAnyName: Bool = false) -> Int? {
        let utf8 = tokens[i].text.utf8
        var k = i + 1
        if utf8.count == 3, k < range.upperBound, tokens[k].kind == .number, tokens[k].text.utf8.count == 2 {
            k += 1  // postal code "852 30"
        } else {
            // "västra torget 3 i lund": a street in two words ends in a bare street word.
            let twoWordStreet = i - 2 >= range.lowerBound && tokens[i - 2].kind == .word
                && LocationFinder.suffixes.contains { $0.elementsEqual(tokens[i - 1].folded.utf8) }
            guard utf8.count <= 4, i > range.lowerBound, afterAnyName || isStreetName(tokens[i - 1].folded) || twoWordStreet else { return nil }
            if k < range.upperBound, tokens[k].text == "," || tokens[k].folded == "i" || tokens[k].folded == "in" { k += 1 } else { return nil }
        }
        guard k < range.upperBound, tokens[k].sentence == tokens[i].sentence || tokens[k - 1].text == ",", isNameCandidate(tokens, k) else { return nil }
        return k
    }

    /// A second word of the town's name when the phrase ends after it: "västra frölunda.".
    static func townSecondWord(_ town: Int, _ tokens: [Token], in range: Range<Int>) -> Int? {
        let next = town + 1, after = town + 2
        guard next < range.upperBound, tokens[next].spaceBefore, isNameCandidate(tokens, next),
              after >= range.upperBound || tokens[after].kind == .punctuation || tokens[after].kind == .lineBreak else { return nil }
        return next
    }
}
