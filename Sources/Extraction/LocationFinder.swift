#if canImport(Glibc)
import Glibc
#endif

/// Finds where the faulty charger stands, as the writer gave it: a site name and/or a street
/// address, plus the town when the writer connects one.
///
/// It reads the writer's own text first, then forwarded and quoted text, then the subject;
/// never the signature (that is the sender's office) and never billing addresses.
struct LocationFinder {
    static let roleOrder: [Token.Role] = [.own, .forwarded, .quoted, .subject]
    static let suffixes: [[UInt8]] = Set(Vocabulary.streetSuffixes.map { TextFolding.fold($0) }).map { Array($0.utf8) }
    /// The last bytes of the street suffixes: most words end otherwise and are dismissed at once.
    static let suffixLastBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for suffix in suffixes { if let last = suffix.last { table[Int(last)] = true } }
        return table
    }()
    /// The suffixes by their last byte, so a word is compared only with those that end like it.
    static let suffixesByLastByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for suffix in suffixes { if let last = suffix.last { table[Int(last)].append(suffix) } }
        return table
    }()
    static let singleWordPlaceNouns = Array(placeNouns.filter { !$0.contains(" ") }).sorted()
    static let placeNouns = WordSet(Vocabulary.placeNouns.map { TextFolding.fold($0) })
    static let notPlaces = WordSet(Vocabulary.notPlaces.map { TextFolding.fold($0) })
    static let municipalityWords: WordSet = ["kommun", "stad"]

    let tokens: [Token]

    struct Mention {
        var range: Range<Int>
        var text: String
        var rule: String
    }

    func find() -> (String, Evidence)? {
        // "Objekt: …" in a guard's report names what was patrolled, which prose usually places
        // better ("på plan 1 i P-huset Kvarnen (Kopparbergsvägen 8, Västerås)"): read last,
        // unless the prose gives only a kind of place ("vid infarten till P-garaget").
        guard let found = findFirst(fallbackLabels: false) else { return findFirst(fallbackLabels: true) }
        if Self.isBareKind(found.0), let labelled = findFirst(fallbackLabels: true) { return labelled }
        return found
    }

    /// One word that is a kind of site or a place noun, with no name: "P-garaget", "parkeringen".
    static func isBareKind(_ text: String) -> Bool {
        // Bytes, not characters: most places have a space and are ruled out at once.
        guard !text.utf8.contains(where: { $0 == 32 || $0 == 44 || ($0 >= 48 && $0 <= 57) }) else { return false }
        let folded = TextFolding.fold(text)
        return !Lexicon.classes(of: folded).isDisjoint(with: [.siteType, .placeNoun]) || endsInPlaceNoun(folded)
    }

    private func findFirst(fallbackLabels: Bool) -> (String, Evidence)? {
        // Each role's tokens are contiguous runs; scan each run in role order.
        guard !tokens.isEmpty else { return nil }
        var runs: [(Token.Role, Range<Int>)] = []
        var start = 0
        for i in 1...tokens.count where i == tokens.count || tokens[i].role != tokens[start].role {
            runs.append((tokens[start].role, start..<i))
            start = i
        }
        // A site named without its address in one part of the case and an address without a
        // site in another are one place: "en boende i BRF Lärkan 4" in a manager's forward and
        // "på vår gård på Lärkgatan 4" in the resident's original. (Not the subject's site: a
        // title, which the writer's text may or may not place at the address it gives.)
        // Labelled lines ("Adress: …", "Site: …") say it outright, in whichever part they stand.
        let form = FormFieldReader(tokens: tokens, fallbackLabels: fallbackLabels)
        for role in Self.roleOrder where role != .subject {
            for (runRole, range) in runs where runRole == role {
                if let found = form.location(within: range) {
                    return (found.text, evidence(rule: "location.form-field", around: found.start, confidence: 0.9))
                }
            }
        }
        if fallbackLabels { return nil }
        if let answered = answerToPlaceQuestion(runs) { return answered }
        // The writer's own text first, then the forwarded or quoted report it passes on.
        for role in [Token.Role.own, .forwarded, .quoted] {
            for (runRole, range) in runs where runRole == role {
                if let focused = focusedPlace(within: range) { return focused }
            }
        }
        var first: (text: String, evidence: Evidence, shape: Shape)?
        for role in Self.roleOrder {
            for (runRole, range) in runs where runRole == role {
                // The subject is a title: read only when the text named no place, or only the
                // writer's own ("Laddaren vid Campus Gräsvik" over "Jag är lärare på BTH …").
                if let earlier = first, role == .subject, earlier.shape != .membershipSite { break }
                guard let found = scan(range) else { continue }
                guard let earlier = first, earlier.shape != .writersPlace else {
                    if found.shape == .full { return (found.text, found.evidence) }
                    first = found
                    continue
                }
                if earlier.shape == .membershipSite, role == .subject, found.shape != .bareAddress {
                    // "Laddstolpar Tornet - åtgärd" over "Styrelsen i Brf Tornet 4 …": a subject that
                    // gives part of the association's name names the place the text gives in full.
                    if Self.nameWords(of: found.text).isSubset(of: Self.nameWords(of: earlier.text)) { return (earlier.text, earlier.evidence) }
                    return (found.text, found.evidence)
                }
                if earlier.shape.isBareSite, found.shape == .bareAddress { return (earlier.text + ", " + found.text, earlier.evidence) }
                if earlier.shape == .bareAddress, found.shape.isBareSite { return (found.text + ", " + earlier.text, earlier.evidence) }
            }
        }
        return first.map { ($0.text, $0.evidence) }
    }

    /// "Vi har laddstolpar både på vårt kontor på Kungsgatan 5 och vid bilhallen på Hantverkargatan
    /// 7. Det är stolparna vid bilhallen som krånglar.": of two places, a cleft sentence says
    /// which has the fault; its address is where the writer named it before.
    private func focusedPlace(within range: Range<Int>) -> (String, Evidence)? {
        let (det, it, itIs, its) = (Self.cleftStarts[0], Self.cleftStarts[1], Self.cleftStarts[2], Self.cleftStarts[3])
        for i in range {
            // Asked of every token: four integer compares dismiss all but the cleft's first word.
            let key = tokens[i].key
            guard key == det || key == it || key == itIs || key == its, tokens[i].kind == .word else { continue }
            var k = i + 1
            if Self.cleftSubjects.contains(tokens[i]) {
                guard k < range.upperBound, Self.cleftVerbs.contains(tokens[k]) else { continue }
                k += 1
            } else if !Self.cleftContractions.contains(tokens[i]) {
                continue
            }
            let sentence = tokens[i].sentence
            // "Det är laddaren hemma på Hagvägen 14 i Nyköping som krånglar": the cleft gives the address itself.
            if let relative = (k..<min(range.upperBound, k + 12)).first(where: { tokens[$0].sentence == sentence && Self.relativeWords.contains(tokens[$0]) }) {
                for j in k..<relative {
                    guard let address = address(at: j, within: k..<relative), !isBilling(address.range, within: range) else { continue }
                    var parts = [address.text]
                    if let (town, _) = town(after: address.range.upperBound, within: address.range.upperBound..<relative) { parts.append(town) }
                    return (parts.joined(separator: ", "), evidence(rule: "location.focused-place", around: i, confidence: 0.7))
                }
            }
            while k + 2 < range.upperBound, k - i <= 8, tokens[k].sentence == sentence {
                // "the ones at the workshop that …": an article may come before the place.
                let n = tokens[k + 1].folded == "the" ? k + 2 : k + 1
                guard n + 1 < range.upperBound else { break }
                let noun = tokens[n]
                if tokens[k].is(.preposition), noun.kind == .word, !noun.isCapitalized, noun.is(.placeNoun) || Self.endsInPlaceNoun(noun.folded),
                   Self.relativeWords.contains(tokens[n + 1]) {
                    for j in range.lowerBound..<i where tokens[j].folded == noun.folded {
                        guard let address = addressFollowing(j + 1, within: range), !isBilling(address.range, within: range) else { continue }
                        var parts = [tokens[j].text, address.text]
                        if let (town, _) = town(after: address.range.upperBound, within: range) { parts.append(town) }
                        return (parts.joined(separator: ", "), evidence(rule: "location.focused-place", around: i, confidence: 0.7))
                    }
                }
                k += 1
            }
        }
        return nil
    }

    static let cleftSubjects: WordSet = ["det", "it"]
    static let cleftVerbs: WordSet = ["ar", "is", "var", "was"]
    static let cleftContractions: WordSet = ["it's", "its"]
    static let cleftStarts = ["det", "it", "it's", "its"].map { Token.key(of: $0) }
    static let relativeWords: WordSet = ["som", "that", "which"]

    /// "> Which site is it?\nCoop Forum Kristianstad, the one nearest the entrance.": the
    /// writer answers our quoted question about the place on the line below it, the way a form
    /// gives a field, without the preposition or street the prose rules look for.
    private func answerToPlaceQuestion(_ runs: [(Token.Role, Range<Int>)]) -> (String, Evidence)? {
        for n in runs.indices.dropLast() where runs[n].0 == .quoted && runs[n + 1].0 == .own {
            var question = runs[n].1.upperBound
            while question > runs[n].1.lowerBound, tokens[question - 1].kind == .lineBreak { question -= 1 }
            guard question > runs[n].1.lowerBound, tokens[question - 1].text == "?" else { continue }
            var lineStart = question - 1
            while lineStart > runs[n].1.lowerBound, tokens[lineStart - 1].kind != .lineBreak { lineStart -= 1 }
            guard (lineStart..<question).contains(where: { FormFieldReader.labels[tokens[$0].folded].map { $0 != .town } ?? false }) else { continue }
            var start = runs[n + 1].1.lowerBound
            while start < runs[n + 1].1.upperBound, tokens[start].kind == .lineBreak { start += 1 }
            var end = start
            while end < runs[n + 1].1.upperBound, tokens[end].kind != .lineBreak { end += 1 }
            guard start < end else { continue }
            let line = start..<end
            let evidence = self.evidence(rule: "location.answer", around: start, confidence: 0.8)
            if let address = address(at: start, within: line) {
                var parts = [address.text]
                if let (town, _) = town(after: address.range.upperBound, within: line) { parts.append(town) }
                return (parts.joined(separator: ", "), evidence)
            }
            if isNameWord(start), let site = site(after: start, preposition: "vid", within: line), !site.isTownOnly, site.range.lowerBound == start {
                var parts = [site.text]
                if let (town, _) = town(after: site.range.upperBound, within: line) { parts.append(town) }
                return (parts.joined(separator: ", "), evidence)
            }
        }
        return nil
    }

    /// What a part of the case said of the place: a site name alone, an address alone, or more.
    /// How much a scan's find says: a full one ends the search; the others may be joined or
    /// replaced by what the next part of the case says.
    /// `membershipSite` is a bare site the writer holds a post at ("lärare på BTH"): joined
    /// as a bare site is, but a site the subject names says more.
    enum Shape {
        case bareSite, bareAddress, full, writersPlace, membershipSite
        var isBareSite: Bool { self == .bareSite || self == .membershipSite }
    }

    private func scan(_ range: Range<Int>) -> (text: String, evidence: Evidence, shape: Shape)? {
        tokens.withUnsafeBufferPointer { scan(range, tokens: $0) }
    }

    /// `scan`, reading the tokens in place. `Array`'s subscript is a getter: in a function this
    /// long the optimizer stops inlining it, and each `tokens[i].kind` copied the whole token and
    /// retained and released its two strings. Through the buffer a read loads just the field
    /// (the location stage measured 15.7 → 11 µs a mail).
    private func scan(_ range: Range<Int>, tokens: UnsafeBufferPointer<Token>) -> (text: String, evidence: Evidence, shape: Shape)? {
        var fallback: (String, Evidence)?
        /// The fallback is a town alone, and whether a charger noun led into it ("laddaren i Mora").
        var fallbackIsTown = false
        var fallbackAfterCharger = false
        /// The writer's place by its town or area ("our Uppsala store"): anything the forwarded
        /// or quoted text names says more.
        var writersPlace: (String, Evidence)?
        var writersPlaceParts: (site: String, town: String?)?
        var bare: (String, Evidence)?
        /// The sentence the bare site was named in.
        var bareSentence = -1
        /// The bare site is the one the writer introduced themself by ("Vi på Tekniska
        /// förvaltningen …"): a site named later is where the charger stands.
        var bareIsWriters = false
        /// The bare site is one the writer belongs to ("sekreterare i Brf Havsutsikten"): an
        /// address given later is the charger's, and says more than the name.
        var bareIsMembership = false
        /// The bare site is where a visitor stays ("We are staying at X"): a place the charger is
        /// later said to stand at is part of it.
        var bareIsStay = false
        /// The bare site is one where the charger worked ("Jag var på X förra veckan och då
        /// fungerade laddaren"): a site named in a later sentence is where it does not.
        var bareWorked = false
        /// The bare site is a street without a number ("vid Västra Esplanaden") or a car park's
        /// code ("på P2"): with the writer's workplace named before, it says where at the workplace.
        var bareIsPartOfPlace = false
        /// A subject's name that starts with a site word but no preposition ("Laddare Hotell Fjällgården trasig").
        var typed: (String, Evidence)?
        /// A site in a quoted or forwarded message's header lines.
        var headerSite: (String, Evidence)?
        /// The writer's home ("jag bor på X 3"): the location only if nothing else is named.
        var residence: (String, Evidence)?
        var residenceTown: (String, Evidence)?
        // Found when an address is, which most parts of a case have none of.
        var signOffsFound: [Range<Int>]?
        var i = range.lowerBound
        while i < range.upperBound {
            if tokens[i].kind == .word, let address = address(at: i, within: range) {
                if signOffsFound == nil { signOffsFound = signOffs(in: range) }
                if isBilling(address.range, within: range) || signOffsFound!.contains(where: { $0.contains(address.range.lowerBound) }) {
                    i = address.range.upperBound
                    continue
                }
                // "det är inte Vallmovägen 12 utan Vallmovägen 14": a place the writer rules out.
                if isRuledOut(address.range, within: range) {
                    i = address.range.upperBound
                    continue
                }
                if isResidence(address.range.lowerBound, within: range) || isDestination(address.range.lowerBound, within: range) {
                    if residence == nil {
                        var parts = [address.text]
                        if let (town, _) = town(after: address.range.upperBound, within: range) { parts.append(town) }
                        residence = (parts.joined(separator: ", "), evidence(rule: "location.residence", around: address.range.lowerBound, confidence: 0.5))
                    }
                    i = address.range.upperBound
                    continue
                }
                var parts: [String] = []
                var end = address.range.upperBound
                if let site = siteBefore(address.range.lowerBound, within: range) {
                    parts.append(site)
                } else if let bare {
                    // "Vi på Hallsbergs Bil & Däck har två laddare framför verkstaden på Östra
                    // Storgatan 31": in the site's own sentence, the address is the site's.
                    if tokens[address.range.lowerBound].sentence == bareSentence {
                        var parts = [bare.0, address.text]
                        if let (town, _) = town(after: end, within: range) { parts.append(town) }
                        return (parts.joined(separator: ", "), bare.1, .full)
                    }
                    // A later address without a site name may be anyone's (the writer's home):
                    // the site named first stands. Not when the charger is said to stand there
                    // ("… vid åkeriets laddare på Industrigatan 22").
                    if !bareIsMembership, !followsChargerNoun(address.range.lowerBound, within: range) { return (bare.0, bare.1, .bareSite) }
                }
                var hasSite = !parts.isEmpty
                parts.append(address.text)
                if let (town, townEnd) = town(after: end, within: range) { parts.append(town); end = townEnd }
                else if let town = townBeforeOwnPlace(address.range.lowerBound, within: range) { parts.append(town) }
                // "Laddstolpe Storgatan 5 Mora trasig": a subject drops the comma before the town.
                // So does a hurried body, "Tallvägen 12 Umeå, Brf Tallkotten.", where the town
                // then ends the phrase.
                else if end < range.upperBound, tokens[end].spaceBefore,
                        let (town, townEnd) = townName(at: end, within: range),
                        townEnd - end == 1 || Self.townPrefixes.contains(tokens[end]),
                        tokens[address.range.lowerBound].role == .subject
                            ? townEnd >= range.upperBound || !tokens[townEnd].isWordLike || !tokens[townEnd].isCapitalized
                            : (townEnd >= range.upperBound || tokens[townEnd].kind == .lineBreak || [",", ".", "!", ")", ";"].contains(tokens[townEnd].text))
                              && tokens[end].classes.isDisjoint(with: CaseRestorer.notName) && !CaseRestorer.closingWords.contains(tokens[end]) {
                    parts.append(town)
                    end = townEnd
                }
                // "Kopparbergsvägen 8 in Västerås (P-huset Kvarnen plan 2)": the site, in parentheses after its address.
                if !hasSite, let (site, _) = siteInParentheses(at: end, within: range) {
                    parts.insert(site, at: 0)
                    hasSite = true
                }
                return (parts.joined(separator: ", "), evidence(rule: "location.street-address", around: address.range.lowerBound, confidence: 0.85),
                        hasSite ? .full : .bareAddress)
            }
            // "on behalf of Varberg Municipality": whom the writer speaks for, not a place.
            // "the municipality of Ånge": whose organisation it is, not a place either.
            // "the car park on Chaufförvägen in Östersund": English "on" before a street, which
            // no other place follows ("on Monday", "on the screen").
            // "on Västra Gatan in Kungälv": a street of two words, the street word written apart.
            let onStreet = tokens[i].folded == "on" && i + 1 < range.upperBound && tokens[i + 1].isCapitalized
                && (isStreetWord(i + 1) || (i + 2 < range.upperBound && tokens[i + 1].kind == .word && Self.isApartStreetWord(tokens[i + 2].folded) && isStreetWord(i + 2)))
            // "Charger ZAP120301 (Köpcentrum Norra Porten) has been offline": a charger's id, then
            // its site in parentheses, as a portal's alarm writes it.
            // "Charge point SE*KIR*E0300002 (Kiruna flygplats P2)": OCPP's name for a charger.
            let siteAfterID = tokens[i].text == "(" && i - 2 >= range.lowerBound && tokens[i - 1].isWordLike && hasDigit(i - 1)
                && (Self.chargerStems.contains { tokens[i - 2].folded.hasPrefix($0) } || tokens[i - 2].folded == "point")
            if tokens[i].is(.preposition) || onStreet || siteAfterID || leadsIntoSite(i), i == range.lowerBound || !Self.forWhomBeforeOf.contains(tokens[i - 1]),
               i == range.lowerBound || !isMunicipalityNamedOf(i),
               let site = site(after: i + 1, preposition: tokens[i].folded, within: range) {
                // "Ämne: Laddare på Ica" over a forwarded original: a title, like the mail's own
                // subject, which the text below names in full; read only if it names nothing.
                // "laddinfrastruktur i Sverige", "visiting from Norway": a country is no charger's place.
                if site.range.count == 1, Self.countries.contains(tokens[site.range.lowerBound]) {
                    i = site.range.upperBound
                    continue
                }
                // "I could not get to my meeting in Kiruna", "kom för sent till mötet i Kiruna":
                // the town of what the writer was on the way to, not of the charger.
                if site.isTownOnly, i > range.lowerBound, Self.eventNouns.contains(tokens[i - 1]) {
                    i = site.range.upperBound
                    continue
                }
                if tokens[i].isInBoundaryLine {
                    if headerSite == nil { headerSite = (site.text, evidence(rule: "location.site-name", around: site.range.lowerBound, confidence: 0.5)) }
                    i = site.range.upperBound
                    continue
                }
                var siteText = site.text
                var end = site.range.upperBound
                // "vid Hotell Norrskens laddare i Kiruna", "på Taxi Kalmars laddare på Verkstadsgatan":
                // the site named in the genitive before its charger; a town or street after the
                // charger is the site's.
                if let nominative = genitiveBeforeCharger(site.range, within: range) {
                    siteText = nominative
                    end += 1
                }
                // "Nacka Forum, garage P2, plan 3": a named part of the site after a comma.
                if end + 2 < range.upperBound, tokens[end].text == ",", tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized,
                   tokens[end + 1].is(.placeNoun), tokens[end + 2].spaceBefore, tokens[end + 2].isCapitalized || tokens[end + 2].kind == .number,
                   tokens[end + 2].folded.utf8.count <= 4, end + 3 >= range.upperBound || !tokens[end + 3].isWordLike || !tokens[end + 3].spaceBefore {
                    siteText += ", " + text((end + 1)..<(end + 3))
                    end += 3
                } else if end + 3 < range.upperBound, tokens[end].text == ",", tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized,
                          isTwoWordPlaceNoun(end + 1, within: range), tokens[end + 3].spaceBefore, Self.isParkingCode(tokens[end + 3].text) {
                    // "at Kiruna Airport, car park P2, has …": a part of two words and its code.
                    siteText += ", " + text((end + 1)..<(end + 4))
                    end += 4
                }
                // "near Uddevalla (Rastplats Kärra)": the site's own name, typed, in parentheses after a place.
                if end + 2 < range.upperBound, tokens[end].text == "(", tokens[end + 1].is(.siteType), tokens[end + 1].isCapitalized,
                   let named = self.site(after: end + 1, preposition: "vid", within: range), named.range.count >= 2,
                   named.range.upperBound < range.upperBound, tokens[named.range.upperBound].text == ")" {
                    siteText = named.text + ", " + siteText
                    end = named.range.upperBound + 1
                }
                // The floor of a multi-storey car park belongs to the site: "på plan 2 i P-huset
                // Kvarnen", "on level 2 of the X garage", "X plan 2", "X car park in Town, level -1".
                var level = self.level(before: i, within: range)
                if level == nil, let (text, levelEnd) = self.level(after: end, within: range) { level = text; end = levelEnd }
                var town: String?
                /// "the City Library (Stadsbiblioteket) on …": a definite place noun read as a town
                /// in parentheses is the site's own name, which goes with the site, before its address.
                var siteNameInParentheses = false
                // "Hotel X in Town (Street 3)", "X (Street 3, Town)", "X, Street 3 i Town"
                if let (t, tEnd) = self.town(after: end, within: range) {
                    let folded = TextFolding.fold(t)
                    siteNameInParentheses = tokens[end].text == "(" && !t.contains(" ") && Self.endsInPlaceNoun(folded)
                        && (folded.hasUTF8Suffix("et") || folded.hasUTF8Suffix("en"))
                    town = t
                    end = tEnd
                }
                if level == nil, town != nil, let (text, levelEnd) = self.level(after: end, within: range) { level = text; end = levelEnd }
                if let level { siteText += " " + level }
                // "the commuter car park in Furuvik (Pendelparkeringen Furuvik)": the site's own name after a
                // description, which it replaces; after a name, it goes first.
                // "vid hotellet i Åre (Fjällgården)": a common place, its town, then its name.
                let commonPlace = !tokens[site.range].contains(where: \.isCapitalized) && tokens[site.range.upperBound - 1].is(.placeNoun)
                // "at the travel centre in Luleå this morning (Resecentrum, …)": when it was stands between.
                if town != nil, let after = timeAdverbialEnd(at: end, within: range), after < range.upperBound, tokens[after].text == "(" { end = after }
                if town != nil, end < range.upperBound, tokens[end].text == "(", end + 1 < range.upperBound, tokens[end + 1].is(.siteType) || commonPlace,
                   let (named, namedEnd) = siteInParentheses(at: end, within: range) {
                    siteText = tokens[site.range].contains(where: \.isCapitalized) ? named + ", " + siteText : named
                    end = namedEnd
                }
                if siteNameInParentheses, let name = town {
                    siteText += ", " + name
                    town = nil
                    // "the Cold Bath House (Kallbadhuset) in Varberg": the town after the name.
                    if let (t, tEnd) = self.town(after: end, within: range) {
                        town = t
                        end = tEnd
                    }
                }
                var parts = [siteText]
                if let address = addressFollowing(end, within: range) {
                    parts.append(address.text)
                    end = address.range.upperBound
                    if town == nil, let (t, _) = self.town(after: end, within: range) { town = t }
                }
                if let town, !parts.contains(where: { TextFolding.fold($0).hasSuffix(TextFolding.fold(town)) }) { parts.append(town) }
                let found = (parts.joined(separator: ", "), evidence(rule: "location.site-name", around: site.range.lowerBound, confidence: 0.75))
                // "tried to charge at the cold bath house (Kallbadhuset) … I'm staying at Hotel
                // Riverton in Gothenburg": where a visitor stays is the place only when it is the
                // first they name (the hotel whose car park has the charger).
                if bare != nil, i > range.lowerBound, Self.stayVerbs.contains(tokens[i - 1]) {
                    i = site.range.upperBound
                    continue
                }
                // "jag laddar oftast vid Coop Forum i Borlänge och det funkar bra där, men laddaren
                // vid Folkets Hus …": a place the writer says works, before a "but", is the other one.
                // "we were visiting Åre when …": a town visited is where the writer was, not yet the charger's place.
                if worksBeforeContrast(from: end, within: range) || habitualBeforeContrast(site.range.lowerBound, end, within: range)
                    || (site.isTownOnly && Self.visitVerbs.contains(tokens[i])) {
                    if fallback == nil { fallback = found; fallbackIsTown = site.isTownOnly && parts.count == 1 }
                    i = end
                    continue
                }
                if isResidence(site.range.lowerBound, within: range) {
                    // "I live in BRF Havsutsikten", "jag bor i Borlänge": the writer's home, like "jag bor på …".
                    if site.isTownOnly {
                        if residenceTown == nil { residenceTown = found }
                    } else if residence == nil {
                        residence = found
                    }
                } else if site.isWritersPlace || (i > range.lowerBound && Self.workVerbs.contains(tokens[i - 1])) {
                    // "jag jobbar på lasarettet i Härnösand och laddar på parkeringen vid Hus B": the
                    // writer's workplace is where the charger is only if nothing else is named.
                    if writersPlace == nil { writersPlace = found; writersPlaceParts = (siteText, town) }
                } else if site.range.count == 1, parts.count == 1, isRoadNumber(tokens[site.range.lowerBound].text) {
                    // "Jag kör lastbil på E6 och stannar på Rastplats Glumslöv": a road alone is where
                    // the writer travels; a place named on it says where the charger is.
                    if fallback == nil { fallback = found }
                } else if site.isTownOnly {
                    // "vid vår idrottshall i Sandviken (Sporthallen Vallen)": a common place, its town, then its name.
                    if i > range.lowerBound, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized,
                       tokens[i - 1].is(.placeNoun) || Self.endsInPlaceNoun(tokens[i - 1].folded),
                       let (named, _) = siteInParentheses(at: site.range.upperBound, within: range) {
                        return (named + ", " + site.text, evidence(rule: "location.site-name", around: site.range.upperBound + 1, confidence: 0.75), .full)
                    }
                    // "vid vår depå i Eskilstuna, Tunafors industriområde": the named place within the town, after it.
                    let after = site.range.upperBound
                    if after + 1 < range.upperBound, tokens[after].text == ",", let place = self.site(after: after + 1, preposition: "vid", within: range),
                       !place.isTownOnly, tokens[place.range.upperBound - 1].is(.placeNoun) {
                        return (place.text + ", " + site.text, evidence(rule: "location.site-name", around: place.range.lowerBound, confidence: 0.7), .full)
                    }
                    // "en ny bostadsrättsförening, Brf Tallåsen i Mariestad": the association's
                    // name right before its town, where no preposition leads into it.
                    // "Vi är en liten bilverkstad, Bergs Motor i Åmål": what the writers are, named in apposition.
                    if fallback == nil, tokens[i].folded == "i" || tokens[i].folded == "in",
                       let name = brfName(endingBefore: i, within: range) ?? introducedName(endingBefore: i, within: range) {
                        fallback = (name + ", " + found.0, found.1)
                    }
                    // "Vi var i Ramundberget … Wallboxen i Fjällstugan laddade bara …": the one the
                    // charger is said to be in, over a town the writer was in.
                    let afterCharger = i > range.lowerBound && Self.chargerStems.contains(where: { tokens[i - 1].folded.hasPrefix($0) })
                    if fallback == nil || (afterCharger && !fallbackAfterCharger && fallbackIsTown) {
                        fallback = found
                        fallbackAfterCharger = afterCharger
                        fallbackIsTown = true
                    }
                } else if parts.count == 1, town == nil {
                    // A bare site name ("at City Hall car park"): the same text may name a site
                    // again with its address or town further on, and that mention says more.
                    // "Jag är medlem i IFK Björkö och laddar vid klubbhuset på Björkövallen": the
                    // organisation the writer belongs to, then the place where they charge.
                    if bare == nil || bareIsWriters || (bareWorked && tokens[site.range.lowerBound].sentence != bareSentence)
                        || (bareIsMembership && !(i > range.lowerBound && (isMembership(tokens[i - 1]) || introducesWriter(before: i, within: range)))) {
                        bare = found
                        bareSentence = tokens[site.range.lowerBound].sentence
                        bareWorked = saysItWorked(inSentence: bareSentence, within: range)
                        bareIsWriters = bareIsWriters ? false : site.isWritersPlace || (i > range.lowerBound && tokens[i - 1].is(.we))
                        bareIsMembership = i > range.lowerBound && (isMembership(tokens[i - 1]) || introducesWriter(before: i, within: range))
                            || Self.manageVerbs.contains(tokens[i])
                        bareIsStay = i > range.lowerBound && Self.stayVerbs.contains(tokens[i - 1])
                        bareIsPartOfPlace = site.range.count <= 3 && isStreetWord(site.range.upperBound - 1)
                            || (site.range.count == 1 && Self.isParkingCode(tokens[site.range.lowerBound].text))
                    } else if let bareSite = bare, i > range.lowerBound, Self.chargerStems.contains(where: { tokens[i - 1].folded.hasPrefix($0) }),
                              bareIsStay ? tokens[site.range.lowerBound].sentence != bareSentence
                                         : tokens[site.range.lowerBound].sentence == bareSentence && Self.isParkingCode(tokens[site.range.upperBound - 1].text) {
                        // "We are staying at Vemdalsskalet … found the charger at parking P2": the
                        // part of the place where the visitor stays that has the charger.
                        // "at Kiruna Airport and tried the chargers in car park P2": the car park
                        // of the place the sentence named.
                        return (bareSite.0 + ", " + found.0, found.1, .full)
                    }
                } else {
                    // "Vi på Tandläkarna i Mjölby har en laddare på vår parkering (Stationsgatan 9)": the
                    // writer's own place, then its address later in the same sentence.
                    if parts.count == 2, let town, i > range.lowerBound, tokens[i - 1].is(.we),
                       let address = address(inSentenceOf: site.range.lowerBound, from: end, within: range) {
                        return ([siteText, address.text, town].joined(separator: ", "), found.1, .full)
                    }
                    // "Vi på Bilcentrum i Gävle ser att … Laddarna står utanför vår bilhall på
                    // Hantverkargatan 7.": the next sentence says where the chargers stand.
                    if parts.count == 2, let town, i > range.lowerBound, tokens[i - 1].is(.we),
                       let address = chargerAddress(inSentenceAfter: site.range.lowerBound, within: range) {
                        return ([siteText, address.text, town].joined(separator: ", "), found.1, .full)
                    }
                    // "ordförande i Brf Ekorren i Sundbyberg … på Ekvägen 3": the association the
                    // writer sits for, with its town; an address given later is the charger's.
                    if parts.count == 2, town != nil, bare == nil, i > range.lowerBound, isMembership(tokens[i - 1]) {
                        bare = found
                        bareSentence = tokens[site.range.lowerBound].sentence
                        bareIsMembership = true
                        i = site.range.upperBound
                        continue
                    }
                    return (found.0, found.1, .full)
                }
                i = site.range.upperBound
                continue
            }
            // Subjects drop prepositions; in the body, a sign-off line ("Mvh Linda, BRF Måsen") names the writer's organisation.
            if typed == nil, tokens[i].role == .subject, tokens[i].is(.siteType), tokens[i].isCapitalized, i == range.lowerBound || !tokens[i - 1].is(.siteType),
               let site = site(after: i, preposition: "", within: range), site.range.count >= 2 {
                typed = (site.text, evidence(rule: "location.site-name", around: site.range.lowerBound, confidence: 0.6))
            }
            // "Kallbadhuset", "Re: Kallbadhuset Varberg": a subject that is only a place's name, a
            // capitalised compound of a place noun (not the bare noun, "Garaget"), with its town.
            // "Laddare trasig Kallbadhuset SLA-2024-0210": anywhere in the subject, when only an
            // id or a number follows it. "Kallbadhuset Varberg - trasig kabel", "Kallbadhuset: ur
            // funktion": at the subject's start, the name before a dash or colon, then the fault.
            if typed == nil, tokens[i].role == .subject, tokens[i].kind == .word, tokens[i].isCapitalized,
               startsSubject(i) || (tokens[i - 1].role == .subject && tokens[i - 1].isWordLike && !tokens[i - 1].isCapitalized),
               (Self.endsInPlaceNoun(tokens[i].folded) && !Self.singleWordPlaceNouns.contains(tokens[i].folded))
                // "Ekeby gårdsbutik - stolpen påkörd": a name, then the kind of place it is.
                || (startsSubject(i) && i + 1 < range.upperBound && tokens[i + 1].is(.placeNoun) && !tokens[i + 1].isCapitalized)
                // "Sporthallen Norrvalla": the kind of place, then its name, as the registry writes sites.
                || (startsSubject(i) && i + 1 < range.upperBound && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized
                    && tokens[i + 1].spaceBefore && Self.singleWordPlaceNouns.contains(tokens[i].folded)),
               // "Laddstationen" is the charger itself.
               !tokens[i].folded.contains("ladd"),
               let site = site(after: i, preposition: "", within: range), site.range.lowerBound == i,
               site.range.upperBound >= range.upperBound || tokens[site.range.upperBound].kind == .lineBreak
                || (tokens[site.range.upperBound].isWordLike && hasDigit(site.range.upperBound))
                || (startsSubject(i) && tokens[site.range.upperBound].kind == .punctuation
                    && Self.subjectDashes.contains(tokens[site.range.upperBound].text)) {
                typed = (site.text, evidence(rule: "location.subject-site", around: i, confidence: 0.5))
            }
            // "SV: Laddstolpe Kvarngallerian", "Charger Strandhotellet offline": the charger, then its site's name.
            // "Ang. laddare EH602114 Tallbacken Växjö": its id may come between.
            // "Broken charger - Willys Kalmar": or a dash. A text message written like a subject
            // ("laddare kallbadhuset varberg död") starts its line the same way.
            // Cheap tests first: this runs for every word of the case.
            if typed == nil, tokens[i].role == .subject || (tokens[i].role == .own && (i == range.lowerBound || tokens[i - 1].kind == .lineBreak)),
               Self.subjectChargerNouns.contains(tokens[i]),
               case let named = i + 2 < range.upperBound && (tokens[i + 1].isWordLike && hasDigit(i + 1)
                                                             || (tokens[i + 1].kind == .punctuation && Self.subjectDashes.contains(tokens[i + 1].text))) ? i + 2 : i + 1,
               named < range.upperBound,
               tokens[named].spaceBefore, isNameWord(named), !(isStreetWord(named) && isHouseNumber(named + 1)), !hasDigit(named),
               let site = site(after: named, preposition: "", within: range),
               // "Laddpunkt          Status     Kommentar": a plain-text table's header names its columns, no site.
               !tokens[named..<site.range.upperBound].contains(where: \.wideSpaceBefore),
               site.range.upperBound >= range.upperBound || !tokens[site.range.upperBound].isWordLike || !tokens[site.range.upperBound].isCapitalized {
                typed = (site.text, evidence(rule: "location.subject-site", around: site.range.lowerBound, confidence: 0.5))
            }
            // "Hotell Norrskens laddare är trasig", "Matbutiken Lillåns laddstolpe har vält": a
            // site's name in the genitive before the charger says where it stands.
            if typed == nil, i > range.lowerBound, tokens[i].kind == .word, !tokens[i].isCapitalized, tokens[i].spaceBefore,
               tokens[i - 1].isCapitalized, tokens[i - 1].folded.utf8.last == UInt8(ascii: "s"),
               Self.chargerStems.contains(where: { tokens[i].folded.hasPrefix($0) }), let site = genitiveSite(before: i, within: range) {
                typed = (site, evidence(rule: "location.site-genitive", around: i, confidence: 0.6))
            }
            // "Sjukhusparkeringen Hus B Härnösand.", "Brf Havsutsikten, Ystad.": a line of its own
            // that is only a site's name, the way a subject gives one.
            if typed == nil, let line = siteNameLine(at: i, within: range) {
                typed = (line.text, evidence(rule: "location.site-line", around: i, confidence: 0.5))
            }
            i += 1
        }
        // "Jag arbetar på Stadsbiblioteket i Växjö … laddstolpen vid Västra Esplanaden": the
        // street the workplace's charger stands on, within the workplace and its town.
        // "Jag jobbar på Kiruna flygplats. Den mittersta laddaren på P2": its car park likewise.
        if let street = bare, bareIsPartOfPlace, !bareIsWriters, let workplace = writersPlaceParts {
            let parts = [workplace.site, street.0] + (workplace.town.map { [$0] } ?? [])
            return (parts.joined(separator: ", "), street.1, .full)
        }
        // A place the writer holds a post at, and nothing else named: where they are from,
        // which a subject naming a site says less about than that site.
        if let site = bare, bareIsMembership, typed == nil { return (site.0, site.1, .membershipSite) }
        if let site = bare ?? typed ?? headerSite { return (site.0, site.1, .bareSite) }
        if residence == nil, let writersPlace { return (writersPlace.0, writersPlace.1, .writersPlace) }
        return (residence ?? fallback ?? residenceTown).map { ($0.0, $0.1, .full) }
    }

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
        if k >= range.lowerBound, tokens[k].is(.siteAddressJoiner) || tokens[k].folded == "i" || tokens[k].folded == "in" { k -= 1 }
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

    /// What an organisation offers that is no place: its reporting, systems and channels. Folded.
    static let serviceWords: WordSet = ["felanmalan", "felanmalningar", "arendesystem", "system", "systemet", "app", "appen", "portal",
                                            "portalen", "kundtjanst", "support", "hemsida", "hemsidan", "webbplats", "formular", "nat", "natet",
                                            "karta", "kartan", "register", "registret", "avtal", "avtalet"]

    static let stayVerbs: WordSet = ["staying", "stay", "stays", "stayed", "bodde", "overnattar", "overnattade"]
    static let residenceVerbs = WordSet(["bor", "live", "lives", "living"].map { TextFolding.fold($0) })

    // MARK: Street addresses

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

    // MARK: Floors

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
        let led = before >= range.lowerBound && (tokens[before].is(.preposition) || tokens[before].text == ":")
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
        if tokens[index].folded == "by" { return Vocabulary.standingThings.contains(tokens[index - 1]) }
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
        if tokens[index].folded == "till" || tokens[index].folded == "to",
           Self.arrivalVerbs.contains(tokens[index - 1])
            || (index > 1 && tokens[index].folded == "till" && Self.invertedSubjects.contains(tokens[index - 1]) && Self.arrivalVerbs.contains(tokens[index - 2])) { return true }
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
            guard index + 1 < tokens.count, tokens[index + 1].isCapitalized, !tokens[index + 1].is(.notPlace) else { return false }
            return tokens[subject].is(.we) || (Self.runVerbs.contains(tokens[index]) && (tokens[subject].folded == "jag" || tokens[subject].text == "I"))
        }
        // Not a country: "we moved to Sweden last year" says where the writer came, not where a charger stands.
        if tokens[index].folded == "till" || tokens[index].folded == "to" || tokens[index].folded == "into",
           Self.movingVerbs.contains(tokens[index - 1]) {
            return index + 1 < tokens.count && !Self.countries.contains(tokens[index + 1])
        }
        // "your report about Hotell Fjärden in Luleå", "angående Gallerian Kronan": the matter is a
        // place, when a kind of site begins its name.
        if Self.topicWords.contains(tokens[index]) {
            return index + 1 < tokens.count && tokens[index + 1].is(.siteType) && tokens[index + 1].isCapitalized
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
    static let joinerKeys = (["by", "till", "to", "into", "av", "of", "called", "named", "heter", "under", "med"] + visitVerbs.words + runVerbs.words + ownVerbs.words + topicWords.words)
        .map { Token.key(of: $0) }
    static let topicWords: WordSet = ["about", "regarding", "om", "angaende", "ang"]
    static let runVerbs = WordSet(["driver", "run", "operate"].map { TextFolding.fold($0) } + manageVerbs.words)
    static let ownVerbs: WordSet = ["ager", "own"]
    /// "Vi förvaltar Brf Kastanjen", "I manage Northpark Business Centre": a managing agent
    /// names the property it looks after; an address given later is the charger's within it.
    static let manageVerbs = WordSet(["förvaltar", "manage"].map { TextFolding.fold($0) })
    static let visitVerbs = WordSet(["visiting", "visited", "besökte", "besöker", "besökt"].map { TextFolding.fold($0) })
    static let nearnessWords: WordSet = ["next", "close", "adjacent"]
    /// Who may stand between a Swedish verb and "till" when a word of time comes first ("kom jag till").
    static let invertedSubjects: WordSet = ["jag", "vi", "han", "hon", "de", "dom"]
    static let arrivalVerbs: WordSet = ["kom", "kommer", "komma", "kommit", "came", "come", "got", "get", "arrived",
                                            // "the call-out to ICA Maxi Skellefteå", "utryckningen till X": a technician's visit there.
                                            "call-out", "callout", "visit", "utryckning", "utryckningen", "besok", "besoket"]
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

    // MARK: Site names

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
        if token.text == "I", index + 1 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized { return false }
        let folded = token.folded
        if folded.hasUTF8Suffix("app") || folded.hasUTF8Suffix("appen") || folded.hasUTF8Suffix("appar") { return false }
        if let dash = folded.utf8.firstIndex(of: UInt8(ascii: "-")), Self.notPlaces.contains(String(folded[..<dash])) { return false }
        return true
    }

    func site(after start: Int, preposition: String, within range: Range<Int>) -> Site? {
        tokens.withUnsafeBufferPointer { site(after: start, preposition: preposition, within: range, tokens: $0) }
    }

    /// `site(after:preposition:within:)`, reading the tokens in place (see `scan`).
    private func site(after start: Int, preposition: String, within range: Range<Int>, tokens: UnsafeBufferPointer<Token>) -> Site? {
        var k = start
        let hasArticle = k < range.upperBound && ["the", "den"].contains(tokens[k].folded)
        if hasArticle { k += 1 }
        // "på min arbetsplats Sahlgrenska sjukhuset", "at my workplace Volvo Cars": the writer's
        // own kind of place, then its name.
        func startsName(_ index: Int) -> Bool {
            isNameWord(index) || (tokens[index].isCapitalized && (tokens[index].is(.siteType) || Self.siteBrands.contains(tokens[index])))
        }
        if k + 2 < range.upperBound, tokens[k].is(.possessive), isOwnPlaceWord(k + 1), tokens[k + 2].spaceBefore, startsName(k + 2) { k += 2 }
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
        else if hasArticle, let paren = (k + 1..<min(k + 7, range.upperBound)).first(where: { tokens[$0].text == "(" }),
                paren + 1 < range.upperBound,
                case let described = paren - k >= 3 && tokens[paren - 2].is(.townConnector) && isNameWord(paren - 1) ? paren - 2 : paren,
                described - k <= 4,
                tokens[k..<described].allSatisfy({ $0.kind == .word && !$0.isCapitalized && !$0.is(.preposition) && !$0.is(.clauseBreak) }),
                startsName(paren + 1) {
            // The name, the street the writer adds to it, and the town given before.
            if described < paren, let named = site(after: paren + 1, preposition: preposition, within: range, tokens: tokens), !named.isTownOnly {
                var parts = [named.text]
                var end = named.range.upperBound
                if end + 1 < range.upperBound, tokens[end].text == ",", isStreetWord(end + 1) { parts.append(tokens[end + 1].text); end += 2 }
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
               token.spaceBefore, !token.isCapitalized, Self.isTrade(token.folded) { k += 1; continue }
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
        let townOnly = (preposition == "i" || preposition == "in") && k - first == 1 && !startsWithType && !introduced
        return Site(range: first..<k, text: text(first..<k), isTownOnly: townOnly)
    }

    /// "P4", "P12": a car park area's code on its signs ("p4" in text without capitals).
    static func isParkingCode(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, first | 0x20 == UInt8(ascii: "p"), (2...3).contains(utf8.count) else { return false }
        return utf8.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// What ties a kind of site to the named place it is part of: "P-huset vid Järntorget", "långtidsparkeringen på Visby flygplats".
    static let siteByJoiners: WordSet = ["vid", "by", "pa", "at", "framfor", "utanfor", "mittemot", "bakom", "bredvid", "intill"]

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
    /// "Vi är en liten bilverkstad, Bergs Motor" ending right before `end`: two to four capitalised
    /// words after a comma and a lower-case description, in a sentence where the writers say
    /// what they are.
    func introducedName(endingBefore end: Int, within range: Range<Int>) -> String? {
        var start = end
        while start > range.lowerBound, end - start < 4, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
              !tokens[start - 1].is(.notPlace) { start -= 1 }
        guard end - start >= 2, start - 2 >= range.lowerBound, tokens[start - 1].text == ",", tokens[start - 2].kind == .word,
              !tokens[start - 2].isCapitalized else { return nil }
        let sentence = tokens[start].sentence
        var k = start - 2
        while k > range.lowerBound, start - k <= 8, tokens[k - 1].sentence == sentence {
            if tokens[k - 1].is(.we), tokens[k].folded == "ar" || tokens[k].folded == "are" { return text(start..<end) }
            k -= 1
        }
        return nil
    }

    /// "Brf Tallåsen" ending right before `end`: the BRF word and up to three capitalised words.
    func brfName(endingBefore end: Int, within range: Range<Int>) -> String? {
        var k = end - 1
        while k >= range.lowerBound, end - k <= 4, tokens[k].kind == .word, tokens[k].isCapitalized || tokens[k].folded == "brf" {
            if tokens[k].folded == "brf" { return k + 1 < end ? text(k..<end) : nil }
            k -= 1
        }
        return nil
    }

    /// "The City of Växjö owns …": "of" after a capitalised "City" or "Town" names the
    /// municipality, an owner; "in the city of Växjö" is the town, a place.
    func isMunicipalityNamedOf(_ i: Int) -> Bool {
        tokens[i].folded == "of" && tokens[i - 1].isCapitalized && OwnerFinder.ofMunicipalityWords.contains(tokens[i - 1])
            && (i < 2 || tokens[i - 2].folded != "in")
    }

    /// "the municipality of Ånge", "the council of X".
    static let forWhomBeforeOf: WordSet = ["behalf", "municipality", "council", "county", "region"]
    /// Appointments a driver charges to get to, by which a town names where they were going.
    static let eventNouns: WordSet = ["mote", "motet", "motena", "meeting", "meetings", "konferens", "konferensen", "conference", "appointment",
                                      "interview", "intervju", "intervjun", "brollop", "brollopet", "wedding", "begravning", "begravningen",
                                      "funeral", "kalas", "kalaset", "kundbesok", "kundbesoket"]

    /// Words that name a site's side after its name, written in lower case.
    static let sideWords: WordSet = ["norra", "sodra", "ostra", "vastra"]
    static let storeChains: WordSet = ["ica", "coop", "willys", "hemkop", "lidl", "city gross", "netto", "tempo"]
    static let storeFormats: WordSet = ["maxi", "kvantum", "nara", "supermarket", "forum", "konsum", "extra", "stormarknad", "hemma"]

    /// What a writer is in an association or a board: "ordförande i Brf X", "member of X".
    /// The word before a place names the writer's part in it: a board member ("ordförande i
    /// Brf X") or a job title ("hotellchef på Strandporten i Uddevalla", "platschef på X",
    /// "fleet engineer at X"). A place the writer holds a post at is theirs; an address given
    /// later is where its charger stands.
    func isMembership(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if Self.membershipNouns.contains(token.folded) || Self.jobTitles.contains(token.folded) { return true }
        // Swedish titles are compounds: "hotellchef", "driftchef", "fastighetsförvaltare", "driftansvarig".
        let word = token.folded
        return word.utf8.count > 6 && Self.jobTitleEndings.contains { word.hasUTF8Suffix($0) }
    }
    /// "Det är Kjell på Grisslehamns Marina", "This is Kjell Sandberg at …": the writer says
    /// who they are and where they work, the place they speak for rather than where the charger
    /// stands, which a later address then says.
    func introducesWriter(before preposition: Int, within range: Range<Int>) -> Bool {
        var k = preposition - 1
        var names = 0
        while k > range.lowerBound, names < 2, tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].is(.notPlace) { k -= 1; names += 1 }
        guard names > 0, k - 1 >= range.lowerBound, Self.introducingCopulas.contains(tokens[k]) else { return false }
        return Self.introducingSubjects.contains(tokens[k - 1])
    }
    static let introducingCopulas: WordSet = ["ar", "is"]
    static let introducingSubjects: WordSet = ["det", "this", "here", "har"]

    static let jobTitles = WordSet(["chef", "vd", "förvaltare", "manager", "engineer", "director", "supervisor", "coordinator",
                                    "technician", "tekniker", "ekonom", "controller", "receptionist", "värd", "värdinna"].map { TextFolding.fold($0) })
    static let jobTitleEndings = ["chef", "forvaltare", "ansvarig", "tekniker", "samordnare", "ingenjor", "skotare", "vard"]
    static let membershipNouns = WordSet(["räkning", "vägnar", "sekreterare", "ordförande", "kassör", "ledamot", "medlem", "styrelsen", "styrelseledamot",
                                      "member", "secretary", "chair", "chairman", "chairwoman", "treasurer", "board",
                                      // "I'm a PhD student at X", "jag är lärare på X": who the writer is there.
                                      "student", "studerande", "doktorand", "elev", "lärare", "teacher", "forskare", "researcher",
                                      "anställd", "employee"].map { TextFolding.fold($0) })

    /// What ties a place to the road it is on: "on the E6", "längs E4:an".
    static let roadJoiners: WordSet = ["on", "along", "langs", "vid", "by"]

    /// What ties a common place to a named one beside it.
    static let landmarkConnectors = WordSet(["by", "at", "near", "beside", "behind", "under", "opposite", "vid", "nära", "bakom", "bredvid", "intill",
                                             "framför", "mittemot", "utanför"]
        .map { TextFolding.fold($0) })

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
                                    "förening", "föreningen", "bostadsrättsförening", "association", "housing association"].map { TextFolding.fold($0) })
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
    private func isSlashSignOff(_ k: Int, lineStart: Int, within range: Range<Int>) -> Bool {
        guard tokens[k].text == "/", k + 1 < range.upperBound, tokens[k + 1].kind == .word, !tokens[k + 1].spaceBefore else { return false }
        return k == lineStart || (tokens[k].spaceBefore && [".", "!", "?"].contains(tokens[k - 1].text))
    }

    /// "> Mats Lindqvist, Björkvägen 7, Lerum" closing a quoted report: the writer its attribution
    /// names, then a comma or the line's end; their own address signs off.
    private func isNamedAddressLine(_ line: Range<Int>) -> Bool {
        guard !tokens[line.lowerBound].isInBoundaryLine else { return false }
        var end = line.lowerBound
        while end < line.upperBound, end - line.lowerBound < 4, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
        // "> Karin Lund" on a line of its own, the address on the next, signs off too.
        guard end - line.lowerBound >= 2, end == line.upperBound || tokens[end].text == "," else { return false }
        return isNamedInBoundaryLine(line.lowerBound..<end)
    }

    private func isClosingLine(_ line: Range<Int>) -> Bool {
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
            guard tokens[k].text == ":" || Self.subjectPrefixes.contains(tokens[k]) else { return false }
            k -= 1
        }
        return true
    }
    static let subjectDashes: WordSet = ["-", "\u{2013}", "\u{2014}", ":"]
    static let subjectPrefixes: WordSet = ["re", "sv", "vb", "fw", "fwd", "aw", "vs", "wg", "tr"]

    func siteNameLine(at i: Int, within range: Range<Int>) -> Site? {
        // "… The guest has to leave in an hour. Restaurang Sjökanten, Halmstad.": a sentence of
        // the report's own line that is only a site's name says where, like a line of its own
        // (but "Mvh. Hotell X" is a closing).
        let endsSentenceBefore = i >= range.lowerBound + 2 && (tokens[i - 1].text == "." || tokens[i - 1].text == "!") && tokens[i - 2].kind == .word
            && !CaseRestorer.closingWords.contains(tokens[i - 2])
        guard tokens[i].role != .subject, i == range.lowerBound || tokens[i - 1].kind == .lineBreak || endsSentenceBefore,
              tokens[i].kind == .word, tokens[i].isCapitalized, !tokens[i].is(.notPlace) else { return nil }
        guard tokens[i].is(.siteType) || Self.endsInPlaceNoun(tokens[i].folded) else { return nil }
        guard let site = site(after: i, preposition: "", within: range), site.range.lowerBound == i, site.range.count >= 2 else { return nil }
        var end = site.range.upperBound
        var text = site.text
        if end + 1 < range.upperBound, tokens[end].text == ",", let (town, townEnd) = townName(at: end + 1, within: range) {
            text += ", " + town
            end = townEnd
        }
        guard end == range.upperBound || tokens[end].kind == .lineBreak || tokens[end].text == "." else { return nil }
        if endsSentenceBefore, tokens[i - 1].kind != .lineBreak {
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

    static let describedPremises: WordSet = ["store", "shop", "clinic", "factory"]
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

    static let compoundPlaceFollowers: WordSet = ["i", "in", "vid", "by", "near", "bakom", "behind", "bredvid", "beside", "intill", "nara"]
    static let compoundPlaceFollowerKeys = KeyFilter(keys: ["i", "in", "vid", "by", "near", "bakom", "behind", "bredvid", "beside", "intill", "nara"].map { Token.key(of: $0) })

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

    // MARK: Towns

    /// A town the writer connects to the place: "i Sundsvall", "in Kiruna", ", Malmö", "outside Härnösand".
    func town(after index: Int, within range: Range<Int>) -> (String, Int)? {
        var k = index
        var steps = 0
        while k < range.upperBound, steps < 6 {
            let token = tokens[k]
            if token.text == "." || token.text == "!" || token.text == "?" { return nil }
            // "Storgatan 12\n852 30 Sundsvall": an address block's postal line.
            if token.kind == .lineBreak, steps == 0, let afterCode = postalCode(after: k, within: range),
               let (name, end) = townName(at: afterCode, within: range) {
                return (name, end)
            }
            if token.kind == .lineBreak, steps > 0 { return nil }
            // A street address comes first: "Site, Street 3, Town" is read as site, address, town;
            // also a street without a street ending after a comma ("Site, Lindholmspiren 5, Town").
            if isStreetWord(k), isHouseNumber(k + 1) { return nil }
            if k > index, tokens[k - 1].text == ",", token.kind == .word, token.isCapitalized, k + 1 < range.upperBound, tokens[k + 1].spaceBefore,
               isHouseNumber(k + 1) {
                return nil
            }
            // … in English order: "Site, 22 Harbour Road, Town".
            if token.kind == .number, isHouseNumber(k), (k + 1 < range.upperBound && isStreetWord(k + 1)) || (k + 2 < range.upperBound && isStreetWord(k + 2)) {
                return nil
            }
            if (token.is(.townConnector) || token.text == "," || token.text == "(") && k + 1 < range.upperBound {
                if let (name, end) = townName(at: k + 1, within: range) {
                    // "parkeringen vid Centralstationen i Uppsala": what "vid" led to is a place in the town that follows.
                    if token.text != ",", token.folded != "i", token.folded != "in",
                       end + 1 < range.upperBound, tokens[end].folded == "i" || tokens[end].folded == "in",
                       let (town, townEnd) = townName(at: end + 1, within: range) {
                        return (name + ", " + town, townEnd)
                    }
                    return (name, end)
                }
                // "parkeringen vid Friskis & Svettis i Ljusdal": a name of several words, then the town;
                // "parkeringen vid Hotell Fjällgården i Åre": a kind of site and its name.
                if token.text != ",", token.text != "(", token.folded != "i", token.folded != "in", isNameWord(k + 1),
                   let named = site(after: k + 1, preposition: token.folded, within: range), !named.isTownOnly,
                   named.range.count >= 3 || (named.range.count == 2 && tokens[k + 1].is(.siteType)),
                   named.range.upperBound + 1 < range.upperBound, tokens[named.range.upperBound].folded == "i" || tokens[named.range.upperBound].folded == "in",
                   let (town, townEnd) = townName(at: named.range.upperBound + 1, within: range) {
                    return (named.text + ", " + town, townEnd)
                }
                // ", 436 39 Askim": the town after a postal code, which the location leaves out.
                if token.text == ",", let afterCode = postalCode(after: k, within: range), let (name, end) = townName(at: afterCode, within: range) {
                    return (name, end)
                }
            }
            if token.kind == .word, !token.isCapitalized, !Self.wordsBeforeTown.contains(token.folded), !token.is(.townConnector) {
                return nil
            }
            k += 1
            steps += 1
        }
        return nil
    }

    /// Lower-case words that may stand between a site and its town: directions, and the
    /// charger or shop at the site ("at the Circle K charger in Mjölby", "the ICA store in Kiruna").
    static let wordsBeforeTown = WordSet(["här", "strax", "väster", "öster", "norr", "söder", "norra", "södra", "just",
                                      "charger", "chargers", "store", "shop", "laddaren", "laddarna", "laddstolpen", "laddstolparna",
                                      "butiken"].map { TextFolding.fold($0) })

    func townName(at index: Int, within range: Range<Int>) -> (String, Int)? {
        // "(SE*LAN*E0044120)" after a site is an id, not a town: town names have no digits.
        guard index < range.upperBound, isNameWord(index), !tokens[index].is(.siteType), !isRoadNumber(tokens[index].text),
              !tokens[index].folded.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return nil }
        if isStreetWord(index) || isHouseNumber(index + 1) || startsAddress(index, within: range) { return nil }
        var end = index + 1
        // Two-word towns: "Västra Frölunda", "Upplands Väsby".
        // Not "(S/N ZAP780101)": a label and the serial it gives.
        if end < range.upperBound, isNameWord(end), tokens[end].spaceBefore, !isHouseNumber(end + 1), !hasDigit(end) { end += 1 }
        if end < range.upperBound, tokens[end].kind == .word, tokens[end].spaceBefore, Self.isIDLike(tokens[end]) { return nil }
        if end < range.upperBound, tokens[end].kind == .word, !tokens[end].isCapitalized, tokens[end].is(.placeNoun) { return nil }
        // "vid Friskis & Svettis": a name joined by "&" goes on, and a town's does not.
        if end + 1 < range.upperBound, tokens[end].text == "&", isNameWord(end + 1) { return nil }
        // "Bilverkstan i Torsby AB": the town is part of a company's name.
        if tokens[(index + 1)..<end].contains(where: { $0.is(.legalForm) }) || (end < range.upperBound && tokens[end].is(.legalForm)) { return nil }
        return (text(index..<end), end)
    }

    // MARK: Helpers

    func text(_ range: Range<Int>) -> String { tokens.text(range) }

    func evidence(rule: String, around index: Int, confidence: Double) -> Evidence {
        Evidence(field: .location, rule: rule, excerpt: tokens.sentence(around: index), confidence: confidence)
    }
}
