import Foundation

/// The installed base: chargers with their site, owner and contract. Links a report to
/// exactly one charger, or to none, by the rules of the corpus README:
/// an id that is in the registry; else a site or address with exactly one charger; else a
/// contract that covers exactly one charger. An id that is *not* in the registry means the
/// text contradicts the registry (a replaced unit, another operator's charger): no link.
public struct Registry: Sendable {
    public let chargers: [RegistryCharger]
    private let byID: [String: RegistryCharger]
    private let byContract: [String: [String]]
    private let sites: [SitePattern]
    /// For each site word, the sites whose kind it is ("hotell": every Hotell …), by their
    /// town: a mail's "hotellet i Jönköping" looks up one town, however many hotels the base has.
    private let sitesByKindWord: [[String: [Int32]]]

    struct SitePattern: Sendable {
        var nameWords: [String]
        /// The street's name words, without its number.
        var streetWords: [String]
        var houseNumber: HouseNumber? = nil
        var chargerIDs: [String]
        var byName: Bool
        /// The address's town, folded, first word only ("västra" for Västra Frölunda): an
        /// address followed by another town in the text is another place.
        var town: String = ""
        /// The words as ids into `siteWords`, compared as integers when a mail is matched.
        var nameIDs: [Int32] = []
        var streetIDs: [Int32] = []
        /// The name's own words, without the kind, chain, floor or number around them
        /// ("tallkotten" of "Brf Tallkotten 3", "flygfyren" of "Ica Kvantum Flygfyren"): writers
        /// drop or translate the rest ("Brf Tallkotten", "Hotel Fjällgården", "ICA Flygfyren").
        var distinctiveIDs: [Int32] = []
        /// Another set of words that names the site alone: the store's format and its town
        /// ("Konsum Ljungskile", "Maxi i Skellefteå") for "Coop Konsum Ljungskile".
        var alternativeIDs: [Int32] = []
        /// The name's words that say what kind of place it is ("badhuset" of "Badhuset Hälsan",
        /// "hotell" of "Hotell Vättern"): with the site's town after them they name the site.
        var kindIDs: [Int32] = []
        /// Every word of the site's town, folded.
        var townWords: [String] = []
    }

    /// Words of site names that writers leave out, change or translate: kinds of site, chains,
    /// floors. A name is recognised by its other words when these are missing.
    static let genericNameWordList = WordSet([
        "ica", "maxi", "kvantum", "nära", "supermarket", "coop", "konsum", "forum", "willys", "hemköp", "lidl", "city",
        "scandic", "clarion", "quality", "elite", "radisson", "blu", "preem", "okq8", "circle", "st1", "ingo", "shell",
        "the", "och", "and", "i", "in", "vid", "at",
    ].map { TextFolding.fold($0) })

    /// Points of the compass, which many sites' names end with. Folded.
    static let compassWords: WordSet = ["norr", "soder", "syd", "ost", "vast", "nord", "north", "south", "east", "west", "norra", "sodra", "ostra", "vastra"]

    static func isGenericNameWord(_ word: String) -> Bool {
        if genericNameWordList.contains(word) || word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return true }
        return !Lexicon.classes(of: word).isDisjoint(with: [.siteType, .placeNoun, .legalForm, .organisationWord, .municipalityWord, .levelWord])
    }

    public init(chargers: [RegistryCharger]) {
        self.chargers = chargers
        var byID: [String: RegistryCharger] = [:]
        var byContract: [String: [String]] = [:]
        for charger in chargers {
            byID[charger.chargerID.uppercased()] = charger
            if !charger.contract.isEmpty { byContract[charger.contract.uppercased(), default: []].append(charger.chargerID) }
        }
        self.byID = byID
        self.byContract = byContract
        var sites: [SitePattern] = []
        let groupedByName = Dictionary(grouping: chargers) { TextFolding.fold($0.siteName) }
        for (_, group) in groupedByName.sorted(by: { $0.key < $1.key }) {
            let town = Registry.words(group[0].city)
            sites.append(SitePattern(nameWords: Registry.words(group[0].siteName), streetWords: [], chargerIDs: group.map(\.chargerID), byName: true,
                                     town: town.first ?? "", townWords: town))
        }
        let groupedByAddress = Dictionary(grouping: chargers) { TextFolding.fold($0.address + "|" + $0.city) }
        for (_, group) in groupedByAddress.sorted(by: { $0.key < $1.key }) {
            let words = Registry.words(group[0].address)
            // "Bagargatan 12A", "Ekstigen 3 B", "Handelsvägen 2-4": the name, then the number;
            // an address without a number ("E6 Kärra") is matched word by word.
            var street = words
            var number: HouseNumber?
            if let at = words.indices.first(where: { HouseNumber.parse(at: $0, count: words.count, word: { words[$0] }) != nil }), at > 0,
               let (parsed, end) = HouseNumber.parse(at: at, count: words.count, word: { words[$0] }), end == words.count {
                street = Array(words[..<at])
                number = parsed
            }
            sites.append(SitePattern(nameWords: [], streetWords: street, houseNumber: number, chargerIDs: group.map(\.chargerID), byName: false,
                                     town: Registry.words(group[0].city).first ?? ""))
        }
        let words = Set(sites.flatMap { $0.nameWords + $0.streetWords }).sorted()
        var idOf = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, Int32($0)) })
        // "Torget Hjo" and "Väsby Torg P-däck": a word and its definite form are one word to a
        // writer, and to a translation ("square" is "torg"), which can point at only one id.
        for word in words where word.utf8.count >= 6 && (word.hasSuffix("et") || word.hasSuffix("en")) {
            if let bare = idOf[String(word.dropLast(2))] { idOf[word] = bare }
        }
        var sitesPerWord = [Int](repeating: 0, count: words.count)
        for i in sites.indices {
            sites[i].nameIDs = sites[i].nameWords.map { idOf[$0]! }
            // The town in a site's name ("Pendelparkeringen Furuvik" in Furuvik) is no name of its
            // own: "laddaren vid Ica i Furuvik" is another site in that town.
            // "Tidaholms Simhall" in Tidaholm: the town's genitive is the town too, or "Tallåsvägen 7
            // i Tidaholm" would name the swimming hall as well as the address.
            let townWords = sites[i].townWords
            let isTownWord = { (word: String) in townWords.contains(word) || (word.hasSuffix("s") && townWords.contains(String(word.dropLast()))) }
            var distinctive = sites[i].nameWords.filter { !Registry.isGenericNameWord($0) && !isTownWord($0) }
            // "Kontorshotellet Navet", "Tandläkarhuset Kronan": a compound of a place noun says what
            // kind of place the name is, which writers leave out ("I rent an office at Navet").
            // Not when what is left is a letter or a point of the compass ("Hus B", "Bussdepå Syd").
            let described = distinctive.filter { !LocationFinder.endsInPlaceNoun($0) }
            if described.count < distinctive.count, described.contains(where: { $0.utf8.count >= 4 && !Registry.compassWords.contains($0) }) {
                distinctive = described
            }
            // "Bussdepå Syd", "Busstation Norr": a point of the compass or a letter left alone
            // names no site; the whole name is needed.
            if !distinctive.isEmpty, distinctive.allSatisfy({ Registry.compassWords.contains($0) || $0.utf8.count < 2 }) {
                distinctive = sites[i].nameWords.filter { !Registry.genericNameWordList.contains($0) }
            }
            // "Coop Forum Borlänge", "ICA Maxi Skellefteå": a store chain's name and its town name
            // the store; the format between ("vid Coop i Borlänge") is what writers leave out.
            if distinctive.isEmpty, sites[i].nameWords.contains(where: { LocationFinder.storeChains.contains($0) }), !sites[i].townWords.isEmpty,
               sites[i].nameWords.contains(where: { sites[i].townWords.contains($0) }) {
                distinctive = sites[i].nameWords.filter { !LocationFinder.storeFormats.contains($0) }
                // "vid Konsum i Ljungskile": writers name the store by its format as often as by its chain.
                if let format = sites[i].nameWords.first(where: { LocationFinder.storeFormats.contains($0) }),
                   let townWord = sites[i].nameWords.first(where: { sites[i].townWords.contains($0) }) {
                    sites[i].alternativeIDs = [idOf[format]!, idOf[townWord]!]
                }
            }
            // "Väsby Torg P-däck" in Upplands Väsby: a word of the town and a kind of place together
            // ("at Väsby Torg") name the site, though neither does alone.
            if distinctive.isEmpty, let townWord = sites[i].nameWords.first(where: isTownWord),
               let kind = sites[i].nameWords.first(where: { !Lexicon.classes(of: $0).isDisjoint(with: [.placeNoun, .siteType]) }) {
                distinctive = [townWord, kind]
            }
            sites[i].distinctiveIDs = distinctive.map { idOf[$0]! }
            // "Lits församlingsgård" is named "församlingsgården i Lit": a compound that ends in a
            // kind of place is a kind as well.
            sites[i].kindIDs = sites[i].nameWords.filter { !Lexicon.classes(of: $0).isDisjoint(with: [.placeNoun, .siteType]) || LocationFinder.endsInPlaceNoun($0) }
                .map { idOf[$0]! }
            sites[i].streetIDs = sites[i].streetWords.map { idOf[$0]! }
            for id in Set(sites[i].nameIDs + sites[i].streetIDs) { sitesPerWord[Int(id)] += 1 }
        }
        // A site can match only if every one of its words is in the mail, so it is filed under
        // its rarest word ("solrosen", not "brf"): a mail then checks only the sites filed under
        // its own words, and an installed base of thousands of sites costs no more than one of ten.
        var sitesByWord = [[Int32]](repeating: [], count: words.count)
        // A name is filed under its rarest distinctive word, which even a partial mention has.
        for (i, site) in sites.enumerated() {
            let required = site.distinctiveIDs.isEmpty ? site.nameIDs + site.streetIDs : site.distinctiveIDs
            if let rarest = required.min(by: { sitesPerWord[Int($0)] < sitesPerWord[Int($1)] }) {
                sitesByWord[Int(rarest)].append(Int32(i))
            }
            if let rarest = site.alternativeIDs.min(by: { sitesPerWord[Int($0)] < sitesPerWord[Int($1)] }), !sitesByWord[Int(rarest)].contains(Int32(i)) {
                sitesByWord[Int(rarest)].append(Int32(i))
            }
        }
        self.sites = sites
        self.sitesByWord = sitesByWord
        var sitesByKindWord = [[String: [Int32]]](repeating: [:], count: words.count)
        for (i, site) in sites.enumerated() where site.byName {
            for id in Set(site.kindIDs) { sitesByKindWord[Int(id)][site.town, default: []].append(Int32(i)) }
        }
        self.sitesByKindWord = sitesByKindWord
        // Each word also in its bare and definite forms, so "stadshuset" finds "Stadshusets parkering".
        var forms = idOf
        for word in words {
            let id = idOf[word]!
            for form in Registry.otherForms(of: word) where forms[form] == nil { forms[form] = id }
            // "vid flygplatsen i Kiruna" for "Kiruna Airport": a kind of place in the other language.
            // "Badhuset Hälsan" is "the bath house": a definite registry word is translated by its stem.
            let stem = word.utf8.count >= 6 && (word.hasSuffix("et") || word.hasSuffix("en")) ? String(word.dropLast(2)) : word
            for form in Registry.translations[word] ?? Registry.translations[stem] ?? [] where forms[form] == nil { forms[form] = id }
        }
        siteWords = WordTable(forms.map { ($0.key, $0.value) })
        // Legal forms and kind words ("AB", "BRF", "Hotell") are no names of their own, unless a
        // site's whole name is one, besides its town ("Resecentrum Luleå"): then it names that site.
        let wholeNames = Set(chargers.compactMap { charger -> String? in
            let town = Registry.words(charger.city)
            let own = Registry.words(charger.siteName).filter { !town.contains($0) }
            return own.count == 1 ? own[0] : nil
        })
        // The street of an address is a name too ("ekvägen 3" typed without capitals), but
        // not its number nor a bare street word ("gatan" of "Västra Gatan").
        let streets = chargers.map { Registry.words($0.address).filter { $0.utf8.first.map { $0 < 48 || $0 > 57 } ?? false } }
        var names = Set((chargers.flatMap { Registry.words($0.siteName) + Registry.words($0.city) + Registry.words($0.owner) } + streets.flatMap { $0 }).filter { word in
            word.utf8.count >= 3 && (wholeNames.contains(word)
                || Lexicon.classes(of: word).isDisjoint(with: [.legalForm, .organisationWord, .siteType, .municipalityWord, .placeNoun]))
                && !LocationFinder.isApartStreetWord(word)
        })
        // "kalmar c p-hus": two words of one name in a row, which let a short or kind word
        // ("C", "P-hus") that is no name alone get its capital after one that is.
        for sequence in chargers.map({ Registry.words($0.siteName) }) + streets where sequence.count >= 2 {
            for (first, second) in zip(sequence, sequence.dropFirst()) { names.insert(first + " " + second) }
        }
        nameWords = WordSet(names)
        // Every form, not only the registry's words: "flygplatsen" shares no first bytes with "airport".
        siteKeyFilter = KeyFilter(keys: forms.keys.map { Token.key(of: $0) })
        towns = Set(chargers.map { TextFolding.fold($0.city) })
    }

    /// The towns the installed base has chargers in, folded: a case that names one of them as the
    /// place names that town, not a site elsewhere whose name shares its word ("i Sandviken" is
    /// not Sandvikens Camping in Färjestaden).
    public let towns: Set<String>

    /// Every word (folded) of the sites', towns', owners' and streets' names: in a mail written
    /// without capitals, these are the words that may be names (see `CaseRestorer`). Also each
    /// two words in a row of a site's or street's name, joined by a space.
    public let nameWords: WordSet
    /// Every word of every site name and address, to its id: other words of a mail need no indexing.
    private let siteWords: WordTable<Int32>
    private let siteKeyFilter: KeyFilter
    /// The sites filed under each word id (see `init`).
    private let sitesByWord: [[Int32]]

    public static func load(path: String) throws -> Registry {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RegistryError(code: .unreadable, path: path, line: 0, detail: "cannot read file")
        }
        let text = String(decoding: data, as: UTF8.self)
        let rows = CSVParser.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard let header = rows.first else { throw RegistryError(code: .missingColumn, path: path, line: 1, detail: "empty file") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var column: [String: Int] = [:]
        for required in RegistryCharger.columns {
            guard let index = names.firstIndex(of: required) else {
                throw RegistryError(code: .missingColumn, path: path, line: header.line, detail: required)
            }
            column[required] = index
        }
        var chargers: [RegistryCharger] = []
        var seen: Set<String> = []
        for row in rows.dropFirst() {
            guard row.fields.count >= names.count else {
                throw RegistryError(code: .badRow, path: path, line: row.line, detail: "\(row.fields.count) fields, expected \(names.count)")
            }
            func value(_ name: String) -> String { row.fields[column[name]!].trimmingCharacters(in: .whitespaces) }
            let id = value("charger_id")
            guard !id.isEmpty else { throw RegistryError(code: .badRow, path: path, line: row.line, detail: "empty charger_id") }
            guard seen.insert(id.uppercased()).inserted else {
                throw RegistryError(code: .duplicateCharger, path: path, line: row.line, detail: id)
            }
            chargers.append(RegistryCharger(chargerID: id, siteName: value("site_name"), address: value("address"),
                                            postalCode: value("postal_code"), city: value("city"), owner: value("owner"),
                                            contract: value("contract"), manufacturer: value("manufacturer"), model: value("model"),
                                            installed: value("installed"), lastService: value("last_service")))
        }
        return Registry(chargers: chargers)
    }

    public func charger(id: String) -> RegistryCharger? { byID[id.uppercased()] }
    public func chargers(contract: String) -> [String] { byContract[contract.uppercased()] ?? [] }

    /// The decision and the rule that made it.
    public struct Link: Sendable, Equatable {
        public var chargerID: String?
        public var rule: String
    }

    /// Links a report given the ids and contract found and the words of the case text.
    /// `caseWords` is only read when no id was found, so it is built only then.
    public func link(chargerIDs: [String], contract: String?, caseWords: @autoclosure () -> [String]) -> Link {
        link(chargerIDs: chargerIDs, contract: contract, sites: matchSites(caseWords()))
    }

    /// The same from the case's tokens (`Token.isCaseWord` says which count): their keys and
    /// folded words are already there, so no word list is built.
    func link(chargerIDs: [String], contract: String?, tokens: [Token]) -> Link {
        link(chargerIDs: chargerIDs, contract: contract, sites: matchSites(tokens: tokens))
    }

    private func link(chargerIDs: [String], contract: String?, sites matchSites: @autoclosure () -> [SitePattern]) -> Link {
        if let first = chargerIDs.first {
            if let known = chargerIDs.first(where: { byID[$0.uppercased()] != nil }), known == first {
                return Link(chargerID: byID[known.uppercased()]!.chargerID, rule: "link.charger-id")
            }
            return Link(chargerID: nil, rule: "link.unknown-charger-id")
        }
        let matched = matchSites()
        let byName = Set(matched.filter(\.byName).flatMap(\.chargerIDs))
        let byAddress = Set(matched.filter { !$0.byName }.flatMap(\.chargerIDs))
        var site: Set<String>
        if !byName.isEmpty, !byAddress.isEmpty {
            let both = byName.intersection(byAddress)
            site = both.isEmpty ? byName.union(byAddress) : both
        } else {
            site = byName.union(byAddress)
        }
        if site.count == 1 { return Link(chargerID: site.first, rule: "link.single-charger-site") }
        let covered = Set(contract.map { chargers(contract: $0) } ?? [])
        if covered.count == 1 { return Link(chargerID: covered.first, rule: "link.single-charger-contract") }
        if !site.isEmpty, !covered.isEmpty {
            let both = site.intersection(covered)
            if both.count == 1 { return Link(chargerID: both.first, rule: "link.site-and-contract") }
        }
        // "ambiguous-sites": several places named, which the location may choose between.
        if !site.isEmpty, Set(matched.map(\.chargerIDs)).count > 1 { return Link(chargerID: nil, rule: "link.ambiguous-sites") }
        return Link(chargerID: nil, rule: site.isEmpty ? "link.no-match" : "link.ambiguous-site")
    }

    /// Sites whose name words all occur close together, or whose street and number occur in sequence.
    func matchSites(_ words: [String]) -> [SitePattern] {
        // Each case word as its site-word id (-1: in no site), and where each id occurs.
        var ids = [Int32](repeating: -1, count: words.count)
        var positions: [Int32: [Int]] = [:]
        for (i, word) in words.enumerated() {
            guard siteKeyFilter.mayContain(Token.key(of: word)), let id = siteWords[word] else { continue }
            ids[i] = id
            positions[id, default: []].append(i)
        }
        return matchSites(ids: ids, positions: positions, word: { words[$0] })
    }

    /// The writer's own address when nothing else in the case says where: a homeowner who writes
    /// "laddaren laddar inte" and signs with their street and number reports the charger there.
    /// Only an address counts (the signature's organisation name says who writes, not where),
    /// and only one that has a single charger.
    func linkBySignatureAddress(tokens: [Token]) -> Link? {
        let addressed = Set(matchSites(tokens: tokens, where: { $0.role == .signature && $0.isWordLike }).filter { !$0.byName }.flatMap(\.chargerIDs))
        guard addressed.count == 1, let id = addressed.first else { return nil }
        return Link(chargerID: id, rule: "link.signature-address")
    }

    func matchSites(tokens: [Token], where counts: (Token) -> Bool = { $0.isCaseWord }) -> [SitePattern] {
        var ids: [Int32] = []
        ids.reserveCapacity(tokens.count)
        var tokenIndex: [Int] = []
        tokenIndex.reserveCapacity(tokens.count)
        var positions: [Int32: [Int]] = [:]
        for i in tokens.indices where counts(tokens[i]) {
            // "vid plats 12" is no genitive of "Gnosjö Plåt": a word that names a numbered thing
            // (a bay, a box, an order) is that common noun, never a site word's inflected form.
            if siteKeyFilter.mayContain(tokens[i].key),
               let id = siteWordID(tokens[i].folded, inflected: !tokens[i].is(.otherNumber)) ?? abbreviatedStreetID(at: i, in: tokens),
               !Registry.isInMailAddress(i, in: tokens) {
                positions[id, default: []].append(ids.count)
                ids.append(id)
            } else {
                ids.append(-1)
            }
            tokenIndex.append(i)
        }
        return matchSites(ids: ids, positions: positions, word: { tokens[tokenIndex[$0]].folded }, addressFits: { site, end in
            // "Ekhaga Lantbruk HB" is a firm, not the site "Ekhaga gård": a legal form right after
            // the words, or after one more name word, makes them a company's name.
            if Registry.beginsCompanyName(after: tokenIndex[end - 1], in: tokens) { return false }
            // "Industrivägen 14 i Luleå" is not Industrivägen 14 in Umeå, nor "friskis & svettis i
            // borås", typed without capitals, the one in Mölndal: there a word that is no common
            // word, after "i" or a comma, is the town.
            guard let town = Registry.townNamed(after: tokenIndex[end - 1], in: tokens)
                ?? Registry.townNamed(after: tokenIndex[end - 1], in: tokens, anyCase: true, nameLike: true) else { return true }
            return town == site.town
        }, townAfter: { end in Registry.townNamed(after: tokenIndex[end - 1], in: tokens, anyCase: true) })
    }

    /// The site word a case word is, also in its Swedish definite or genitive form
    /// ("infartsparkeringen", "Kvarngallerians" for "Infartsparkering", "Kvarngallerian").
    private func siteWordID(_ folded: String, inflected: Bool = true) -> Int32? {
        if let id = siteWords[folded] { return id }
        guard inflected else { return nil }
        var folded = folded
        return folded.withUTF8 { bytes in
            // "Väsby Torgs P-däck": a genitive of a four-letter word too.
            guard bytes.count >= 5 else { return nil }
            for suffix in Registry.inflections where bytes.count > suffix.count + 3 {
                let stem = bytes.count - suffix.count
                // A lone "-n" or "-t" makes a definite form only after a vowel ("arena", "arenan"):
                // "platt" is no form of "Plåt".
                if suffix.count == 1, suffix[0] != UInt8(ascii: "s"), !Registry.vowels.contains(bytes[stem - 1]) { continue }
                if bytes[stem...].elementsEqual(suffix), let id = siteWords[UnsafeBufferPointer(rebasing: bytes[..<stem])] { return id }
            }
            return nil
        }
    }

    static let inflections = ["en", "et", "n", "t", "s", "ens", "ets", "ns"].map { Array($0.utf8) }
    static let vowels: Set<UInt8> = Set("aeiouy".utf8)

    /// Kinds of place as the other language names them, folded, both ways: a site named only by
    /// its kind and town ("Kiruna Airport") is found by the words a writer uses ("flygplatsen i
    /// Kiruna"). A definite ending is taken off before the lookup (see `siteWordID`).
    static let translations: [String: [String]] = {
        let pairs = [("airport", "flygplats"), ("hotel", "hotell"), ("library", "bibliotek"), ("hospital", "sjukhus"), ("church", "kyrka"),
                     ("harbour", "hamn"), ("school", "skola"), ("square", "torg"), ("museum", "museum"), ("station", "station"),
                     ("baths", "badhus"), ("bath", "badhus"), ("bathhouse", "badhus"),
                     // "cabin 9 at Stugbyn Fjällgläntan" for "Stugbyn Fjällgläntan stuga 9".
                     ("cabin", "stuga"), ("cottage", "stuga"), ("warehouse", "lager"), ("depot", "depå"), ("campsite", "camping"),
                     ("clinic", "klinik")]
        var table: [String: [String]] = [:]
        for (english, swedish) in pairs where english != swedish {
            table[english, default: []].append(TextFolding.fold(swedish))
            table[TextFolding.fold(swedish), default: []].append(english)
        }
        return table
    }()

    /// "Storg. 40", "Björkv. 9", "Kungsg.": a street name abbreviated as in address books, read
    /// as the registry's street when it spells one ("storgatan", "bjorkvagen") in full.
    private func abbreviatedStreetID(at i: Int, in tokens: [Token]) -> Int32? {
        guard i + 1 < tokens.count, tokens[i + 1].text == ".", !tokens[i + 1].spaceBefore else { return nil }
        let folded = tokens[i].folded
        guard folded.utf8.count >= 4 else { return nil }
        for (abbreviation, ending) in Self.streetAbbreviations where folded.hasSuffix(abbreviation) {
            if let id = siteWords[String(folded.dropLast(abbreviation.count)) + ending] { return id }
        }
        return nil
    }

    static let streetAbbreviations: [(String, String)] = [("vg", "vagen"), ("g", "gatan"), ("v", "vagen")]

    /// A registry word's genitive and definite forms dropped ("stadshusets" → "stadshuset",
    /// "stadshus"): the text may name the place in another form than the registry.
    static func otherForms(of word: String) -> [String] {
        guard word.utf8.count >= 7, word.hasSuffix("s"), !word.hasSuffix("ss") else { return [] }
        let bare = String(word.dropLast())
        var forms = [bare]
        for suffix in ["et", "en"] where bare.hasSuffix(suffix) { forms.append(String(bare.dropLast(2))) }
        return forms
    }

    /// The folded first word of a town the text names right after an address ("…, Luleå",
    /// "… i Luleå", "…, 972 31 Luleå"), or nil.
    /// `anyCase`: also a word without its capital, for asking whether one known town follows.
    /// `nameLike`: only a word that is no common word ("i garaget", "i morse" name no town).
    /// "skrev Hans Ekdahl <hans@ekhaga.example>": a word of a mail address (after the "@", with
    /// no space between) names a mail domain, not a site.
    static func isInMailAddress(_ index: Int, in tokens: [Token]) -> Bool {
        var k = index
        while k > 0, !tokens[k].spaceBefore, tokens[k - 1].kind != .lineBreak {
            if tokens[k - 1].text == "@" { return true }
            k -= 1
        }
        return false
    }

    static func beginsCompanyName(after index: Int, in tokens: [Token]) -> Bool {
        var k = index + 1
        guard k < tokens.count, tokens[k].spaceBefore else { return false }
        if tokens[k].is(.legalForm) { return true }
        guard tokens[k].kind == .word, tokens[k].isCapitalized else { return false }
        k += 1
        return k < tokens.count && tokens[k].spaceBefore && tokens[k].is(.legalForm)
    }

    static let nearTownWords = WordSet(["utanför", "outside", "near", "nära"].map { TextFolding.fold($0) })

    static func townNamed(after index: Int, in tokens: [Token], anyCase: Bool = false, nameLike: Bool = false) -> String? {
        var k = index + 1
        var skipped = 0
        // "Gårdsbutiken Ekhaga utanför Sjöbo": a town the place is near is its town too, when
        // written as a name; "nära entrén" is no town.
        var near = false
        while k < tokens.count, skipped < 4, tokens[k].text == "," || tokens[k].kind == .number || tokens[k].folded == "i" || tokens[k].folded == "in"
                || Self.nearTownWords.contains(tokens[k]) {
            near = near || Self.nearTownWords.contains(tokens[k])
            k += 1
            skipped += 1
        }
        guard skipped > 0, k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized || (anyCase && (!near || (nameLike && !tokens[k].is(.placeNoun)))),
              !tokens[k].is(.notPlace) else { return nil }
        if nameLike, tokens[k].folded.utf8.count < 3 || !tokens[k].classes.isDisjoint(with: CaseRestorer.notName) { return nil }
        return tokens[k].folded
    }

    /// `ids`: the case words as site-word ids in order (-1 for other words); `positions`: where
    /// each id occurs; `word`: the folded case word at an index of `ids`, for house numbers;
    /// `addressFits`: whether what follows a name or address match at `ids[..<end]` fits the site.
    /// `townAfter`: the town named right after `ids[..<end]`, if any.
    private func matchSites(ids: [Int32], positions: [Int32: [Int]], word: (Int) -> String,
                            addressFits: (SitePattern, Int) -> Bool = { _, _ in true },
                            townAfter: (Int) -> String? = { _ in nil }) -> [SitePattern] {
        func namesTown(_ site: SitePattern, _ end: Int) -> Bool { townAfter(end) == site.town }
        // A site filed under two words the mail has (its name's and its alternative's) is one candidate.
        var candidates = positions.keys.flatMap { sitesByWord[Int($0)] }.sorted()
        if candidates.count > 1 { candidates = candidates.enumerated().filter { $0.offset == 0 || candidates[$0.offset - 1] != $0.element }.map(\.element) }
        /// All of `words` near one another (each within the name's length and four of the first);
        /// for a name written in part, not followed by another town than the site's ("stadshuset
        /// i Kiruna" is not Sundsvall's). A full name stands even so: writers may give the
        /// municipality ("Matboden Sisjön i Göteborg") where the registry has the postal town.
        func near(_ words: [Int32], in site: SitePattern, checkTown: Bool) -> Bool {
            guard let first = words.first, let starts = positions[first] else { return false }
            let window = site.nameIDs.count + 4
            return starts.contains { start in
                var end = start + 1
                for id in words.dropFirst() {
                    guard let at = (positions[id] ?? []).first(where: { abs($0 - start) <= window }) else { return false }
                    end = max(end, at + 1)
                }
                return !checkTown || addressFits(site, end)
            }
        }
        // A name written in full says more than one written in part: "P-huset Kvarnen plan 2"
        // is that floor's site, not also plan 1's, which shares every other word.
        /// "Brf Solrosen 2" is not Brf Solrosen 4: a number written right after the word that
        /// comes before the name's own number must be that number.
        func numberFits(_ site: SitePattern) -> Bool {
            func isNumber(_ text: String) -> Bool { !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
            guard let n = site.nameWords.indices.first(where: { $0 > 0 && isNumber(site.nameWords[$0]) }),
                  let starts = positions[site.nameIDs[n - 1]] else { return true }
            return starts.contains { p in p + 1 >= ids.count || !isNumber(word(p + 1)) || word(p + 1) == site.nameWords[n] }
        }
        let named = candidates.map { sites[Int($0)] }.filter { $0.byName && numberFits($0) }
        // "Församlingshemmet Överkalix" in full is that site, not also a site named only
        // "Församlingshemmet" elsewhere, whose name it holds.
        let allFully = named.filter { near($0.nameIDs, in: $0, checkTown: false) }
        let fully = allFully.filter { site in
            !allFully.contains { other in other.nameIDs.count > site.nameIDs.count && Set(site.nameIDs).isSubset(of: other.nameIDs) }
        }
        let partly = fully.isEmpty ? named.filter { site in
            (!site.distinctiveIDs.isEmpty && near(site.distinctiveIDs, in: site, checkTown: true))
                || (!site.alternativeIDs.isEmpty && near(site.alternativeIDs, in: site, checkTown: true))
        } : []
        // "vid badhuset i Linköping" for "Badhuset Hälsan" in Linköping: the kind of place and its town.
        let byKind = fully.isEmpty && partly.isEmpty ? kindInTown(ids: ids, word: word, townAfter: townAfter) : []
        return fully + partly + byKind + candidates.map { sites[Int($0)] }.filter { site in
            if site.byName { return false }
            guard let first = site.streetIDs.first, let starts = positions[first] else { return false }
            return starts.contains { start in
                guard site.streetIDs.enumerated().allSatisfy({ offset, id in start + offset < ids.count && ids[start + offset] == id }) else { return false }
                var end = start + site.streetIDs.count
                if let number = site.houseNumber {
                    // "the swimming baths on Brunnsgatan in Linköping": a street without its number
                    // is the site's when the site's own town follows it; only the town, never
                    // another number, stands in for the number.
                    guard let (written, after) = HouseNumber.parse(at: end, count: ids.count, word: word) else { return namesTown(site, end) }
                    guard written.matches(number) else { return false }
                    end = after
                }
                return addressFits(site, end)
            }
        }
    }

    /// The sites named by their kind word and their own town right after it ("vid hotellet i
    /// Jönköping"), looked up in `sitesByKindWord`: only when nothing else in the mail named one.
    private func kindInTown(ids: [Int32], word: (Int) -> String, townAfter: (Int) -> String?) -> [SitePattern] {
        var found: [Int32] = []
        for (i, id) in ids.enumerated() where id >= 0 {
            // "the bath house in Ludvika": an English compound written apart ends in a word of its own.
            var end = i + 1 < ids.count && Self.compoundTails.contains(word(i + 1)) ? i + 2 : i + 1
            // "vid golfklubbens parkering i Hunnebostrand": the kind in the genitive, then the part of it.
            // "Församlingsgårdens laddbox i Lit": or its charger.
            if end + 1 < ids.count, word(i).hasSuffix("s"), townAfter(end) == nil,
               Lexicon.classes(of: word(end)).contains(.placeNoun) || LocationFinder.chargerStems.contains(where: { word(end).hasPrefix($0) }) { end += 1 }
            guard !sitesByKindWord[Int(id)].isEmpty, let town = townAfter(end) else { continue }
            for site in sitesByKindWord[Int(id)][town] ?? [] where !found.contains(site) { found.append(site) }
        }
        return found.sorted().map { sites[Int($0)] }
    }

    /// Last words of English compounds written apart ("bath house", "sports hall").
    static let compoundTails: WordSet = ["house", "hall", "centre", "center", "park", "building"]

    static func words(_ text: String) -> [String] {
        var tokens: [Token] = []
        _ = Tokenizer.tokenize(text, role: .own, firstSentence: 0, into: &tokens)
        return tokens.filter(\.isWordLike).map(\.folded)
    }
}
