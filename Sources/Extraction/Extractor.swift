import Mail

/// Turns a parsed mail into a `Report`. Pure: no I/O, no clock; the registry is passed in.
public struct Extractor: Sendable {
    public var registry: Registry?
    public var chargerFormats: [ChargerIDFormat]

    /// `chargerFormats` are joined by the shapes the registry's own ids show.
    public init(registry: Registry? = nil, chargerFormats: [ChargerIDFormat] = ChargerIDFormat.serials) {
        self.registry = registry
        self.chargerFormats = chargerFormats + (registry.map { ChargerIDFormat.derived(from: $0.chargers, besides: chargerFormats) } ?? [])
    }

    public func extract(_ message: Message) -> Report {
        let text = CaseText(message: message, names: registry?.nameWords ?? [])
        let tokens = text.tokens
        let (kind, kindEvidence) = KindClassifier().classify(message, tokens: tokens)
        let (language, languageEvidence) = LanguageDetector().detect(tokens)
        guard kind == .request else {
            // Automatic mail is never a report, whatever the quoted text says.
            return Report(kind: kind, language: language, evidence: [kindEvidence, languageEvidence])
        }
        var evidence = [kindEvidence, languageEvidence]
        let (category, categoryEvidence) = CategoryClassifier(tokens: tokens).classify()
        evidence.append(categoryEvidence)

        let contract = ContractFinder(tokens: tokens).find()
        if let contract { evidence.append(contract.1) }

        var ids = ChargerIDFinder(tokens: tokens, formats: chargerFormats).findAll()
        // "Three of our four chargers lost power. Only SE*SKB*E0000801 is still running": a fault
        // the writer reports, with only the working unit's id in their own words, names no faulty
        // charger; sending a technician to that one would be wrong. A quoted "fungerar igen" is
        // the past of a case, and a thank-you ("EH993002 laddar igen") keeps its id.
        if category != .other, !ids.isEmpty, ids.allSatisfy({ $0.describedAsWorking && $0.role == .own }) { ids = [] }
        // "Den andra stolpen (ZAP141301) fungerar som den ska" over the quoted report of
        // ZAP141302: the unit the writer now says works is the other one; the case is the one
        // the quoted or forwarded report names. (Own ids come first, and a working one last
        // among them, so a working first id means every own id works.)
        if let first = ids.first, first.role == .own, first.describedAsWorking,
           let faulty = ids.firstIndex(where: { !$0.describedAsWorking && ($0.role == .quoted || $0.role == .forwarded) }) {
            ids.insert(ids.remove(at: faulty), at: 0)
        }
        let chargerID = ids.first
        if let chargerID {
            evidence.append(Evidence(field: .chargerID, rule: "charger-id.format", excerpt: text.sentence(around: chargerID.index), confidence: 0.95))
        }

        let location = LocationFinder(tokens: tokens).find()
        if let location { evidence.append(location.1) }
        let owner = OwnerFinder(tokens: tokens, message: message, location: .some(location?.0)).find()
        if let owner { evidence.append(owner.1) }

        var linked: String?
        // "Båda laddarna (ZAP044810 och ZAP044811) är offline": registry chargers listed together,
        // or named in one sentence, are reported together, and the report links to none of them.
        // Ids apart ("det står EH… på den som krånglar … den andra (EH…) laddar normalt") may be
        // the faulty one and another.
        let known = ids.filter { registry?.charger(id: $0.id) != nil && !$0.describedAsWorking && !$0.describedAsOld }
        // "Den ena (GLB…007) är död och den andra (GLB…008) tar inte emot kort": two named faulty in one sentence too.
        // "ZAP811520 Hotell Strandporten / SE*DPB*E0900002 Bussdepån Nordost" under "offline for
        // more than 24 hours:": ids that each begin a line are a list of units, reported together.
        // "- SE*KRN*E0010001: skärmen är sprucken": a list item's marker does not count.
        func beginsLine(_ index: Int) -> Bool {
            var start = index
            if start > 0, ["-", "*", "•", "–"].contains(tokens[start - 1].text) { start -= 1 }
            return start == 0 || tokens[start - 1].kind == .lineBreak
        }
        // "Laddpunkt: KC2306112 – Offline / Laddpunkt: KC2306113 – Offline": lines that give each
        // id after the same label are a list as well.
        func lineLabel(_ index: Int) -> [String]? {
            var start = index
            while start > 0, tokens[start - 1].kind != .lineBreak, index - start < 4 { start -= 1 }
            guard start == 0 || tokens[start - 1].kind == .lineBreak else { return nil }
            let label = tokens[start..<index].filter { $0.kind == .word }.map(\.folded)
            return label.isEmpty ? nil : label
        }
        let listed = known.contains { a in known.contains { b in
            a.id.uppercased() != b.id.uppercased()
                && (abs(a.index - b.index) <= 3 || tokens[a.index].sentence == tokens[b.index].sentence || (beginsLine(a.index) && beginsLine(b.index))
                    || (lineLabel(a.index).map { $0 == lineLabel(b.index) } ?? false))
        } }
        if let registry, !listed {
            var link = registry.link(chargerIDs: ids.map(\.id), contract: contract?.0, tokens: tokens)
            // Nothing in the case says where: the writer's own address may (see `linkBySignatureAddress`).
            // "Laddbox Orsa" over "Lars Nyberg, Fäbodvägen 7, Orsa": a town the signature gives too says no more.
            func placeIsSigned() -> Bool {
                location.map { place in TextFolding.fold(message.text(roles: [.signature])).containsBytes(TextFolding.fold(place.0)) } ?? true
            }
            func linkedBy(_ text: String) -> String? {
                var words: [Token] = []
                _ = Tokenizer.tokenize(text, role: .own, firstSentence: 0, into: &words)
                return registry.link(chargerIDs: [], contract: contract?.0, tokens: words).chargerID
            }
            if link.rule == "link.no-match", ids.isEmpty, contract == nil, placeIsSigned(), let signed = registry.linkBySignatureAddress(tokens: tokens) { link = signed }
            // "Vi på campingen … Sofia, Sandvikens Camping": the place the text means by its kind,
            // which only the signature names, is a site the case names.
            if link.rule == "link.no-match", ids.isEmpty, let (place, placeEvidence) = location, placeIsSigned(),
               !TextFolding.fold(placeEvidence.excerpt).containsBytes(TextFolding.fold(place)), let id = linkedBy(place) {
                link = Registry.Link(chargerID: id, rule: "link.location-site")
            }
            // "…vid Stadsbiblioteket … Jag har laddat vid Bilcentrum när jag varit där": of the
            // sites the case names, the one where the faulty charger stands decides.
            // Not when the sentence that gives the place names the others too ("ibland vid X och ibland vid Y").
            if link.rule == "link.ambiguous-sites", ids.isEmpty, let (place, placeEvidence) = location {
                // A car park's floor from another sentence ("location.site-floor"): the charger's
                // sentence names its floor, not the others; the place with it says which site.
                if let id = linkedBy(place), placeEvidence.rule == "location.site-floor" || linkedBy(Self.clause(of: placeEvidence.excerpt, holding: place)) == id {
                    link = Registry.Link(chargerID: id, rule: "link.location-site")
                }
            }
            // "Jag bor på Ekorrstigen 9 … men laddboxen det gäller sitter i vår sommarstuga på
            // Bryggvägen 4": a registry address the case names is not where the faulty charger is
            // when the location is another street address (the text contradicts the registry).
            if link.rule == "link.single-charger-site", let id = link.chargerID, let charger = registry.charger(id: id),
               let (place, placeEvidence) = location, placeEvidence.rule == "location.street-address",
               Self.contradicts(place, charger) {
                link = Registry.Link(chargerID: nil, rule: "link.contradicted-by-location")
            }
            // "the charger behind the Tandläkarhuset building on Kungsgatan in Västerås" against
            // Tandläkarhuset Mora: a site found by its name or address, in a town the text names
            // and the registry does not, is another place of the same name.
            if link.rule == "link.single-charger-site" || link.rule == "link.location-site", let id = link.chargerID,
               let charger = registry.charger(id: id), let (place, _) = location, Self.namesOtherTown(place, charger) {
                link = Registry.Link(chargerID: nil, rule: "link.contradicted-by-town")
            }
            // "laddaren i Sandviken är död" against Sandvikens Camping in Färjestaden: a place that
            // is only a town of the installed base, another than the charger's, and not a word of
            // the site's name as written, is that town.
            if link.rule == "link.single-charger-site", let id = link.chargerID, let charger = registry.charger(id: id),
               let (place, _) = location, !place.contains(","), case let town = TextFolding.fold(place), registry.towns.contains(town),
               town != TextFolding.fold(charger.city), !TextFolding.fold(charger.siteName).split(separator: " ").contains(Substring(town)) {
                link = Registry.Link(chargerID: nil, rule: "link.contradicted-by-town")
            }
            linked = link.chargerID
            if let id = link.chargerID {
                evidence.append(Evidence(field: .linkedCharger, rule: link.rule, excerpt: id, confidence: link.rule == "link.charger-id" ? 0.95 : link.rule == "link.signature-address" ? 0.6 : 0.75))
            }
        }
        return Report(kind: kind, language: language, location: location?.0, owner: owner?.0, contract: contract?.0,
                      chargerID: chargerID?.id, category: category, linkedCharger: linked, evidence: evidence)
    }

    /// The part of `sentence` that holds the first word of `place`, between contrastive
    /// conjunctions: in "Jag jobbar på X men laddaren som krånglar står vid Y", the clause with Y
    /// names no other site; "ibland vid X och ibland vid Y" stays one clause.
    static func clause(of sentence: String, holding place: String) -> String {
        guard let first = TextFolding.fold(place).split(whereSeparator: { $0 == " " || $0 == "," }).first else { return sentence }
        // Also in capitals ("… MEN LADDAREN …"); the text keeps its case, which names and towns are read by.
        var parts = [Substring(sentence)]
        let forms = contrastiveConjunctions.flatMap { [$0, " " + $0.dropFirst().prefix(1).uppercased() + $0.dropFirst(2), $0.uppercased()] }
        for conjunction in forms {
            parts = parts.flatMap { $0.split(separator: conjunction, omittingEmptySubsequences: true) }
        }
        let holding = parts.filter { TextFolding.fold(String($0)).containsBytes(String(first)) }
        return holding.count == 1 ? String(holding[0]) : sentence
    }

    /// Whether `place` gives a street other than the charger's and none of its site's name.
    /// "Storg. 40" abbreviates "Storgatan 40": a word that begins the street's name is the street.
    static func contradicts(_ place: String, _ charger: RegistryCharger) -> Bool {
        let words = { (text: String) -> [String] in String(TextFolding.fold(text)).split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 } }
        let placeWords = words(place)
        guard let street = words(charger.address).first else { return false }
        if placeWords.contains(where: { street.hasPrefix($0) || $0.hasPrefix(street) }) { return false }
        let site = words(charger.siteName)
        return !placeWords.contains { site.contains($0) }
    }

    /// Whether `place` ends in a town ("…, Västerås": the last of several comma-separated parts,
    /// one or two capitalised words without digits) that is neither the charger's city nor a
    /// word of its site's name, address or owner (a municipality is named after its town).
    static func namesOtherTown(_ place: String, _ charger: RegistryCharger) -> Bool {
        let parts = place.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, let last = parts.last else { return false }
        let words = last.split(separator: " ")
        // Title case only: in a shouted text any word looks like a name ("LILLÄNGE, SÖNDAGS").
        guard (1...2).contains(words.count),
              words.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) && !$0.contains(where: \.isNumber) }) else { return false }
        let town = TextFolding.fold(last)
        // The owner too: "Pendelparkeringen Furuvik, Gävle" is in Furuvik, a place of Gävle kommun's.
        let known = [charger.city, charger.siteName, charger.address, charger.owner].map { TextFolding.fold($0) }
        return !known.contains { $0 == town || $0.split(separator: " ").contains(Substring(town)) || town.split(separator: " ").contains(Substring($0)) }
    }

    static let contrastiveConjunctions = [" men ", " but ", " medan ", " whereas ", " while "]
    /// The same conjunctions as words.
    static let contrastWords: WordSet = ["men", "but", "medan", "whereas", "while"]
}
