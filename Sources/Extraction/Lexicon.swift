/// Every single word the rules know, looked up once per token at tokenization. A token then
/// carries its word classes as bit flags, so rules ask "is this a preposition?" with a bit
/// test instead of hashing the word again in every stage.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let swedish = WordClass(rawValue: 1 << 0)
    public static let english = WordClass(rawValue: 1 << 1)
    public static let preposition = WordClass(rawValue: 1 << 2)
    public static let notPlace = WordClass(rawValue: 1 << 3)
    public static let placeNoun = WordClass(rawValue: 1 << 4)
    public static let siteType = WordClass(rawValue: 1 << 5)
    public static let legalForm = WordClass(rawValue: 1 << 6)
    public static let organisationWord = WordClass(rawValue: 1 << 7)
    public static let otherNumber = WordClass(rawValue: 1 << 8)
    public static let townConnector = WordClass(rawValue: 1 << 9)
    public static let billing = WordClass(rawValue: 1 << 10)
    public static let negation = WordClass(rawValue: 1 << 11)
    public static let working = WordClass(rawValue: 1 << 12)
    public static let clauseBreak = WordClass(rawValue: 1 << 13)
    public static let brfStop = WordClass(rawValue: 1 << 14)
    /// The word is written with å, ä or ö: strong evidence of Swedish even in a short text.
    /// Set by the tokenizer from the text, not from the vocabulary.
    public static let swedishLetter = WordClass(rawValue: 1 << 15)
    /// The word has a "*" inside, as EVSE ids do (`SE*LAN*E0012345`). Set by the tokenizer.
    public static let starJoined = WordClass(rawValue: 1 << 16)
    // Small word sets of single rules, as bits so that rules probing every token do not hash it.
    public static let possessive = WordClass(rawValue: 1 << 17)
    public static let haveVerb = WordClass(rawValue: 1 << 18)
    public static let we = WordClass(rawValue: 1 << 19)
    public static let countWord = WordClass(rawValue: 1 << 20)
    public static let levelWord = WordClass(rawValue: 1 << 21)
    public static let siteAddressJoiner = WordClass(rawValue: 1 << 22)
    public static let entranceJoiner = WordClass(rawValue: 1 << 23)
    public static let entranceWord = WordClass(rawValue: 1 << 24)
    public static let notDescribing = WordClass(rawValue: 1 << 25)
    public static let municipalityWord = WordClass(rawValue: 1 << 26)
    public static let residenceVerb = WordClass(rawValue: 1 << 27)
    public static let addressLabel = WordClass(rawValue: 1 << 28)
    public static let ownerArticle = WordClass(rawValue: 1 << 29)
    public static let noneWord = WordClass(rawValue: 1 << 30)
    public static let thirdPersonPossessive = WordClass(rawValue: 1 << 31)
}

enum Lexicon {
    static let classes: WordTable<WordClass> = {
        var table: [String: WordClass] = [:]
        func add(_ words: some Sequence<String>, _ wordClass: WordClass) {
            for word in words { table[TextFolding.fold(word), default: []].insert(wordClass) }
        }
        add(Vocabulary.swedishWords, .swedish)
        add(Vocabulary.englishWords, .english)
        add(Vocabulary.locationPrepositions, .preposition)
        add(Vocabulary.notPlaces, .notPlace)
        add(Vocabulary.placeNouns.filter { !$0.contains(" ") }, .placeNoun)
        add(Vocabulary.siteTypeWords, .siteType)
        add(Vocabulary.legalForms, .legalForm)
        // "Vildmarksparken i Älvdalen AB:s laddbox": a legal form in the genitive still ends a company's name.
        add(["ab:s", "hb:s", "kb:s"], .legalForm)
        add(Vocabulary.organisationWords, .organisationWord)
        add(Vocabulary.otherNumberKeywords, .otherNumber)
        add(["i", "in", "outside", "utanför", "nära", "near", "om", "vid"], .townConnector)
        add(["faktura", "fakturan", "fakturor", "fakturorna", "fakturering", "faktureringen", "fakturera", "faktureras", "invoiced", "fakturaadress", "faktureringsadress", "invoice", "invoices", "invoicing", "c/o",
             "besöksadress", "postadress", "huvudkontor", "huvudkontoret", "ekonomi", "ekonomiavdelning", "billing", "payable"], .billing)
        // With the Norwegian and Danish of visitors: "ladestasjonen virker ikke".
        add(["inte", "ej", "not", "isn't", "doesn't", "slutat", "aldrig", "never", "ikke"], .negation)
        // "ZAP733011 - OK" in a status list: the unit works.
        add(["fungerar", "funkar", "works", "working", "normalt", "normally", "virker", "fungerer", "ok", "okay", "okej", "fine", "running"], .working)
        add([",", ";", "men", "but", "medan", "while", "whereas"], .clauseBreak)
        add(["och", "i", "på", "har", "som", "är", "vid", "and", "in", "at", "the", "is", "has"], .brfStop)
        // The word sets of single rules, kept beside the rule that explains them.
        let ruleSets: [(WordSet, WordClass)] = [
            (OwnerFinder.possessives, .possessive), (OwnerFinder.haveWords, .haveVerb), (OwnerFinder.weWords, .we),
            (OwnerFinder.countWords, .countWord), (OwnerFinder.articles, .ownerArticle), (LocationFinder.levelWords, .levelWord),
            (LocationFinder.siteAddressJoiners, .siteAddressJoiner), (LocationFinder.entranceJoiners, .entranceJoiner),
            (LocationFinder.entranceWords, .entranceWord), (LocationFinder.notDescribing, .notDescribing),
            (LocationFinder.municipalityWords, .municipalityWord), (LocationFinder.residenceVerbs, .residenceVerb),
            (LocationFinder.addressLabels, .addressLabel), (CategoryClassifier.noneWords, .noneWord),
            (OwnerFinder.thirdPersonPossessives, .thirdPersonPossessive),
        ]
        for (words, wordClass) in ruleSets { add(words, wordClass) }
        return WordTable(table.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }()

    /// Keys (first three bytes and length) of every lexicon word: most words of a mail are not
    /// in the lexicon and are dismissed without hashing their text.
    static let filter: KeyFilter = {
        var filter = KeyFilter()
        for word in classes.keys { filter.insert(Token.key(of: word)) }
        return filter
    }()

    @inline(__always)
    static func classes(of folded: String) -> WordClass { classes[folded] ?? [] }

    /// Swedish words that fold onto another lexicon word: "åt" onto the English "at", "ön" onto
    /// "on", "här" onto "har", "för" onto "for". Written with their own letters they are never
    /// that word, so they carry only the Swedish class, not its preposition, verb or English
    /// classes; without diacritics ("at", "har") the writer's meaning is unknown and the folded
    /// word's classes stand.
    static let foldedFalseFriends: WordSet = ["at", "an", "on", "har", "for", "over"]

    /// Classes of a word written with non-ASCII letters, from its folded bytes.
    static func classes(ofDiacriticWord folded: UnsafeBufferPointer<UInt8>) -> WordClass {
        let found = classes[folded] ?? []
        guard !found.isEmpty, folded.count <= 4, foldedFalseFriends.contains(String(decoding: folded, as: UTF8.self)) else { return found }
        return .swedish
    }

    @inline(__always)
    static func classes(of folded: UnsafeBufferPointer<UInt8>) -> WordClass { classes[folded] ?? [] }
}
