import Mail

/// Organisations the case names: by legal form or kind word ("Brf Solrosen",
/// "Halmstads kommun", "Norrvalla IF"), introduced by the writer ("Vi på X"), or named in
/// the owner's place; what an owner given by its kind alone ("kommunen") stands for.
extension OwnerFinder {
    /// "Kommunen äger laddaren … Mvh Karin, Halmstads kommun": an owner named by its kind
    /// alone is the organisation of that kind the case names ("Halmstads kommun", "Region
    /// Västernorrland", "Brf Solrosen"), as a labeller writes it; nil when the case names none.
    /// The English kinds come with or without their article: "belongs to the parish" reaches
    /// here with "the" already skipped.
    func namedOrganisation(for generic: String) -> String? {
        let kind: Organisation.Kind
        var prefix: String?
        switch TextFolding.fold(generic) {
        case "kommunen", "staden", "the municipality", "the council", "municipality", "council": kind = .municipality
        case "regionen", "the region", "region":
            kind = .municipality; prefix = "region"
            // "Regionen äger den … Västra Götalandsregionen": a region whose name ends in its kind
            // word, on a signature line of its own.
            if let line = message.text(roles: [.signature]).split(separator: "\n").map({ String($0).trimmingASCIIWhitespace() }).first(where: { line in
                let words = line.split(separator: " ")
                return (1...3).contains(words.count) && words.allSatisfy({ $0.first?.isUppercase == true })
                    && TextFolding.fold(String(line)).hasSuffix("regionen")
            }) {
                return line
            }
        case "foreningen", "brf:en", "the association", "association": kind = .brf
        case "bolaget", "foretaget", "the company", "company": kind = .company
        case "kunden", "the customer", "the client", "customer", "client":
            // "Vi är elinstallatör åt Ystads Camping AB … Kunden äger laddarna": an installer's
            // customer is the organisation the text names, not the one the installer signs for.
            return allOrganisations().first { entry in Self.isCaseRole(entry.role) }?.organisation.name
        case "samfalligheten", "samfallighetsforeningen":
            // "Samfälligheten äger laddstolparna … Ängsbackens samfällighetsförening": a joint property association by its kind word.
            return allOrganisations().first { entry in
                let name = TextFolding.fold(entry.organisation.name)
                return entry.role != .returned && (name.hasSuffix("samfallighetsforening") || name.hasSuffix("samfallighet"))
            }?.organisation.name
        case "forsamlingen", "the parish", "parish":
            // "Laddaren, som församlingen äger … Sigtuna församling": a parish is named by its kind word.
            return allOrganisations().first { entry in
                entry.role != .returned && TextFolding.fold(entry.organisation.name).hasSuffix("forsamling")
            }?.organisation.name
        case "butiken", "affaren", "the store", "the shop", "hotellet", "the hotel":
            // "Butiken äger laddaren … Butikschef, Coop Konsum Ljungskile": the premises the writer signs for.
            return allOrganisations().first { $0.role == .signature }?.organisation.name ?? signatureOrganisationLine()?.name
        case "klubben", "the club", "club":
            // "Klubben äger laddaren … Hamnkapten, Segelsällskapet Vågen": a club or society by its kind word.
            func isClub(_ name: String) -> Bool {
                let folded = TextFolding.fold(name)
                return folded.contains("klubb") || folded.contains("sallskap") || folded.contains("club")
            }
            // "Kassör, Hällbergets Skidklubb": a club the signature line names, whatever its compound.
            return allOrganisations().first { entry in entry.role != .returned && isClub(entry.organisation.name) }?.organisation.name
                ?? signatureOrganisationLine().map(\.name).flatMap { isClub($0) ? $0 : nil }
        default: return nil
        }
        return allOrganisations().first { entry in
            entry.organisation.kind == kind && entry.role != .returned
                && (prefix.map { TextFolding.fold(entry.organisation.name).hasPrefix($0) } ?? !TextFolding.fold(entry.organisation.name).hasPrefix("region"))
        }?.organisation.name
    }

    struct Organisation {
        enum Kind { case brf, municipality, company, other }
        var name: String
        var kind: Kind
    }

    /// Every organisation name in the case, in order of appearance, with the role of its text.
    func allOrganisations() -> [(organisation: Organisation, role: Token.Role, start: Int)] {
        var found: [(Organisation, Token.Role, Int)] = []
        var i = 0
        while i < tokens.count {
            // "Tekniska verken i Linköping AB": a signature line that ends in a legal form is the
            // company's name whole, lower-case words and all.
            if tokens[i].role == .signature, tokens[i].kind == .word, tokens[i].isCapitalized, i == 0 || tokens[i - 1].kind == .lineBreak,
               let end = signatureCompanyLineEnd(from: i) {
                found.append((Organisation(name: text(i..<end), kind: .company), tokens[i].role, i))
                i = end
                continue
            }
            // Names start with a capital, "brf" or "bostadsrättsförening…": most tokens are dismissed here.
            if tokens[i].kind == .word, tokens[i].isCapitalized || tokens[i].folded.utf8.first == UInt8(ascii: "b") || (tokens[i].key == Self.regionKey && tokens[i].folded == "region"),
               let organisation = organisation(startingAt: i) {
                found.append((organisation.0, tokens[i].role, i))
                i = organisation.1
                continue
            }
            i += 1
        }
        return found
    }

    /// Closings and greetings, which share a line with a name ("Mvh Ystad Bygg AB") but are no part of it.
    static let closingKeys = KeyFilter(keys: CaseRestorer.closingWords.map { Token.key(of: $0) })

    func organisation(startingAt start: Int) -> (Organisation, Int)? {
        guard start < tokens.count, tokens[start].kind == .word else { return nil }
        let first = tokens[start]
        if Self.closingKeys.mayContain(first.key), CaseRestorer.closingWords.contains(first.folded) { return nil }
        // BRF Name [number]
        if (first.key == Self.brfKey && first.folded == "brf") || (first.key == Self.bosKey && first.folded.hasPrefix("bostadsrattsforening")) {
            // "vår bostadsrättsförening Brf Tallen": the name starts at "Brf", which the scan reaches next.
            if first.key == Self.bosKey, start + 1 < tokens.count, tokens[start + 1].key == Self.brfKey, tokens[start + 1].folded == "brf" { return nil }
            var end = start + 1
            while end < tokens.count, tokens[end].spaceBefore, tokens[end].kind == .word, tokens[end].text.first?.isLetter == true,
                  tokens[end].isCapitalized || (first.text == "brf" && end == start + 1 && !tokens[end].is(.brfStop)) {
                end += 1
            }
            if end < tokens.count, tokens[end].kind == .number, tokens[end].spaceBefore, tokens[end].text.count <= 3 { end += 1 }
            guard end > start + 1 else { return nil }
            var name = text(start..<end)
            if isGenitive(end - 1) { name.removeLast() }
            return (Organisation(name: name, kind: .brf), end)
        }
        // "Sundsvalls kommun", "Västerås stad", "Region Gävleborg"
        if first.isCapitalized, start + 1 < tokens.count, isMunicipalityWord(start + 1) {
            return (Organisation(name: text(start..<(start + 2)), kind: .municipality), start + 2)
        }
        // "The City of Växjö owns …", "Municipality of Heby": English names a municipality by its town after "of".
        if first.isCapitalized, Self.ofMunicipalityWords.contains(first), start + 2 < tokens.count, tokens[start + 1].folded == "of",
           tokens[start + 2].isCapitalized, tokens[start + 2].kind == .word {
            return (Organisation(name: text(start..<(start + 3)), kind: .municipality), start + 3)
        }
        // "Vår förening äger laddarna": the writer's own association, not one named "Vår".
        if first.isCapitalized, !first.is(.possessive), start + 1 < tokens.count, tokens[start + 1].spaceBefore, isAssociationWord(start + 1) {
            return (Organisation(name: text(start..<(start + 2)), kind: .other), start + 2)
        }
        // "Svenska kyrkan i Ljungby": the Church of Sweden signs by its parish's town.
        if first.isCapitalized, first.folded == "svenska", start + 1 < tokens.count, tokens[start + 1].folded == "kyrkan", tokens[start + 1].spaceBefore {
            var end = start + 2
            if end + 1 < tokens.count, tokens[end].key == Self.iKey, tokens[end].folded == "i", tokens[end + 1].isCapitalized, tokens[end + 1].kind == .word { end += 2 }
            return (Organisation(name: text(start..<end), kind: .other), end)
        }
        // "Region Gävleborg", "Region Västra Götaland", "Region Jönköpings län".
        if first.key == Self.regionKey, first.folded == "region", start + 1 < tokens.count, tokens[start + 1].isCapitalized {
            var end = start + 2
            if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end].spaceBefore, !tokens[end].is(.notPlace) { end += 1 }
            if end < tokens.count, isCountyWord(end) { end += 1 }
            return (Organisation(name: text(start..<end), kind: .municipality), end)
        }
        // "Västra Götalandsregionen": a region named in one compound, after a word of direction or not.
        if first.isCapitalized, first.kind == .word {
            func isRegionCompound(_ k: Int) -> Bool {
                k < tokens.count && tokens[k].kind == .word && tokens[k].isCapitalized && tokens[k].folded.utf8.count >= 12
                    && tokens[k].folded.hasUTF8Suffix("regionen")
            }
            if isRegionCompound(start) { return (Organisation(name: first.text, kind: .municipality), start + 1) }
            if LocationFinder.sideWords.contains(first), tokens.count > start + 1, tokens[start + 1].spaceBefore, isRegionCompound(start + 1) {
                return (Organisation(name: text(start..<(start + 2)), kind: .municipality), start + 2)
            }
        }
        // Capitalised run containing a legal form: "Fastighets AB Kvarnen", "Byggkompaniet i Dalarna AB".
        guard first.isCapitalized else { return nil }
        var end = start
        var sawLegalForm = false
        var sawOrganisationWord = false
        // Indexed, not `let token = tokens[end]`: this runs for every capitalised word, and a
        // copy of a token retains its two strings.
        while end < tokens.count {
            let isAmpersand = isAmpersand(end)
            if end > start, !tokens[end].spaceBefore, !isAmpersand { break }
            // The English "I" after a name ("On behalf of Nordic Parking AB I report") is no part of it.
            if end > start, tokens[end].key == Self.iKey, tokens[end].text == "I", end + 1 < tokens.count, !tokens[end + 1].isCapitalized { break }
            if tokens[end].kind == .word, tokens[end].isCapitalized || isAmpersand {
                if tokens[end].is(.legalForm) { sawLegalForm = true }
                if tokens[end].is(.organisationWord) || (end > start && Self.isClubAbbreviation(tokens[end].text)) || isAssociationCompound(end) {
                    sawOrganisationWord = true
                }
                end += 1
                continue
            }
            if isAmpersand || (tokens[end].key == Self.iKey && end + 1 < tokens.count && tokens[end + 1].isCapitalized && end > start) {
                end += 1
                continue
            }
            // "Blekinge Institute of Technology", "University of Gothenburg": "of" inside a
            // university's name, between its capitalised words.
            if end > start, sawOrganisationWord, tokens[end].folded == "of", end + 1 < tokens.count, tokens[end + 1].isCapitalized,
               tokens[end + 1].kind == .word, tokens[end + 1].spaceBefore {
                end += 1
                continue
            }
            break
        }
        guard end > start else { return nil }
        // "Ljungby Lantmän ek. för.", "Coop Väst ekonomisk förening": a cooperative's legal form is written in lower case.
        if let formEnd = cooperativeFormEnd(at: end) {
            end = formEnd
            sawLegalForm = true
        } else if end - start >= 3, tokens[end - 2].folded == "ekonomisk", tokens[end - 1].folded == "forening",
                  !(start..<end).contains(where: { tokens[$0].key == Self.iKey }) {
            // "Luleå Taxi Ekonomisk Förening": the same form in the name's own capitals ("Vi i …"
            // is no part of it: the scan reaches the name itself next).
            sawLegalForm = true
        }
        // "Styrelsen BRF Solrosen": the organisation starts at the BRF word, which the scan reaches next.
        if (start + 1..<end).contains(where: { tokens[$0].key == Self.brfKey && tokens[$0].folded == "brf" }) { return nil }
        if !sawLegalForm {
            // "i Dalarna" belongs inside a company name only; "Hotell X i Linköping" ends before it.
            if let connector = (start..<end).first(where: { tokens[$0].key == Self.iKey }) { end = connector }
        }
        // "As far as we understand": a legal form alone ("AS", "AB") names no company.
        if sawLegalForm, !(start..<end).contains(where: { !tokens[$0].is(.legalForm) && !isAmpersand($0) }) { return nil }
        if sawLegalForm {
            // Cut after the legal form when it ends the name ("Bilhallen Norr AB Industrivägen" cannot happen; "AB" may be inside).
            return (Organisation(name: text(start..<end), kind: .company), end)
        }
        if sawOrganisationWord, end - start >= 2 {
            // "å Samfällighetsföreningen Björkhagens vägnar": the name in the nominative.
            var name = text(start..<end)
            if isGenitive(end - 1) { name.removeLast() }
            return (Organisation(name: name, kind: .other), end)
        }
        return nil
    }

    /// Where the legal form of an economic association ends when one starts at `index`: "ek. för.",
    /// "ek.för.", "ekonomisk förening", "ek förening".
    func cooperativeFormEnd(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].spaceBefore else { return nil }
        var k = index
        func skipPoint() { if k < tokens.count, tokens[k].kind == .punctuation, tokens[k].text == ".", !tokens[k].spaceBefore { k += 1 } }
        switch tokens[index].folded {
        case "ek": k += 1; skipPoint()
        case "ekonomisk": k += 1
        default: return nil
        }
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].folded == "for" || tokens[k].folded == "forening" else { return nil }
        k += 1
        if tokens[k - 1].folded == "for" { skipPoint() }
        return k
    }

    /// The end of a signature line of two to six words, starting at `start`, whose last word is
    /// a legal form and whose other lower-case words are no more than the name's own.
    func signatureCompanyLineEnd(from start: Int) -> Int? {
        var end = start
        while end < tokens.count, tokens[end].kind != .lineBreak, end - start <= 6 {
            guard tokens[end].kind == .word || tokens[end].text == "&" else { return nil }
            end += 1
        }
        guard (2...6).contains(end - start), end == tokens.count || tokens[end].kind == .lineBreak, tokens[end - 1].is(.legalForm),
              tokens[start..<end].contains(where: { !$0.isCapitalized && $0.kind == .word && !$0.is(.legalForm) && $0.folded != "i" }) else { return nil }
        return end
    }

    func organisation(endingAt end: Int) -> Organisation? {
        var start = end
        // Capitalised words, plus the lower-case word that ends a municipality's name ("Östersunds kommun").
        // "Fyren Hotell & Konferens AB": the ampersand is punctuation to the tokenizer, and part of the name.
        while start > 0, tokens[start - 1].kind == .word || (isAmpersand(start - 1) && start < end),
              tokens[start - 1].isCapitalized || isAmpersand(start - 1) || tokens[start - 1].folded == "i"
                // "Mariestads församling", "Gröna Bilar ekonomisk förening": an association's lower-case last words.
                || (start == end && (isMunicipalityWord(start - 1) || isCountyWord(start - 1) || isAssociationWord(start - 1)))
                || (start == end - 1 && tokens[start].folded == "forening" && Self.associationKinds.contains(tokens[start - 1]))
                || (tokens[start - 1].folded == "of" && start >= 2 && tokens[start - 2].isCapitalized && Self.ofMunicipalityWords.contains(tokens[start - 2])) {
            start -= 1
            if end - start > 6 { break }
        }
        guard start < end else { return nil }
        if let (organisation, orgEnd) = organisation(startingAt: start), orgEnd == end { return organisation }
        // Drop leading words one at a time ("Landlord Helsingborg Hamnfastigheter AB").
        for s in start..<end {
            if let (organisation, orgEnd) = organisation(startingAt: s), orgEnd == end { return organisation }
        }
        return nil
    }

    /// "Regards, Sam Patel, Nordic Dev AB" in the writer's own earlier mail, quoted below a
    /// reminder: the company they signed for, next to their surname (from the From name).
    func signedEarlier(_ found: [(organisation: Organisation, role: Token.Role, start: Int)]) -> Organisation? {
        guard let display = message.from?.personalName, !display.utf8.contains(UInt8(ascii: "@")),
              let surname = display.split(separator: " ").last.map(String.init), display.split(separator: " ").count >= 2,
              surname.count >= 2 else { return nil }
        for entry in found where entry.organisation.kind == .company && (entry.role == .quoted || entry.role == .forwarded) {
            let sentence = tokens[entry.start].sentence
            var k = entry.start - 1
            while k >= 0, tokens[k].role == entry.role, sentence - tokens[k].sentence <= 3 {
                if tokens[k].text == surname { return entry.organisation }
                k -= 1
            }
        }
        return nil
    }

    /// "Finspångs Ryttarförening", "Hjo Skidklubb": an association or club named by a compound
    /// of its own, which no word list can hold ("Ryttarförening", "Hembygdsföreningen").
    func isAssociationCompound(_ index: Int) -> Bool {
        let folded = tokens[index].folded
        guard tokens[index].kind == .word, folded.utf8.count >= 9 else { return false }
        return Self.associationEndings.contains { folded.hasUTF8Suffix($0) }
    }
    static let associationEndings = ["forening", "foreningen", "klubb", "klubben", "sallskap", "sallskapet"]

    /// "Torsby GK", "Norrvalla IF", "Malmö FF": a sports club's kind abbreviated after its name,
    /// in capitals as written (not "if" or "ok", which are words).
    static let clubAbbreviations: Set<String> = ["IF", "IK", "GK", "BK", "SK", "FK", "FF", "GIF", "IFK", "BTK", "HK", "TK"]
    /// Asked of every word of a capitalised run: two or three capitals are tested before the set is hashed.
    @inline(__always)
    static func isClubAbbreviation(_ text: String) -> Bool {
        let utf8 = text.utf8
        return (2...3).contains(utf8.count) && utf8.allSatisfy { $0 >= 65 && $0 <= 90 } && clubAbbreviations.contains(text)
    }

    /// The kinds of "förening" written before it in an association's name ("ekonomisk förening").
    static let associationKinds: WordSet = ["ekonomisk", "ideell"]

    /// Two to four capital letters, as clubs and firms abbreviate their kind ("IF", "BK", "AB").
    static func isAbbreviation(_ text: String) -> Bool {
        (2...4).contains(text.utf8.count) && text.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// "Vi på Folkets Hus i Hudiksvall", "We at Nordic Logistics": the writer names the place
    /// they speak for, a capitalised name with or without a legal form.
    func selfIntroducedOrganisation(in roles: Set<Token.Role> = [.own]) -> Organisation? {
        for i in tokens.indices.dropLast(2) where tokens[i].is(.we) && roles.contains(tokens[i].role) {
            guard Self.weIntroducers.contains(tokens[i + 1]) else { continue }
            var end = i + 2
            // "Vi i Norrvalla IF": a club's or firm's abbreviation in capitals ("IF", "IK", "BK")
            // ends its name, though it is spelled as a word that names no place ("if").
            while end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized,
                  !tokens[end].is(.notPlace) || (end > i + 2 && Self.isAbbreviation(tokens[end].text)),
                  end == i + 2 || tokens[end].spaceBefore {
                end += 1
            }
            // "Vi på Vindelns folkhögskola": a name in the genitive, then what kind of place it is.
            if end == i + 3, end < tokens.count, Self.isGenitiveThenPlaceNoun(tokens[i + 2], tokens[end]) { end += 1 }
            // "Vi på Brf Tallen": the BRF rule already knows it; a lone town ("vi i Mora") is no organisation.
            guard end > i + 2, !(end == i + 3 && tokens[i + 1].folded == "i") else { continue }
            // "Vi på BTH:s fastighetsavdelning": the organisation, not its genitive.
            let last = tokens[end - 1].text
            if last.hasSuffix(":s") || last.hasSuffix("'s") || last.hasSuffix("\u{2019}s") {
                let name = end - 1 > i + 2 ? text((i + 2)..<(end - 1)) + " " + last.dropLast(2) : String(last.dropLast(2))
                return Organisation(name: name, kind: .other)
            }
            return Organisation(name: text((i + 2)..<end), kind: .other)
        }
        // "I'm the facilities manager for Nordic Freight Solutions", "Jag är driftansvarig på X":
        // the writer's role, then whose. A guest, tenant or customer speaks for nobody.
        for i in tokens.indices.dropLast(3) where roles.contains(tokens[i].role) && tokens[i].kind == .word {
            let word = tokens[i].folded
            guard word == "i'm" || (word == "am" && i > 0 && tokens[i - 1].folded == "i") || (word == "ar" && i > 0 && tokens[i - 1].folded == "jag") else { continue }
            var k = i + 1
            if ["the", "a", "an"].contains(tokens[k].folded) { k += 1 }
            let titleStart = k
            while k < tokens.count, k - titleStart < 3, tokens[k].kind == .word, !tokens[k].isCapitalized, !Self.roleLeads.contains(tokens[k]) { k += 1 }
            guard k > titleStart, k + 1 < tokens.count, Self.roleLeads.contains(tokens[k]),
                  !tokens[titleStart..<k].contains(where: { Self.speaksForNobody.contains($0.folded) }) else { continue }
            var end = k + 1
            while end < tokens.count, end - k <= 4, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].is(.notPlace),
                  end == k + 1 || tokens[end].spaceBefore { end += 1 }
            // "förskollärare på Kyrkbyns förskola": a name in the genitive, then what kind of place it is.
            if end == k + 2, end < tokens.count, Self.isGenitiveThenPlaceNoun(tokens[k + 1], tokens[end]) { end += 1 }
            if let (organisation, orgEnd) = organisation(startingAt: k + 1), orgEnd <= end + 1 { return organisation }
            guard end - (k + 1) >= 2 else { continue }
            return Organisation(name: text((k + 1)..<end), kind: .other)
        }
        // "jag jobbar på Sågverket i Bollstabruk … Vår laddare", "I work at Northpark Business
        // Centre": the writer's employer, whose "our" it is. One word only when it is a kind of
        // place by itself ("Sågverket"), not a town or an island ("jobbar på Gotland").
        for i in tokens.indices.dropLast(2) where roles.contains(tokens[i].role) && LocationFinder.workVerbs.contains(tokens[i]) {
            guard i > 0, tokens[i - 1].folded == "jag" || tokens[i - 1].text == "I",
                  Self.roleLeads.contains(tokens[i + 1]) || tokens[i + 1].folded == "vid", tokens[i + 2].isCapitalized else { continue }
            let first = i + 2
            var end = first
            while end < tokens.count, end - first < 4, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].is(.notPlace),
                  end == first || tokens[end].spaceBefore { end += 1 }
            guard end > first else { continue }
            if let (organisation, orgEnd) = organisation(startingAt: first), orgEnd <= end + 1 { return organisation }
            guard end - first >= 2 || tokens[first].is(.placeNoun) || LocationFinder.endsInPlaceNoun(tokens[first].folded) else { continue }
            return Organisation(name: text(first..<end), kind: .other)
        }
        // "Det är Kjell på Grisslehamns Marina", "This is Anna from Norrby Fastigheter": the
        // writer's name, then whom they speak for.
        for i in tokens.indices.dropLast(4) where Self.introducingKeys.mayContain(tokens[i].key)
            && LocationFinder.introducingSubjects.contains(tokens[i]) && roles.contains(tokens[i].role) {
            guard LocationFinder.introducingCopulas.contains(tokens[i + 1]) else { continue }
            var k = i + 2
            while k < tokens.count, k - (i + 2) < 2, tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].is(.notPlace) { k += 1 }
            guard k > i + 2, k + 1 < tokens.count, Self.introducers.contains(tokens[k]), tokens[k + 1].isCapitalized else { continue }
            if let (organisation, _) = organisation(startingAt: k + 1) { return organisation }
            var end = k + 1
            while end < tokens.count, end - k <= 4, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].is(.notPlace),
                  end == k + 1 || tokens[end].spaceBefore { end += 1 }
            guard end - (k + 1) >= 2 else { continue }
            return Organisation(name: text((k + 1)..<end), kind: .other)
        }
        return nil
    }

    /// Keys of `LocationFinder.introducingSubjects`: most tokens are ruled out on one integer test.
    static let introducingKeys = KeyFilter(keys: ["det", "this", "here", "har"].map { Token.key(of: $0) })

    /// "Kyrkbyns förskola", "Tallbackens vårdcentral": a capitalised genitive and a lower-case
    /// place noun, one place's name.
    static func isGenitiveThenPlaceNoun(_ name: Token, _ noun: Token) -> Bool {
        name.isCapitalized && name.folded.utf8.last == UInt8(ascii: "s") && noun.kind == .word && !noun.isCapitalized
            && noun.spaceBefore && (noun.is(.placeNoun) || LocationFinder.endsInPlaceNoun(noun.folded))
    }

    /// "City of Växjö", "Municipality of Heby": the English names of a municipality with "of".
    static let ofMunicipalityWords: WordSet = ["city", "municipality", "town", "county"]

    static let roleLeads = WordSet(["for", "at", "with", "of", "på", "hos", "för"].map { TextFolding.fold($0) })
    static let speaksForNobody = WordSet(["guest", "tenant", "customer", "visitor", "driver", "gäst", "hyresgäst", "kund", "besökare", "förare"].map { TextFolding.fold($0) })

    static let introducers = WordSet(["på", "hos", "at", "from", "från"].map { TextFolding.fold($0) })
    /// "Vi på X", and "vi i Norrvalla IF": "we in" a club or body is its members (a lone town
    /// after "i", "vi i Mora", is ruled out where these are read).
    static let weIntroducers = introducers.union(["i"])

    /// "We are the municipality of Heby and own …", "We are a small family business, Ekbergs
    /// Trädgård AB, and we have …", "Vi är Brf Tallen": the organisation the writers say they are.
    /// Read after a signature, which names it the usual way ("Heby kommun").
    func introducedOrganisation(in roles: Set<Token.Role> = [.own]) -> Organisation? {
        for i in tokens.indices.dropLast(4) where roles.contains(tokens[i].role) {
            guard let after = tokens.weAre(at: i), after + 2 < tokens.count else { continue }
            let k = tokens[after].folded == "the" ? after + 1 : after
            if k + 2 < tokens.count, Self.municipalityNouns.contains(tokens[k]), tokens[k + 1].folded == "of",
               tokens[k + 2].kind == .word, tokens[k + 2].isCapitalized {
                return Organisation(name: text(k..<(k + 3)), kind: .municipality)
            }
            // A named organisation within the next few words of the same clause, perhaps after a description.
            var j = after
            while j < tokens.count, j - i <= 8, tokens[j].sentence == tokens[i].sentence, !tokens[j].is(.clauseBreak) || tokens[j].text == "," {
                if tokens[j].isCapitalized, let (organisation, _) = organisation(startingAt: j), organisation.kind != .other { return organisation }
                // "Vi är en liten bilverkstad, Bergs Motor i Åmål": what the writers are, then its name in apposition.
                if tokens[j].text == ",", j - 1 >= after, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalized, let name = appositionName(at: j + 1) {
                    return Organisation(name: name, kind: .other)
                }
                j += 1
            }
        }
        return nil
    }
    static let municipalityNouns: WordSet = ["municipality", "council", "city", "town"]

    /// Two to four capitalised name words from `start`, ended by "i", "in", a comma or "och"/"and".
    func appositionName(at start: Int) -> String? {
        var end = start
        while end < tokens.count, end - start < 4, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].is(.notPlace),
              end == start || tokens[end].spaceBefore { end += 1 }
        guard end - start >= 2, end < tokens.count,
              [",", "i", "in", "och", "and"].contains(tokens[end].folded) else { return nil }
        return text(start..<end)
    }
}
