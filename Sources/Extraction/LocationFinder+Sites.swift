/// Site names after a preposition: "vid Stadsbiblioteket", "at the Scandic Luleå",
/// "hos Brf Solrosen"; parking codes and trades that are no site.
extension LocationFinder {
    struct Site {
        var range: Range<Int>
        var text: String
        /// A single capitalised word after "i"/"in": more likely a town than a site.
        var isTownOnly: Bool
        /// The writer's own place by its town or area ("our Uppsala store"): a named site the
        /// text gives later ("Coop Forum Bergsbrunna") says more.
        var isWritersPlace = false
    }

    func isNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.is(.notPlace) else { return false }
        // "in Vimmerby I tried to charge": the English "I" before its verb ends a name.
        // "Laddstolpe I Lerum", "I Need Help": a capital "I" is the Swedish preposition or the English pronoun, never a name.
        if token.text == "I" { return false }
        let folded = token.folded
        // "Kempower-portalen", "Monta-appen": a service, not a place.
        if folded.hasUTF8Suffix("app") || folded.hasUTF8Suffix("appen") || folded.hasUTF8Suffix("appar") || folded.hasUTF8Suffix("-portal")
            || folded.hasUTF8Suffix("-portalen") { return false }
        if let dash = folded.utf8.firstIndex(of: UInt8(ascii: "-")), Self.notPlaces.contains(String(folded[..<dash])) { return false }
        return true
    }

    /// A compound naming an association ("ryttarförening", "hembygdsföreningen") that holds no
    /// houses, as a housing association or joint property association does.
    static func isNonHousingAssociation(_ folded: String) -> Bool {
        guard folded.utf8.count >= 11, folded.hasUTF8Suffix("forening") || folded.hasUTF8Suffix("foreningen") else { return false }
        return !housingAssociationStems.contains { folded.hasPrefix($0) }
    }
    static let housingAssociationStems = ["bostadsratt", "samfallighet", "brf", "villaagare", "egnahem", "tomtagare", "vag", "hyresgast"]

    /// "Gräsandens samfällighet", "i Gräsandens samfällighetsförening": a joint property
    /// association is the houses and grounds it holds, named by the genitive before it, as the
    /// installed base names such sites.
    static let jointPropertyWords = WordSet(["samfällighet", "samfälligheten", "samfällighetsförening", "samfällighetsföreningen"].map { TextFolding.fold($0) })

    func site(after start: Int, preposition: String, within range: Range<Int>) -> Site? {
        tokens.withUnsafeBufferPointer { site(after: start, preposition: preposition, within: range, tokens: $0) }
    }

    /// `site(after:preposition:within:)`, reading the tokens in place (see `scan`).
    func site(after start: Int, preposition: String, within range: Range<Int>, tokens: UnsafeBufferPointer<Token>) -> Site? {
        var k = start
        let hasArticle = k < range.upperBound && ["the", "den"].contains(tokens[k].folded)
        if hasArticle { k += 1 }
        // "på min arbetsplats Sahlgrenska sjukhuset", "at my workplace Volvo Cars": the writer's
        // own kind of place, then its name.
        func startsName(_ index: Int) -> Bool {
            isNameWord(index) || (tokens[index].isCapitalized && (tokens[index].is(.siteType) || Self.siteBrands.contains(tokens[index])))
        }
        if k + 2 < range.upperBound, tokens[k].is(.possessive), isOwnPlaceWord(k + 1), tokens[k + 2].spaceBefore, startsName(k + 2) { k += 2 }
        // "på plan 4 i vårt P-hus Kvarnen", "at our Hotel Tallen": the possessive before a site's
        // typed name, its kind written as the name writes it.
        else if k + 2 < range.upperBound, tokens[k].is(.possessive), tokens[k + 1].isCapitalized, tokens[k + 1].is(.siteType),
                tokens[k + 1].spaceBefore, tokens[k + 2].spaceBefore, isNameWord(k + 2) { k += 1 }
        // "our office building Glasbruket", "vår nya butik Kvarnen": a word before the kind.
        else if k + 3 < range.upperBound, tokens[k].is(.possessive), tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
                !tokens[k + 1].is(.preposition), isOwnPlaceWord(k + 2) || (tokens[k + 2].spaceBefore && !tokens[k + 2].isCapitalized
                    && Self.ownPlaceKinds.contains(tokens[k + 2])),
                tokens[k + 3].spaceBefore, startsName(k + 3) { k += 3 }
        // "at our office, Lindholmen Science Park", "vid vårt kontor, Kvarnhuset i Visby": the name in apposition.
        else if k + 3 < range.upperBound, tokens[k].is(.possessive), isOwnPlaceWord(k + 1), tokens[k + 2].text == ",",
                tokens[k + 3].spaceBefore, startsName(k + 3) { k += 3 }
        // "in the garage of our office building, Kontorshuset Triangeln": a word before the kind, then the name in apposition.
        else if k + 4 < range.upperBound, tokens[k].is(.possessive), tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
                !tokens[k + 1].is(.preposition), isOwnPlaceWord(k + 2) || (tokens[k + 2].spaceBefore && !tokens[k + 2].isCapitalized
                    && Self.ownPlaceKinds.contains(tokens[k + 2])),
                tokens[k + 3].text == ",", tokens[k + 4].spaceBefore, startsName(k + 4) { k += 4 }
        // "på jobbet (Bilhallen Söder)", "vid vårt kontor (Kvarnhuset)": the writer's kind of
        // place, then its name in parentheses.
        // "at our bus depot (Bussdepå Syd)": one describing word may stand before the kind.
        else if case let noun = tokens[k].is(.possessive) ? (k + 3 < range.upperBound && tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized
                                                            && isOwnPlaceWord(k + 2) && tokens[k + 3].text == "(" ? k + 2 : k + 1) : k,
                noun + 2 < range.upperBound, tokens[noun + 1].kind == .punctuation,
                tokens[noun + 1].text == "(", isOwnPlaceWord(noun), startsName(noun + 2) { k = noun + 2 }
        // "at the cold bath house (Kallbadhuset)": what the place is, in a few plain words, then its name.
        // "at the dental clinic car park (Folktandvården Luthagen, Uppsala)": up to four plain words.
        // "at the dental clinic in Mora (Tandläkarhuset, Fridhemsgatan)": its town may come between.
        // "vid båthamnen i Lysekil (Vågens båthamn, Hamnvägen 12)": a Swedish definite place noun
        // needs no article, but then it alone says what the place is.
        else if hasArticle || isOwnPlaceWord(k), let paren = (k + 1..<min(k + 7, range.upperBound)).first(where: { tokens[$0].text == "(" }),
                paren + 1 < range.upperBound,
                case let described = paren - k >= 3 && tokens[paren - 2].is(.townConnector) && isNameWord(paren - 1) ? paren - 2 : paren,
                hasArticle ? described - k <= 4 : described - k == 1,
                // "i gästhamnen (GLB9810001 och GLB9810002)", "(SLA-2024-0808)": an id in parentheses is no name.
                !tokens[paren + 1].text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }),
                tokens[k..<described].allSatisfy({ $0.kind == .word && !$0.isCapitalized && !$0.is(.preposition) && !$0.is(.clauseBreak) }),
                startsName(paren + 1),
                // "vid hotellet i Kiruna (Strandvägen 3)": a street in parentheses is the place's
                // address, which the common place and its town take below, not its name.
                addressRange(at: paren + 1, within: range) == nil, !startsAddress(paren + 1, within: range) {
            // The name, the street the writer adds to it, and the town given before.
            if described < paren, let named = site(after: paren + 1, preposition: preposition, within: range, tokens: tokens), !named.isTownOnly {
                var parts = [named.text]
                var end = named.range.upperBound
                if end + 1 < range.upperBound, tokens[end].text == ",", isStreetWord(end + 1) {
                    // "(Vågens båthamn, Hamnvägen 12)": the street with its number.
                    let numbered = end + 2 < range.upperBound && isHouseNumber(end + 2)
                    parts.append(numbered ? tokens[end + 1].text + " " + tokens[end + 2].text : tokens[end + 1].text)
                    end += numbered ? 3 : 2
                }
                // "(Pendelparkeringen Exempelvik)": a name that holds the town says it already.
                if !tokens[(paren + 1)..<end].contains(where: { $0.folded == tokens[paren - 1].folded }) { parts.append(tokens[paren - 1].text) }
                return Site(range: (paren + 1)..<end, text: parts.joined(separator: ", "), isTownOnly: false)
            }
            k = paren + 1
        }
        // "at the farm shop Hallabo near Sölvesborg", "the camping site Rörvik Camping": a kind in
        // two words, then the name, which says where.
        else if hasArticle, k + 2 < range.upperBound, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k + 1].isCapitalized,
                tokens[k + 2].spaceBefore, isNameWord(k + 2), isTwoWordPlaceNoun(k, within: range) { k += 2 }
        // "outside the hotel Hotell Fjärden": the common noun, then the name that says it again.
        else if k + 1 < range.upperBound, tokens[k].kind == .word, !tokens[k].isCapitalized,
                tokens[k].is(.placeNoun) || Self.premisesWords.contains(tokens[k]),
                tokens[k + 1].spaceBefore, tokens[k + 1].isCapitalized, tokens[k + 1].is(.siteType) { k += 1 }
        if let named = namedOwnPlace(at: k, within: range) { return named }
        // "Vi på campingen har märkt … Sofia, Sandvikens Camping": the writers' own place by its
        // kind, which their signature names.
        if start >= range.lowerBound + 2, tokens[start - 2].is(.we), k < range.upperBound, tokens[k].kind == .word, !tokens[k].isCapitalized,
           tokens[k].is(.placeNoun), let name = signedName(ofKind: k) {
            return Site(range: k..<(k + 1), text: name, isTownOnly: false, isWritersPlace: true)
        }
        // "the charger outside our dental clinic in Sandviken": the writer's own common place,
        // tied to a town as any common place must be, says where the charger stands; unless
        // its own name follows in parentheses ("på vår depå i Malmö (Bussdepå Syd)"), which says more.
        if k + 1 < range.upperBound, tokens[k].is(.possessive), let noun = commonPlace(at: k + 1, within: range),
           let (_, townEnd) = town(after: noun.upperBound, within: range), townEnd >= range.upperBound || tokens[townEnd].text != "(" {
            return Site(range: noun, text: text(noun), isTownOnly: false, isWritersPlace: true)
        }
        // "the chargers in car park P2": a common place of two words and the code that says which;
        // "at the airport car park P2": one word may say whose car park.
        for noun in [k, k + 1] where noun + 2 < range.upperBound && tokens[noun].kind == .word && !tokens[noun].isCapitalized
            && (noun == k || (tokens[k].kind == .word && !tokens[k].isCapitalized && !tokens[k].is(.preposition) && !tokens[k].is(.possessive)))
            && isTwoWordPlaceNoun(noun, within: range) && tokens[noun + 2].spaceBefore && Self.isParkingCode(tokens[noun + 2].text) {
            return Site(range: k..<(noun + 3), text: text(k..<(noun + 3)), isTownOnly: false)
        }
        let first = k
        guard first < range.upperBound else { return nil }
        // "i parkeringshuset Kvarnen", "garaget Fältöversten": a common place noun that names follow.
        // "at Volvo Cars Torslanda", "vid Tesla Supercharger Arlanda": a carmaker's name starts a
        // site when a name follows it; alone ("hit by a Volvo") or before a model it is a car.
        let startsWithBrand = first + 1 < range.upperBound && tokens[first].isCapitalized && Self.siteBrands.contains(tokens[first])
            && tokens[first + 1].spaceBefore && isNameWord(first + 1) && !Self.modelWords.contains(tokens[first + 1])
        let startsWithType = tokens[first].is(.siteType) || namesFollow(placeNoun: first, within: range) || startsWithBrand
        if !isNameWord(first), !startsWithType, let generic = genericPlace(at: first, within: range) {
            // "jobbar på Fjällskolan i Sveg. Laddaren på skolans parkering …": the school is the
            // one the writer named, and its name says where.
            if let named = namedEarlier(genitive: first, within: range) {
                return Site(range: generic, text: named, isTownOnly: false)
            }
            return Site(range: generic, text: text(generic), isTownOnly: false)
        }
        // "vid biblioteket i Mora", "at the hospital car park in Varberg": a common place noun
        // is a site only when the writer ties a town to it.
        // "i parkeringshuset i Ljungby": a compound ending in a place noun as well, the town
        // or the place it is by right after it.
        if !isNameWord(first), !startsWithType,
           let noun = commonPlace(at: first, within: range)
               ?? (first + 1 < range.upperBound && Self.compoundPlaceFollowerKeys.mayContain(tokens[first + 1].key)
                   && Self.compoundPlaceFollowers.contains(tokens[first + 1]) && isCompoundPlaceNoun(first)
                   ? first..<(first + 1) : nil) {
            // "the rest stop on the E6 near Ljungskile": the road the place is on belongs to it.
            var end = noun.upperBound
            if end + 1 < range.upperBound, Self.roadJoiners.contains(tokens[end]) {
                var road = end + 1
                if road + 1 < range.upperBound, tokens[road].folded == "the" { road += 1 }
                if isRoadNumber(tokens[road].text) { end = road + 1 }
            }
            if town(after: end, within: range) != nil { return Site(range: noun.lowerBound..<end, text: text(noun.lowerBound..<end), isTownOnly: false) }
            // "the commuter car park by Ängelholm station", "garaget under Kungsbacka badhus": a
            // common place tied to a named one. The name says where, the common place which part
            // of it; joined as labellers join a site and its place ("Vägkrogen outside Härnösand"
            // is "Vägkrogen, Härnösand").
            let c = noun.upperBound
            if c + 2 < range.upperBound, Self.landmarkConnectors.contains(tokens[c]), tokens[c + 1].spaceBefore, isNameWord(c + 1),
               let named = site(after: c + 1, preposition: "vid", within: range), named.range.count >= 2,
               // "the car park at Ljungby hospital (Parkeringshuset Lasarettet)": the name in parentheses says it all;
               // "(level -2)" only which floor.
               !(named.range.upperBound..<min(named.range.upperBound + 4, range.upperBound)).contains(where: {
                   tokens[$0].text == "(" && !($0 + 1 < range.upperBound && tokens[$0 + 1].is(.levelWord)) }) {
                return Site(range: noun.lowerBound..<named.range.upperBound, text: text(noun) + ", " + named.text, isTownOnly: false)
            }
            // "i parkeringshuset vid lasarettet i Ljungby": a common place by another, the town
            // tied to the second; both say which part of the town.
            if c + 1 < range.upperBound, Self.landmarkConnectors.contains(tokens[c]), tokens[c + 1].spaceBefore,
               let landmark = commonPlace(at: c + 1, within: range), town(after: landmark.upperBound, within: range) != nil {
                return Site(range: noun.lowerBound..<landmark.upperBound, text: text(noun.lowerBound..<landmark.upperBound), isTownOnly: false)
            }
        }
        guard isNameWord(first) || startsWithType else { return nil }
        // "the cable of ZAP120001 at …": a charger's id is no site's name.
        if tokens[first].folded.utf8.lazy.filter({ $0 >= 48 && $0 <= 57 }).count >= 4 { return nil }
        if isSpacedSerialPrefix(first, within: range) { return nil }
        if isStreetWord(first), isHouseNumber(first + 1) { return nil }
        if addressRange(at: first, within: range) != nil || startsAddress(first, within: range) { return nil }
        var capitalized = 0
        while k < range.upperBound {
            let token = tokens[k]
            // "kv. Tornet": the abbreviation's period is no sentence end.
            // Not after a whole word: "vid pendelparkeringen. De är offline" ends a sentence.
            if k == first + 1, startsWithType, token.text == ".", !token.spaceBefore, tokens[first].folded.utf8.count <= 3,
               k + 1 < range.upperBound, tokens[k + 1].spaceBefore, isNameWord(k + 1) {
                k += 1
                continue
            }
            if k > first, !token.spaceBefore { break }
            // "Kallbadhuset SLA-2024-0210": an id or agreement number ends the name.
            if k > first, token.isWordLike, token.folded.utf8.lazy.filter({ $0 >= 48 && $0 <= 57 }).count >= 4 { break }
            if isStreetWord(k), isHouseNumber(k + 1) { break }
            if k > first, startsAddress(k, within: range) { break }
            if isNameWord(k) || token.is(.siteType) || (k == first && startsWithType) {
                if isNameWord(k) { capitalized += 1 }
                k += 1
                continue
            }
            if k > first, token.kind == .number, isHouseNumber(k), tokens[first].is(.siteType), k + 1 >= range.upperBound || tokens[k + 1].kind != .number {
                k += 1
                continue
            }
            if k > first, token.is(.placeNoun) || isCompoundPlaceNoun(k) { k += 1; continue }
            // "Bäckströms åkeri", "Lindbergs livs": a family name in the genitive, then the trade in lower case.
            if k > first, k == first + 1, isNameWord(first), tokens[first].folded.utf8.last == UInt8(ascii: "s"), token.kind == .word,
               token.spaceBefore, !token.isCapitalized, Self.isTrade(token.folded) || Self.jointPropertyWords.contains(token.folded) { k += 1; continue }
            // "radhusområdet Gräsandens samfällighet": the association's word after its genitive
            // name, wherever the name starts.
            if k > first + 1, isNameWord(k - 1), tokens[k - 1].folded.utf8.last == UInt8(ascii: "s"), token.kind == .word, token.spaceBefore,
               !token.isCapitalized, Self.jointPropertyWords.contains(token.folded) { k += 1; continue }
            // "rastplats Ödeshög norra", "Kvarnen östra": the part of a site named for its side.
            if k > first, isNameWord(k - 1), Self.sideWords.contains(token.folded), token.spaceBefore { k += 1; continue }
            // "Ica maxi", "coop forum": a grocery chain's store format belongs to the name in any case.
            if k > first, Self.storeFormats.contains(token.folded), Self.storeChains.contains(tokens[k - 1]) { k += 1; continue }
            if k > first, token.folded == "car", k + 1 < range.upperBound, tokens[k + 1].folded == "park" { k += 2; continue }
            // "Tingvalla ice rink", "the Navet office building": any place noun of two words.
            if k > first, token.spaceBefore, !token.isCapitalized, isTwoWordPlaceNoun(k, within: range) { k += 2; continue }
            // "the Tandläkarhuset building": after a name, a building says what the name is of.
            if k > first, token.spaceBefore, !token.isCapitalized, isNameWord(k - 1), Self.buildingWords.contains(token.folded) { k += 1; continue }
            // "Mall of Scandinavia", "Museum of Work": "of" inside a name, between capitalised words.
            // "Hallsbergs Bil & Däck": "&" likewise.
            if k > first, token.folded == "of" || token.text == "&", token.spaceBefore, k + 1 < range.upperBound, tokens[k + 1].spaceBefore,
               isNameWord(k + 1) { k += 1; continue }
            // "Skutberget outdoor area car park": up to two describing words, then a place noun.
            if k > first, let nounEnd = describedPlaceNoun(from: k, within: range) { k = nounEnd; continue }
            break
        }
        guard k > first else { return nil }
        // "i Trafikverkets felanmälan", "i Easees app": a name in the genitive before a service
        // of its owner's is whose the service is, not a place.
        if k - first == 1, k < range.upperBound, tokens[k].kind == .word, tokens[k].spaceBefore, !tokens[k].isCapitalized,
           tokens[first].folded.utf8.last == UInt8(ascii: "s"), Self.serviceWords.contains(tokens[k]) { return nil }
        // "in the Monta app", "i Monta portalen": a name before an app or portal names the app, not a place.
        if k < range.upperBound, tokens[k].kind == .word, tokens[k].spaceBefore, !tokens[k].isCapitalized,
           Self.appWords.contains(tokens[k]) { return nil }
        // "i P-huset vid Järntorget": a kind of site alone, then the named place it stands by;
        // so is a place noun a lower-case text's registry names made a name ("långtidsparkeringen vid visby flygplats").
        if k - first == 1, tokens[first].is(.siteType) || tokens[first].is(.placeNoun) || Self.endsInPlaceNoun(tokens[first].folded) || Self.isParkingCode(tokens[first].text),
           k + 1 < range.upperBound, Self.siteByJoiners.contains(tokens[k]),
           tokens[k + 1].spaceBefore, isNameWord(k + 1), let named = site(after: k + 1, preposition: "vid", within: range), !named.isTownOnly {
            k = named.range.upperBound
        }
        // "i P4 vid resecentrum i Linköping": a car park's code, then the common place it serves.
        // "i P-huset vid lasarettet": a kind of site likewise.
        else if k - first == 1, Self.isParkingCode(tokens[first].text) || tokens[first].is(.siteType), k + 1 < range.upperBound, Self.siteByJoiners.contains(tokens[k]),
                tokens[k + 1].spaceBefore, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
                tokens[k + 1].is(.placeNoun) || isCompoundPlaceNoun(k + 1) {
            k += 2
        }
        // "at Skeppsbron 4, Göteborg": a street whose name has no street ending, and its number.
        // "at Broa 12 on Fårö": English puts an island after "on"; not "on Monday".
        if k - first == 1, !startsWithType, k < range.upperBound, tokens[k].kind == .number, tokens[k].spaceBefore, isHouseNumber(k),
           k + 1 >= range.upperBound || tokens[k + 1].kind == .punctuation || tokens[k + 1].kind == .lineBreak || tokens[k + 1].is(.townConnector)
            || (tokens[k + 1].folded == "on" && k + 2 < range.upperBound && tokens[k + 2].isCapitalized && !tokens[k + 2].is(.notPlace)) {
            k += 1
        }
        // An abbreviated site type alone ("kv", "brf") names no place.
        if k - first == 1, startsWithType, tokens[first].folded.utf8.count <= 3 { return nil }
        let words = tokens[first..<k]
        if words.contains(where: { $0.is(.legalForm) }) {
            // "Vi på Hälla Livs AB (ICA Kvantum Hälla) har två laddare": the firm, then the name of
            // its place in parentheses, which is where its chargers stand.
            if k + 1 < range.upperBound, tokens[k].text == "(", isNameWord(k + 1),
               let named = site(after: k + 1, preposition: preposition, within: range), !named.isTownOnly,
               named.range.upperBound < range.upperBound, tokens[named.range.upperBound].text == ")" {
                return named
            }
            return nil
        }
        // "ordförande i Taxi Gävle ekonomisk förening", "ek. för.": an economic association's
        // legal form after the name, as "AB" within it, makes it a firm, not a place.
        if k + 1 < range.upperBound, tokens[k].spaceBefore,
           (tokens[k].folded == "ekonomisk" && tokens[k + 1].folded == "forening")
            || (tokens[k].folded == "ek" && tokens[k + 1].text == "." && k + 2 < range.upperBound && tokens[k + 2].folded == "for") { return nil }
        // "Vi i Luleå Taxi Ekonomisk Förening": the same form in the name's own capitals.
        if k - first >= 3, tokens[k - 2].folded == "ekonomisk", tokens[k - 1].folded == "forening" { return nil }
        // "vi i Finspångs Ryttarförening", "kassör i Hjo Hembygdsförening": an association by
        // name is people, not a place; a housing one is its houses ("Brf Tallen", "Gräsandens
        // samfällighetsförening").
        if k - first >= 2, Self.isNonHousingAssociation(tokens[k - 1].folded) { return nil }
        if capitalized == 0 && !tokens[first].is(.siteType) { return nil }
        // "he is at the hotel now": a kind of site with an article and no name is a common noun.
        // "in the hotel parking at Vemdalsskalet": the name that follows says which.
        // "the hotel in Kiruna": a town tied to it makes it a place, as for any common place noun.
        if capitalized == 0, hasArticle, !tokens[first].isCapitalized, town(after: k, within: range) == nil {
            guard k + 1 < range.upperBound, Self.nameJoiners.contains(tokens[k]), tokens[k + 1].spaceBefore, isNameWord(k + 1),
                  let named = site(after: k + 1, preposition: tokens[k].folded, within: range), !named.isTownOnly else { return nil }
            return Site(range: first..<named.range.upperBound, text: text(first..<named.range.upperBound), isTownOnly: false)
        }
        // "Vi på Västerås stad", "hos Uppsala kommun": an organisation, not a place. "i Mora kommun" is a town.
        if k < range.upperBound, preposition != "i", preposition != "in", tokens[k].is(.municipalityWord) { return nil }
        // Roads after a site: "Rastplats Fallskogen vid E20".
        if k + 1 < range.upperBound, tokens[k].folded == "vid", isRoadNumber(tokens[k + 1].text) { k += 2 }
        // "Rasta Ljungby by the E4", "on the E6": the same in English, the article before the road.
        else if k + 2 < range.upperBound, tokens[k].folded == "by" || tokens[k].folded == "on", tokens[k + 1].folded == "the",
                isRoadNumber(tokens[k + 2].text) { k += 3 }
        // "i vårt kontorshus Glasbruket": a name the writer's kind of place introduced is no town.
        let introduced = first > start + (hasArticle ? 1 : 0)
        // "i Vivstadepån": one word that ends in a definite place noun names a site; towns end in
        // a place noun only in its bare form ("Karlshamn", "Sandhamn").
        // "på Lidingö": an island town after "på", as any town after "i".
        let townOnly = (preposition == "i" || preposition == "in" || (preposition == "pa" && Self.townsAfterPa.contains(tokens[first])))
            && k - first == 1 && !startsWithType && !introduced && !isDefiniteCompoundPlace(first)
        return Site(range: first..<k, text: text(first..<k), isTownOnly: townOnly)
    }

    /// "Vivstadepån", "Kyrkbacksskolan": a capitalised compound ending in a place noun's definite
    /// form ("-en", "-et", "-an").
    func isDefiniteCompoundPlace(_ index: Int) -> Bool {
        let folded = tokens[index].folded
        guard tokens[index].kind == .word, folded.utf8.count >= 8,
              folded.hasUTF8Suffix("en") || folded.hasUTF8Suffix("et") || folded.hasUTF8Suffix("an") else { return false }
        // "Gästhamnen" alone is the kind, capitalised or not, and a name may follow it.
        return Self.endsInPlaceNoun(folded) && !Self.singleWordPlaceNouns.contains(folded)
    }

    /// "P4", "P12": a car park area's code on its signs ("p4" in text without capitals).
    static func isParkingCode(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, first | 0x20 == UInt8(ascii: "p"), (2...3).contains(utf8.count) else { return false }
        return utf8.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// What ties a kind of site to the named place it is part of: "P-huset vid Järntorget", "långtidsparkeringen på Visby flygplats".
    static let siteByJoiners: WordSet = ["vid", "by", "pa", "at", "framfor", "utanfor", "mittemot", "bakom", "bredvid", "intill", "ovanfor", "nedanfor"]

    /// A trade that follows a family name in a firm's name: "åkeri", "bageri" (the "-eri" of a
    /// business), "livs", "bil", "el"; folded, as tokens compare them.
    static func isTrade(_ folded: String) -> Bool {
        (folded.utf8.count >= 5 && folded.hasUTF8Suffix("eri")) || trades.contains(folded)
    }
    static let trades: WordSet = ["livs", "bil", "bilar", "el", "bygg", "transport", "taxi", "buss", "lantbruk", "verkstad", "handel",
                                      "plat", "ror", "mek", "maskin", "fastigheter", "service", "cafe", "konditori"]

    /// What ties a common kind of site to the name of the place it is at: "the hotel parking at Vemdalsskalet".
    static let nameJoiners: WordSet = ["at", "in", "by", "near", "vid", "i", "pa"]

    /// "jobbar på X", "I work at X": the writer's workplace, named to say who they are.
    static let workVerbs: WordSet = ["jobbar", "arbetar", "work", "works"]
}
