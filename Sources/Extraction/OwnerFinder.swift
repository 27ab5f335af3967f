import Mail

/// Finds who owns the charger, only when the text makes ownership clear.
///
/// Order of trust: an explicit statement ("X, who own the garage", "Anläggningens ägare X");
/// then, when the writer speaks of the charger as theirs ("vår laddbox", "kommunens
/// laddstolpe", "our garage"), the organisation they write for (a BRF or municipality named
/// in the text, an organisation in the text or signature), or the writer themselves for a
/// private person. A guest, driver or tenant gives no owner.
///
/// A class, not a struct: its many nested rules capture it, and a struct with a message and
/// token array in it was copied (a dozen retains and releases) at each capture.
final class OwnerFinder {
    enum Phrase: Sendable { case cue, ownedThing, ownerBefore, ownerAfter }
    /// All owner vocabulary in one matcher, so the text is scanned once.
    static let phrases = PhraseMatcher(Vocabulary.ownershipCues.map { ($0, Phrase.cue) } + Vocabulary.ownedThings.map { ($0, Phrase.ownedThing) }
                                       + Vocabulary.ownerBefore.map { ($0, Phrase.ownerBefore) } + Vocabulary.ownerAfter.map { ($0, Phrase.ownerAfter) })
    /// The writer's own, forwarded and quoted text: the case, not its subject or signature.
    /// A comparison, not a set: rules ask it of every token.
    @inline(__always)
    static func isCaseRole(_ role: Token.Role) -> Bool { role == .own || role == .forwarded || role == .quoted }

    let tokens: [Token]
    let message: Message
    /// The location the extractor found, when it has: `namedSite` reads it rather than scan
    /// the case again. Nil: not given, found on demand.
    let location: String??

    init(tokens: [Token], message: Message, location: String?? = nil) {
        self.tokens = tokens
        self.message = message
        self.location = location
    }

    func find() -> (String, Evidence)? {
        var hits = Self.phrases.matches(in: tokens) + brandCompounds() + predicateOurs()
        hits += countedOwnership(hits)
        if let explicit = explicitStatement(hits) ?? theirCharger(hits) ?? chargerAtRelatives(hits) ?? installedForCustomer() ?? namedGenitive(hits)
            ?? ownerNamedBeside() { return explicit }
        func cues(_ accept: (Token.Role) -> Bool) -> [PhraseMatcher<Phrase>.Hit] {
            (hits.filter { $0.value == .cue && accept(tokens[$0.start].role) }
                + possessiveHits(hits.filter { $0.value == .ownedThing && accept(tokens[$0.start].role) })
                + haveHits(hits.filter { $0.value == .ownedThing && accept(tokens[$0.start].role) })
                + weOwnHits(hits.filter { $0.value == .ownerBefore && accept(tokens[$0.start].role) }))
            .filter { !isNegated($0) && !(isDwelling($0) && writerRents) }
        }
        var cueHits = cues { $0 == .own || $0 == .forwarded || $0 == .subject }
        // "Någon nyhet?" above the writer's own quoted report: the quoted text is the same case,
        // and its cue and signature count when the new text has none.
        let fromQuote = cueHits.isEmpty
        if fromQuote { cueHits = cues { $0 == .quoted }.filter { !isAddressedToWriter($0.start) } }
        guard let cue = cueHits.min(by: { $0.start < $1.start }) else { return nil }
        let cueText = tokens[cue.start..<cue.end].map(\.folded).joined(separator: " ")
        let evidenceText = sentence(cue.start)

        // One scan for organisation names; each rule below picks from it by role and kind.
        let found = allOrganisations()
        func named(in roles: [Token.Role]) -> [Organisation] {
            roles.flatMap { role in found.filter { $0.role == role }.map(\.organisation) }
        }
        // A BRF named anywhere in the case is the owner when the writer speaks for it.
        if let brf = named(in: [.own, .forwarded, .quoted, .subject, .signature]).first(where: { $0.kind == .brf }) {
            return (brf.name, Evidence(field: .owner, rule: "owner.brf", excerpt: evidenceText, confidence: 0.8))
        }
        if cueText.hasPrefix("kommunen") || cueText.hasPrefix("stadens") || cueText.hasPrefix("municipality's") || cueText.hasPrefix("council's")
            || cueText.hasPrefix("ar kommunens") || cueText.hasPrefix("ar stadens") || cueText.hasPrefix("is the municipality's") || cueText.hasPrefix("is the council's"),
           let municipality = named(in: [.own, .signature, .forwarded, .subject] + (fromQuote ? [.quoted] : []))
            .first(where: { $0.kind == .municipality })
            ?? fromDisplayOrganisation(kind: .municipality) {
            return (municipality.name, Evidence(field: .owner, rule: "owner.municipality", excerpt: evidenceText, confidence: 0.8))
        }
        if let owned = namedAfterWeOwn(cue) {
            return (owned, Evidence(field: .owner, rule: "owner.we-own-named", excerpt: evidenceText, confidence: 0.75))
        }
        let isPrivate = cueText.hasPrefix("min ") || cueText.hasPrefix("mitt ") || cueText.hasPrefix("mina ") || cueText.hasPrefix("my ") || cueText.containsBytes("home") || cueText.containsBytes("hemma") || cueText.containsBytes("ours")
            || cueText.hasSuffix(" egen") || cueText.hasSuffix(" eget") || cueText.hasSuffix(" mig") || cueText.hasSuffix(" me") || (cueText.hasSuffix(" own") && !cueText.hasPrefix("we ")) || cueText.hasSuffix(" min")
            || cueText.containsBytes("mine") || cueText.containsBytes("foljde med") || cueText.containsBytes("came with") || cueText.containsBytes("i kopet")
            || cueText.hasPrefix("kopt") || cueText.hasPrefix("bought")
            || cueText.hasPrefix("hemma hos mig") || cueText.hasPrefix("jag ") || cueText.hasPrefix("i ")
            || cueText.containsBytes(" jag har") || cueText.containsBytes(" i have") || cueText.containsBytes(" i've")
        // A cue in a forwarded original speaks for the original's writer: their signature is in it.
        // A forward keeps the original's subject: a cue there is the original writer's too.
        let cueIsForwarded = tokens[cue.start].role == .forwarded || (tokens[cue.start].role == .subject && tokens.contains { $0.role == .forwarded })
        var candidates = named(in: fromQuote ? [.own, .signature, .quoted] : cueIsForwarded ? [.forwarded, .own, .signature] : [.own, .signature])
        // "Re: Our charger" over a reminder that names nobody: the subject is the quoted
        // original's, and so is the organisation it speaks for.
        if candidates.isEmpty, tokens[cue.start].role == .subject, !cueIsForwarded { candidates = named(in: [.quoted]) }
        // The writer's organisation, from the surest evidence to the least: a name in the text,
        // the writer introducing it, the From name, the mail domain spelled in a signature, …
        func writersOrganisation() -> Organisation? {
            // "We are the municipality of Heby and own the two chargers at the Folkets Hus": who
            // "we" are, said outright, before a place's name the text also gives.
            if !candidates.contains(where: { $0.kind != .other }),
               // "Re: Question about our agreement" over a reminder: the subject is the quoted original's.
               let introduced = introducedOrganisation(in: cueIsForwarded ? [.own, .forwarded]
                                                           : fromQuote || tokens[cue.start].role == .subject ? [.own, .quoted] : [.own]),
               introduced.kind != .other {
                return introduced
            }
            if let organisation = candidates.first(where: { $0.kind == .company }) ?? candidates.first {
                // "We own the two chargers at Golfklubben Ängsö … Club manager, Ängsö Golfklubb": the
                // text names the place, the signature the organisation the writer speaks for.
                // The writer's own quoted or forwarded report signs on a line of its own.
                let signingRoles: [Token.Role] = fromQuote ? [.signature, .quoted] : cueIsForwarded ? [.signature, .forwarded] : [.signature]
                if organisation.kind == .other, let signed = found.first(where: { entry in
                    signingRoles.contains(entry.role) && entry.organisation.kind == .other && entry.organisation.name != organisation.name
                        && Self.shareNameWord(entry.organisation.name, organisation.name)
                        && (entry.role == .signature || entry.start == 0 || tokens[entry.start - 1].kind == .lineBreak) }) {
                    return signed.organisation
                }
                return organisation
            }
            let introducedIn: Set<Token.Role> = cueIsForwarded ? [.forwarded, .own] : fromQuote ? [.own, .quoted] : [.own]
            if let organisation = selfIntroducedOrganisation(in: introducedIn) ?? fromDisplayOrganisation(kind: nil) ?? domainOrganisation() { return organisation }
            if cueIsForwarded, let organisation = forwardedDomainOrganisation() { return organisation }
            if fromQuote, let organisation = quotedDomainOrganisation() { return organisation }
            if let organisation = signedEarlier(found) { return organisation }
            guard !isPrivate else { return nil }
            if let organisation = signatureOrganisationLine() { return organisation }
            if cueIsForwarded || fromQuote, let organisation = signatureOrganisationLine(in: cueIsForwarded ? .forwarded : .quoted) { return organisation }
            return introducedOrganisation() ?? namedPremises(cue) ?? namedSite(cue)
        }
        // "The post is ours (the association's)": the writer says whose "ours" is.
        if tokens[cue.end..<min(cue.end + 5, tokens.count)].contains(where: { $0.sentence == tokens[cue.start].sentence && Self.collectiveGenitives.contains($0.folded) }),
           let association = found.first(where: { entry in
               let name = TextFolding.fold(entry.organisation.name)
               return entry.role != .returned && (entry.organisation.kind == .brf || name.hasSuffix("forening") || name.hasSuffix("samfallighet"))
           }) {
            return (association.organisation.name, Evidence(field: .owner, rule: "owner.association", excerpt: evidenceText, confidence: 0.7))
        }
        // "vår samfällighets parkering", "our association's garage": "our" is the association's,
        // named elsewhere in the mail or not at all; not the writer's own, nor their employer's.
        if cue.end - cue.start >= 2, let genitive = tokens[(cue.start + 1)..<cue.end].first(where: { Self.collectiveGenitives.contains($0.folded) }) {
            guard genitive.folded.hasPrefix("samfallighet"), let name = namedOrganisation(for: "samfälligheten") else { return nil }
            return (name, Evidence(field: .owner, rule: "owner.association", excerpt: evidenceText, confidence: 0.7))
        }
        if let organisation = writersOrganisation() {
            if !isPrivate || organisation.kind == .company {
                return (organisation.name, Evidence(field: .owner, rule: "owner.writer-organisation", excerpt: evidenceText, confidence: 0.7))
            }
        }
        // "laddaren i vårt garage … Jag är medlem i föreningen": "our" is the association's,
        // which the mail does not name.
        if !isPrivate, writerIsMember { return nil }
        // "Det är vår laddare. Mvh Erik, butikschef": "our" of a writer signing with a job title
        // is their employer's, not a household's.
        if !isPrivate, tokens.contains(where: { $0.role == .signature && $0.kind == .word && Self.isJobTitle($0.folded) }) { return nil }
        // "at our office", "vid vår terminal": a business's premises, so not a private person's
        // charger, whoever signs.
        if !isPrivate, cueHits.contains(where: { hit in Self.businessPremisesStems.contains { tokens[hit.end - 1].folded.hasPrefix($0) } }) { return nil }
        // "Jag har laddplats 2 i Tornet 4": a numbered bay is one of a shared garage's; the
        // writer has its use, and the charger is the association's, named or not.
        if cue.end < tokens.count, tokens[cue.end].kind == .number, tokens[cue.end - 1].folded.hasPrefix("laddplats") { return nil }
        if isPrivate || cueText.hasPrefix("our") || cueText.hasPrefix("var") || cueText.hasPrefix("vi ") || cueText.hasPrefix("we ")
            || cueText.hasPrefix("hos oss") || cueText.hasSuffix(" oss") || cueText.hasSuffix(" us") || cueText.containsBytes(" vi har") || cueText.containsBytes(" we have") || cueText.containsBytes(" we've") {
            // A cue in a forwarded original is its writer's, never the forwarder's.
            // "Någon nyhet?" over the writer's own quoted report: its closing names them.
            if let person = cueIsForwarded ? forwardedWriterName()
                : writerName() ?? (fromQuote ? closingName(onLastLineOf: message.text(roles: [.quoted]).split(separator: "\n")) : nil) {
                return (person, Evidence(field: .owner, rule: "owner.private-person", excerpt: evidenceText, confidence: 0.65))
            }
        }
        return nil
    }

    /// Two names of one organisation share a word of their own ("Golfklubben Ängsö", "Ängsö Golfklubb").
    static func shareNameWord(_ a: String, _ b: String) -> Bool {
        let words = Set(a.lowercased().split(separator: " ").filter { $0.count >= 3 })
        return b.lowercased().split(separator: " ").contains { words.contains($0) }
    }

    // Token keys of the words organisation names are recognised by: a key compare dismisses
    // other words before any string comparison.
    static let formerWords = WordSet(["previous", "former", "old", "förra", "förre", "tidigare", "gamla", "dåvarande"].map { TextFolding.fold($0) })
    static let regionKey = Token.key(of: "region")
    static let ownerKey = Token.key(of: "owner")
    static let agareKey = Token.key(of: "agare")
    static let doesKey = Token.key(of: "does")
    static let gorKey = Token.key(of: "gor")
    static let brfKey = Token.key(of: "brf")
    static let bosKey = Token.key(of: "bos")
    static let kommunKey = Token.key(of: "kommun")
    static let stadKey = Token.key(of: "stad")
    /// A one-letter word's key is the word itself: comparing it is comparing the text.
    static let iKey = Token.key(of: "i")

    /// "Brf Lärkans garage": the name's last word in the genitive, a lower-case noun after it.
    /// Only "-ns", "-as", "-es" and "-ets" endings: definite names ("Lärkan", "Solrosen", "Lingonet") take them, while a
    /// name that itself ends in s ("Brf Tallås") usually follows another letter.
    /// "the charger at our store Coop Forum Lund", "vid vårt hotell, Hotell Fjärden": the
    /// premises the cue names, when nothing else in the mail names the writer's side.
    func namedPremises(_ cue: PhraseMatcher<Phrase>.Hit) -> Organisation? {
        guard tokens[cue.start].is(.possessive), LocationFinder.premisesWords.contains(tokens[cue.end - 1]) else { return nil }
        let sentence = tokens[cue.start].sentence
        var end = cue.start
        while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
        guard let site = LocationFinder(tokens: tokens).site(after: cue.start, preposition: "vid", within: cue.start..<end),
              site.range.lowerBound <= cue.end + 1, !site.isWritersPlace, tokens[site.range].contains(where: \.isCapitalized) else { return nil }
        return Organisation(name: site.text, kind: .other)
    }

    /// "Laddaren på ICA Kvantum Mariestad tar inte betalt … Det är vår laddare.": the writer's
    /// side calls the charger theirs and names no organisation but the charger's site, a name
    /// without a street address; the site is whose the charger is.
    func namedSite(_ cue: PhraseMatcher<Phrase>.Hit) -> Organisation? {
        // "Laddaren hos oss på Tandläkarhuset i Mora": "at ours" is the same claim.
        // Only before a place ("hos oss på …"): support's quoted "registrerad hos oss" is the desk's.
        let atOurs = cue.end - cue.start == 2 && tokens[cue.start].folded == "hos" && tokens[cue.start + 1].folded == "oss"
            && cue.end < tokens.count && tokens[cue.end].is(.preposition)
        guard atOurs || (tokens[cue.start].is(.possessive) && ["var", "vara", "vart", "vårat", "our"].contains(tokens[cue.start].folded)),
              let place = location ?? LocationFinder(tokens: tokens).find()?.0 else { return nil }
        // "Padelcenter Norr, Skellefteå": the site's name before its town. "Fridhemsgatan 9,
        // Tandläkarhuset, Mora": a street address beside the name says where it stands; alone
        // ("Storgatan 5, Mora") it is likely a home, and names no one.
        let parts = place.components(separatedBy: ", ").filter { !$0.contains(where: \.isNumber) }
        // "DENTAL CLINIC, SALA" in capitals: a common place, whatever its case, is no one's name;
        // "Grisslehamns Marina", a name in the genitive and its kind, is.
        guard parts.count <= 2, let site = parts.first, let first = site.split(separator: " ").first, let last = site.split(separator: " ").last,
              !Lexicon.classes(of: TextFolding.fold(String(last))).contains(.placeNoun) || TextFolding.fold(String(first)).hasSuffix("s") else { return nil }
        let words = site.split(separator: " ")
        // "Tandläkarhuset, Mora": one word is a name when it is a compound of a kind of place, not
        // the kind alone ("Garaget"), and a town follows: alone it may be the town ("Grisslehamn").
        let compoundName = words.count == 1 && parts.count == 2 && site.first?.isUppercase == true
            && LocationFinder.endsInPlaceNoun(TextFolding.fold(site)) && !Lexicon.classes(of: TextFolding.fold(site)).contains(.placeNoun)
        // In text written without capitals, a word the case restorer took for a name counts as one ("willys kalmar").
        // "Bergs Bil & Däck": an ampersand joins the words of a firm's name.
        guard compoundName || (2...4).contains(words.count), words.allSatisfy({ word in
            word.first?.isUppercase == true || word == "&" || tokens.contains { $0.isCapitalized && $0.kind == .word && $0.text == word }
        }) else { return nil }
        return Organisation(name: site, kind: .other)
    }

    /// "Laddboxen hos min mamma, Gun Ek, på Tallvägen 3": the charger is at a relative's, whom
    /// the writer names; it is theirs.
    func chargerAtRelatives(_ hits: [PhraseMatcher<Phrase>.Hit]) -> (String, Evidence)? {
        for hit in hits where hit.value == .ownedThing && hit.end + 3 < tokens.count && Self.isCaseRole(tokens[hit.start].role) {
            guard tokens[hit.end].folded == "hos", tokens[hit.end + 1].is(.possessive), Self.relativeNouns.contains(tokens[hit.end + 2]),
                  Self.chargerThingPrefixes.contains(where: { tokens[hit.start].folded.hasPrefix($0) }) else { continue }
            let start = tokens[hit.end + 3].text == "," ? hit.end + 4 : hit.end + 3
            guard start < tokens.count, let name = personName(startingAt: start, sentence: tokens[hit.start].sentence),
                  name.split(separator: " ").count >= 2 else { continue }
            return (name, Evidence(field: .owner, rule: "owner.relatives-charger", excerpt: sentence(hit.start), confidence: 0.65))
        }
        return nil
    }

    /// A relative's name as the writer gives it: "Han heter Sven Dahl", "her name is Eva Lund",
    /// or in apposition, "min pappa Sven Dahl".
    func relativesName() -> String? {
        for i in tokens.indices where Self.isCaseRole(tokens[i].role) && i + 1 < tokens.count {
            if Self.namingWords.contains(tokens[i]) || (tokens[i].folded == "is" && i > 0 && tokens[i - 1].folded == "name"),
               let name = personName(startingAt: i + 1, sentence: tokens[i].sentence) { return name }
            // "min mamma Ingrid Holm", "my mother is Karin Sjöberg".
            if Self.relativeNouns.contains(tokens[i]), i > 0, tokens[i - 1].is(.possessive) {
                let next = i + 2 < tokens.count && (tokens[i + 1].folded == "is" || tokens[i + 1].folded == "ar") ? i + 2 : i + 1
                if let name = personName(startingAt: next, sentence: tokens[i].sentence) { return name }
            }
        }
        return nil
    }
    /// "Karin Holms" before "sommarhus": a first name and a surname in the genitive, right before a
    /// private person's kind of thing (a home or a charger, not a car park a town's name may own).
    func personGenitive(before thing: Int) -> String? {
        // Two capitalised words first: a flag test rules out nearly every thing, before any text is read.
        guard tokens[thing - 2].isCapitalized, tokens[thing - 1].isCapitalized else { return nil }
        let first = tokens[thing - 2], surname = tokens[thing - 1]
        guard Self.personalThingStems.contains(where: { tokens[thing].folded.hasPrefix($0) }), tokens[thing].spaceBefore,
              first.kind == .word, surname.kind == .word, first.isCapitalized, surname.isCapitalized, surname.spaceBefore,
              first.sentence == surname.sentence, first.classes.isDisjoint(with: [.notPlace, .siteType, .organisationWord, .swedish, .english, .legalForm]),
              surname.classes.isDisjoint(with: [.notPlace, .siteType, .organisationWord, .legalForm]) else { return nil }
        // Names are letters (and a hyphen): "AB:s", "E4:ans" are no surnames.
        func isNameText(_ text: Substring) -> Bool { text.allSatisfy { $0.isLetter || $0 == "-" } }
        let text = surname.text
        guard isNameText(Substring(first.text)) else { return nil }
        let base: Substring
        // Folded, so that "HOLMS" in a shouted mail is a genitive too.
        let folded = surname.folded
        if folded.hasSuffix("'s") || folded.hasSuffix("\u{2019}s") { base = text.dropLast(2) }
        else if folded.hasSuffix("s"), !folded.hasSuffix("ss"), text.count > 3 { base = text.dropLast() }
        else { return nil }
        guard isNameText(base) else { return nil }
        return first.text + " " + base
    }
    static let personalThingStems = ["laddbox", "wallbox", "laddare", "hus", "sommarhus", "fritidshus", "stug", "villa", "radhus",
                                     "house", "cottage", "cabin", "summer house", "charger"]

    static let relativeNouns = WordSet(["pappa", "mamma", "far", "mor", "farfar", "farmor", "morfar", "mormor", "granne", "son", "dotter", "bror",
                                    "syster", "make", "maka", "sambo", "dad", "mum", "mom", "father", "mother", "neighbour", "neighbor",
                                    "daughter", "brother", "sister", "husband", "wife", "partner", "grandfather", "grandmother"].map { TextFolding.fold($0) })
    static let relativeGenitives = WordSet(["pappas", "mammas", "fars", "mors", "farfars", "farmors", "morfars", "mormors", "grannes", "sons",
                                        "dotters", "brors", "systers", "makes", "makas", "sambos", "föräldrars", "dad's", "mum's", "mom's",
                                        "father's", "mother's", "neighbour's", "neighbor's", "daughter's", "brother's", "sister's",
                                        "husband's", "wife's", "parents'", "grandfather's", "grandmother's"].map { TextFolding.fold($0) })
    static let namingWords: WordSet = ["heter", "named", "called"]
    static let relativeGenitiveKeys = KeyFilter(keys: relativeGenitives.map { Token.key(of: $0) })

    /// Asked of the words before every owned thing: the key test spares hashing nearly all.
    func isRelativeGenitive(_ index: Int) -> Bool {
        Self.relativeGenitiveKeys.mayContain(tokens[index].key) && Self.relativeGenitives.contains(tokens[index])
    }

    /// Lower-case words inside a person's name.
    static let nameParticles: WordSet = ["af", "av", "von", "van", "der", "den", "de", "la", "le", "du", "di", "da", "del", "dos"]

    static let ownVerbs: WordSet = ["ager", "owns", "own"]
    static let belongVerbs = WordSet(["tillhör", "belongs", "belong"].map { TextFolding.fold($0) })
    static let butWords: WordSet = ["utan", "but"]
    static let usWords: WordSet = ["oss", "mig", "us", "me"]
    static let toWords: WordSet = ["to"]
    static let definiteArticles: WordSet = ["the", "de", "den", "det"]
    /// Their token keys: an integer test dismisses the other words before any hashing.
    static let ownVerbKeys = ownVerbs.map { Token.key(of: $0) }
    static let relativeWords: WordSet = ["som", "which", "that"]
    /// What an owner is to a tenant or a visitor: "som hyresvärden X äger".
    static let landlordNouns = WordSet(["hyresvärden", "hyresvärd", "värden", "fastighetsägaren", "ägaren", "bolaget", "föreningen", "kommunen",
                                    "landlord", "the landlord", "company", "municipality"].map { TextFolding.fold($0) })

    /// "it's not my charger", "det är inte vår laddbox", "vi äger inte laddaren": a denied
    /// cue says the writer is not the owner.
    func isNegated(_ hit: PhraseMatcher<Phrase>.Hit) -> Bool {
        let sentence = tokens[hit.start].sentence
        if hit.start > 0, tokens[hit.start - 1].sentence == sentence, tokens[hit.start - 1].is(.negation),
           tokens[hit.start - 1].folded != "slutat" {
            // "Det är inte vår laddare" denies it; "fungerar inte vår laddare" only says it fails:
            // "inte"/"not" after another verb than "är"/"is" negates that verb.
            let word = tokens[hit.start - 1].folded
            guard word == "inte" || word == "not" || word == "ej", hit.start >= 2, tokens[hit.start - 2].sentence == sentence,
                  tokens[hit.start - 2].kind == .word, !Self.copulas.contains(tokens[hit.start - 2]) else { return true }
        }
        return hit.end < tokens.count && tokens[hit.end].sentence == sentence && (tokens[hit.end].folded == "inte" || tokens[hit.end].folded == "ej")
            && tokens[hit.start..<hit.end].contains { $0.is(.haveVerb) }
    }

    func isGenitive(_ index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].spaceBefore, !tokens[next].isCapitalized,
              !tokens[next].is(.brfStop), !tokens[next].is(.preposition) else { return false }
        // The written text, not the folded: "Tallås" must not read as "-as". ASCII capitals are
        // lowered, for text in capitals only ("BRF HÄGERNS GARAGE").
        let bytes = tokens[index].text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        guard bytes.count >= 5, bytes.last == UInt8(ascii: "s") else { return false }
        // "Lingonets": a definite neuter name ("Lingonet") takes "-ets".
        if bytes[bytes.count - 2] == UInt8(ascii: "t"), bytes[bytes.count - 3] == UInt8(ascii: "e") { return true }
        return [UInt8(ascii: "n"), UInt8(ascii: "a"), UInt8(ascii: "e")].contains(bytes[bytes.count - 2])
    }

    /// "kommun", or "stad" as cities name themselves ("Göteborgs Stad"), after a capitalised name.
    @inline(__always)
    func isMunicipalityWord(_ index: Int) -> Bool {
        (tokens[index].key == Self.kommunKey && tokens[index].folded == "kommun") || (tokens[index].key == Self.stadKey && tokens[index].folded == "stad")
    }

    /// "län" ending a region's name ("Region Jönköpings län"); not "lån", which folds the same.
    func isCountyWord(_ index: Int) -> Bool {
        tokens[index].key == Self.lanKey && tokens[index].text == "län"
    }
    static let lanKey = Token.key(of: "lan")

    /// A lower-case word that ends an association's name after a capitalised genitive
    /// ("Ekbackens samfällighetsförening", "Tallåsens vägförening").
    func isAssociationWord(_ index: Int) -> Bool {
        let folded = tokens[index].folded
        return tokens[index].kind == .word && !tokens[index].isCapitalized && folded.utf8.count >= 8
            && (folded.hasUTF8Suffix("forening") || folded.hasUTF8Suffix("samfallighet")
                // Church of Sweden parishes own the chargers at their parish halls ("Uppsala domkyrkoförsamling").
                || folded.hasUTF8Suffix("forsamling") || folded.hasUTF8Suffix("pastorat"))
    }

    /// "&" standing alone, as in "Hotell & Konferens AB", compared without a string compare.
    @inline(__always)
    func isAmpersand(_ index: Int) -> Bool {
        tokens[index].key == 0 && tokens[index].text.utf8.count == 1 && tokens[index].text.utf8.first == UInt8(ascii: "&")
    }
    static let possessives = WordSet(Vocabulary.possessives.map { TextFolding.fold($0) })
    /// "sin laddbox", "their chargers": the charger of someone the sentence names.
    static let thirdPersonPossessives = WordSet(["sin", "sina", "sitt", "deras", "their"].map { TextFolding.fold($0) })
    /// Skipped between "owned by" and the name. Folded, as tokens are compared.
    static let articles = WordSet(["the", "our", "vår"].map { TextFolding.fold($0) })
    /// What an owner is called before its name is given: "our company, …", "the landlord, Vasakronan".
    static let ownerKindEndings = ["bolaget", "foretaget", "agaren", "foreningen", "company"]
    static let ownerKindNouns = WordSet(["company", "firm", "association", "organisation", "organization", "företag", "företaget", "bolag",
                                     "bolaget", "förening", "föreningen", "organisationen", "landlord", "hyresvärd", "hyresvärden",
                                     "fastighetsägare", "fastighetsägaren", "municipality", "kommunen", "församlingen", "parish", "samfälligheten"].map { TextFolding.fold($0) })

    /// "våra två Garo-laddare", "vår Easee-box": a charger named with its brand joined by a
    /// hyphen, which the vocabulary's words do not match as a whole.
    func brandCompounds() -> [PhraseMatcher<Phrase>.Hit] {
        var found: [PhraseMatcher<Phrase>.Hit] = []
        for i in tokens.indices where tokens[i].kind == .word {
            // "Jag har en Zaptec Go hemma", "my Easee": a charger named by its make alone.
            // The makes' names are no common words: written without a capital ("en easee home") too.
            if i > 0, tokens[i - 1].is(.possessive) || Self.indefiniteArticleKeys.contains(tokens[i - 1].key),
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
    static let chargerBrands: WordSet = ["easee", "zaptec", "garo", "wallbox", "alfen", "defa", "ctek", "keba", "etrel", "chargeamps"]
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
    static let journeyNouns: WordSet = ["way", "trip", "journey", "route", "drive", "commute", "vag", "vagen", "resa", "resan", "tur", "turen"]

    /// "våra två laddstolpar": a possessive, then an owned thing within three words.
    func possessiveHits(_ things: [PhraseMatcher<Phrase>.Hit]) -> [PhraseMatcher<Phrase>.Hit] {
        things.compactMap { thing in
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
            guard Self.predicateOurWords.contains(tokens[owner]) else { continue }
            let next = owner + 1
            guard next >= tokens.count || tokens[next].kind == .lineBreak || (tokens[next].kind == .punctuation && tokens[next].text != "-") else { continue }
            found.append(.init(start: i, end: owner + 1, value: .cue))
        }
        return found
    }
    static let presentCopulas: WordSet = ["ar", "is", "are"]
    static let predicateOurWords = WordSet(["vår", "vårt", "våra", "ours"].map { TextFolding.fold($0) })

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
                if tokens[s].is(.we) { return .init(start: s, end: thing.end, value: .cue) }
                // "Our company, Destination Gotland AB, has two chargers": "our" and the kind of body the writer's side is.
                if Self.ourWords.contains(tokens[s]), s + 1 < k, Self.ownerKindNouns.contains(tokens[s + 1]) { return .init(start: s, end: thing.end, value: .cue) }
                if tokens[s].isWordLike { words += 1 }
                s -= 1
            }
            return nil
        }
    }

    static let withWords: WordSet = ["med", "with"]
    static let sharedAdjectives: WordSet = ["gemensam", "gemensamma", "shared", "common"]

    /// "Vi är en samfällighet (Tallstigens samfällighet) med en gemensam laddstolpe", "We are a
    /// housing association with two chargers": what the writers are said to be "with" is theirs.
    func weAreBefore(_ index: Int) -> Bool {
        var k = index - 1
        while k > 0, index - k <= 10, tokens[k].sentence == tokens[index].sentence {
            if tokens[k - 1].is(.we), tokens[k].folded == "ar" || tokens[k].folded == "are" { return true }
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
                        && Self.firstPersonStayers.contains(tokens[i - 1])))
        }
    }

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

    // MARK: Explicit statements

    /// "Vi hyr lokal hos Taxi Norrland på Verkstadsgatan 11. Deras laddare piper hela nätterna":
    /// a third party's charger, called theirs right after the writer named them. Only the
    /// charger itself counts ("their garage" may be where the writer parks, not what they own),
    /// and only a name the writer led into with a preposition ("hos", "from", "at").
    func theirCharger(_ hits: [PhraseMatcher<Phrase>.Hit]) -> (String, Evidence)? {
        for hit in hits where hit.value == .ownedThing && hit.start >= 3 && Self.isCaseRole(tokens[hit.start].role) {
            // "their KEBA charger", "deras Easee-laddare": the maker may stand between.
            let possessive = hit.start >= 4 && Self.chargerBrands.contains(tokens[hit.start - 1]) ? hit.start - 2 : hit.start - 1
            // "Deras Zaptec": a charger named by its make alone is one too.
            guard Self.theirPossessives.contains(tokens[possessive]),
                  Self.chargerThingPrefixes.contains(where: { tokens[hit.start].folded.hasPrefix($0) }) || Self.chargerBrands.contains(tokens[hit.start])
            else { continue }
            // "Min granne Jonas Nilsson är bortrest och hans laddbox piper": the neighbour or
            // relative the writer named, whose charger it is.
            if Self.singularThirdPossessives.contains(tokens[possessive]), let name = relativesName() {
                return (name, Evidence(field: .owner, rule: "owner.their-charger", excerpt: sentence(hit.start), confidence: 0.65))
            }
            var k = possessive - 1
            while k > 0, tokens[k].sentence + 1 >= tokens[possessive].sentence, tokens[k].role == tokens[possessive].role {
                // "I rented a cottage at Björkhaga. The owner said I could use his charger": "his" is
                // the nearer person's, who is not named; the place before is no party.
                if Self.unnamedParties.contains(tokens[k]) { break }
                if tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].is(.notPlace), isLedInto(k) {
                    if let (organisation, _) = organisation(startingAt: k) {
                        return (organisation.name, Evidence(field: .owner, rule: "owner.their-charger", excerpt: sentence(hit.start), confidence: 0.7))
                    }
                    var end = k + 1
                    while end < possessive, end - k < 4, tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end].spaceBefore,
                          !tokens[end].is(.notPlace), tokens[end].sentence == tokens[k].sentence { end += 1 }
                    // "granne med Gustavssons åkeri": a family business, a genitive and its trade in lower case.
                    if end == k + 1, end < possessive, tokens[k].folded.hasSuffix("s"), isTradeWord(end) { end += 1 }
                    return (text(k..<end), Evidence(field: .owner, rule: "owner.their-charger", excerpt: sentence(hit.start), confidence: 0.6))
                }
                k -= 1
            }
        }
        return nil
    }

    /// "Jag installerade en Easee hos Anders Lindqvist på Björkliden 7", "we installed a wallbox
    /// "Laddstationen som Blekinge tekniska högskola har på Campus Gräsvik", "the charger that
    /// Bollsta Trä has": the charger, then who has it in a relative clause. "Fastighetsägaren
    /// (Uppsala Parkerings AB) har bett mig mejla er": the owner named in parentheses.
    func ownerNamedBeside() -> (String, Evidence)? {
        for i in tokens.indices where i + 3 < tokens.count && tokens[i].kind == .word && Self.isCaseRole(tokens[i].role) {
            let start: Int
            if Self.relativePronouns.contains(tokens[i]), i > 0, tokens[i - 1].kind == .word,
               Self.chargerThingPrefixes.contains(where: { tokens[i - 1].folded.hasPrefix($0) }) {
                start = i + 1
            } else if Self.ownerNouns.contains(tokens[i]), tokens[i + 1].text == "(" {
                start = i + 2
            } else {
                continue
            }
            var end = start
            while end < tokens.count, end - start < 5, tokens[end].kind == .word, tokens[end].isCapitalized,
                  tokens[end].sentence == tokens[start].sentence, !tokens[end].is(.notPlace), end == start || tokens[end].spaceBefore,
                  // "Avtal finns med er enligt ägaren (SLA-2022-0601)": an agreement's or a charger's number is no party.
                  !LocationFinder.isIDLike(tokens[end]) {
                end += 1
            }
            guard end > start else { continue }
            if let (_, orgEnd) = organisation(startingAt: start), orgEnd > end { end = orgEnd }
            // "Blekinge tekniska högskola": a name may go on in lower case to the kind of body it is.
            if end + 1 < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized, tokens[end + 1].kind == .word,
               Self.institutionWords.contains(tokens[end + 1]) { end += 2 }
            guard end < tokens.count else { continue }
            let closes = start == i + 2 ? tokens[end].text == ")" : Self.haveVerbs.contains(tokens[end])
            guard closes else { continue }
            return (text(start..<end), Evidence(field: .owner, rule: "owner.named-beside", excerpt: sentence(i), confidence: 0.7))
        }
        return nil
    }
    static let relativePronouns: WordSet = ["som", "that", "which"]
    static let institutionWords = WordSet(["högskola", "universitet", "församling", "kommun", "region", "förening"].map { TextFolding.fold($0) })
    static let ownerNouns = WordSet(["ägaren", "fastighetsägaren", "owner", "ägare", "fastighetsägare"].map { TextFolding.fold($0) })
    static let haveVerbs = WordSet(["har", "has", "äger", "owns", "own"].map { TextFolding.fold($0) })

    /// for Brf Tallen": an installer writing about a charger they put up at a customer's, whose
    /// it is. The customer is named, after "hos" or "for", in the sentence of the installing.
    func installedForCustomer() -> (String, Evidence)? {
        // A key compare first: this is asked of every token.
        for i in tokens.indices where Self.installingKeys.mayContain(tokens[i].key) && tokens[i].kind == .word && Self.isCaseRole(tokens[i].role)
            && Self.installingStems.contains(where: { tokens[i].folded.hasPrefix($0) }) {
            var k = i + 1
            while k < tokens.count, k - i <= 5, tokens[k].sentence == tokens[i].sentence {
                if tokens[k].folded == "hos" || tokens[k].folded == "for", k + 1 < tokens.count, tokens[k + 1].isCapitalized {
                    if let (organisation, _) = organisation(startingAt: k + 1) {
                        return (organisation.name, Evidence(field: .owner, rule: "owner.installed-for", excerpt: sentence(i), confidence: 0.65))
                    }
                    if let name = personName(startingAt: k + 1, sentence: tokens[i].sentence) {
                        return (name, Evidence(field: .owner, rule: "owner.installed-for", excerpt: sentence(i), confidence: 0.65))
                    }
                    break
                }
                k += 1
            }
        }
        return nil
    }

    /// "Trafikverkets laddstolpe … Sara Lindgren, Trafikverket": a charger in a name's genitive,
    /// the name standing on its own elsewhere in the mail (most often the signature), is that
    /// organisation's. A site's genitive ("Stadshusets laddare") names no one elsewhere.
    func namedGenitive(_ hits: [PhraseMatcher<Phrase>.Hit]) -> (String, Evidence)? {
        for hit in hits where hit.value == .ownedThing && hit.start >= 1 && Self.isCaseRole(tokens[hit.start].role) {
            let genitive = tokens[hit.start - 1]
            guard genitive.kind == .word, genitive.isCapitalized, !genitive.is(.possessive), genitive.text.utf8.count >= 6,
                  genitive.text.utf8.last == UInt8(ascii: "s"), genitive.sentence == tokens[hit.start].sentence,
                  Self.chargerThingPrefixes.contains(where: { tokens[hit.start].folded.hasPrefix($0) }) else { continue }
            let name = String(genitive.text.dropLast())
            guard tokens.contains(where: { $0.kind == .word && $0.text == name && $0.role != .returned }) else { continue }
            return (name, Evidence(field: .owner, rule: "owner.named-genitive", excerpt: sentence(hit.start), confidence: 0.7))
        }
        return nil
    }

    static let installingStems = ["installerade", "installerat", "installed", "monterade", "monterat"]
    static let installingKeys = KeyFilter(keys: installingStems.map { Token.key(of: String($0.prefix(3))) })

    /// A lower-case noun that may name a business after its owner's genitive ("åkeri", "bageri",
    /// "verkstad"): no function word of either language, no preposition, not a charger.
    private func isTradeWord(_ i: Int) -> Bool {
        let token = tokens[i]
        return token.kind == .word && !token.isCapitalized && token.spaceBefore && token.sentence == tokens[i - 1].sentence
            && token.folded.utf8.count >= 4 && !token.is(.swedish) && !token.is(.english) && !token.is(.preposition)
            && !Self.chargerThingPrefixes.contains(where: { token.folded.hasPrefix($0) })
    }

    /// "hos X", or in apposition, "hos en kund, X".
    private func isLedInto(_ k: Int) -> Bool {
        if Self.nameLeads.contains(tokens[k - 1]) { return true }
        guard tokens[k - 1].text == "," else { return false }
        return (max(0, k - 5)..<(k - 1)).contains { Self.nameLeads.contains(tokens[$0]) && tokens[$0].sentence == tokens[k].sentence }
    }

    static let landlordCompoundEndings = ["bostader", "fastigheter"]
    static let copulas: WordSet = ["ar", "var", "is", "was", "are", "were", "it's", "its", "that's", "thats", "blir"]

    static let ownerAppositions: WordSet = ["the owner", "ägaren", "agaren", "owner", "ägare", "agare", "the property owner", "fastighetsägaren", "fastighetsagaren"]

    static let singularThirdPossessives: WordSet = ["hans", "hennes", "his", "her"]
    static let theirPossessives: WordSet = ["deras", "their", "hans", "hennes", "his", "her"]
    /// People a "his" or "their" may stand for without a name: "the owner", "hyresvärden".
    static let unnamedParties = WordSet(["owner", "owners", "ägaren", "ägarna", "landlord", "landlady", "hyresvärden", "värden", "host", "hosts",
                                         "grannen", "neighbour", "neighbor"].map { TextFolding.fold($0) })
    static let chargerThingPrefixes = ["ladd", "snabbladd", "charg", "stolp", "wallbox"]
    /// Words that lead into the party whose charger it is: "hyr lokal hos X", "we rent from X".
    static let nameLeads: WordSet = ["hos", "fran", "av", "med", "from", "at", "with"]

    /// "Laddaren som vi hyr av Laddbolaget Nord", "We lease the charger from ChargeCo Leasing AB":
    /// whoever the writer rents the charger from owns it. Not premises ("Vi hyr lokal hos …").
    func lessorStatement() -> (String, Evidence)? {
        // A key test first: this is asked of every token of every mail.
        let verbKeys = Self.leaseVerbKeys
        for v in tokens.indices where verbKeys.mayContain(tokens[v].key) && v + 2 < tokens.count && Self.leaseVerbs.contains(tokens[v]) && Self.isCaseRole(tokens[v].role) {
            let clause = tokens[v].sentence
            guard let from = (v + 1..<min(v + 5, tokens.count)).first(where: { Self.leaseFromWords.contains(tokens[$0]) }),
                  from + 1 < tokens.count, tokens[from + 1].isCapitalized, tokens[from + 1].sentence == clause,
                  tokens.indices.contains(where: { tokens[$0].sentence == clause && $0 < from && LocationFinder.chargerStems.contains(where: tokens[$0].folded.hasPrefix) })
            else { continue }
            if let (organisation, _) = organisation(startingAt: from + 1) {
                return (organisation.name, Evidence(field: .owner, rule: "owner.lessor", excerpt: sentence(v), confidence: 0.75))
            }
            var end = from + 1
            while end < tokens.count, end - from <= 4, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].is(.notPlace),
                  tokens[end].sentence == clause, end == from + 1 || tokens[end].spaceBefore { end += 1 }
            if end > from + 1 { return (text((from + 1)..<end), Evidence(field: .owner, rule: "owner.lessor", excerpt: sentence(v), confidence: 0.7)) }
        }
        return nil
    }

    /// "Min pappa Anders Holmgren har en Wallbox i sommarstugan", "My mother Karin Ek has a
    /// Zaptec charger": a relative named, then what they have.
    func relativeHasStatement(_ hits: [PhraseMatcher<Phrase>.Hit]) -> (String, Evidence)? {
        for hit in hits where hit.value == .ownedThing && Self.isCaseRole(tokens[hit.start].role) && hit.start >= 5 {
            var have = hit.start - 1
            if Self.indefiniteArticles.contains(tokens[have]) { have -= 1 }
            guard have >= 3, tokens[have].is(.haveVerb), tokens[have].sentence == tokens[hit.start].sentence else { continue }
            var start = have
            while start > 0, have - start < 3, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
                  !tokens[start - 1].is(.notPlace), tokens[start - 1].sentence == tokens[have].sentence { start -= 1 }
            guard have - start >= 2, start >= 1, Self.relativeNouns.contains(tokens[start - 1]),
                  !(start..<have).contains(where: { tokens[$0].is(.organisationWord) || tokens[$0].is(.legalForm) }) else { continue }
            return (text(start..<have), Evidence(field: .owner, rule: "owner.relative-has", excerpt: sentence(hit.start), confidence: 0.7))
        }
        return nil
    }

    /// "min mamma Karin Ek, vars Easee-laddare …", "my father, Sven Dahl, whose Zaptec charger …":
    /// the person named right before the relative pronoun.
    func whoseStatement(_ hits: [PhraseMatcher<Phrase>.Hit]) -> (String, Evidence)? {
        for hit in hits where hit.value == .ownedThing && Self.isCaseRole(tokens[hit.start].role) && hit.start >= 4 {
            guard let whose = (max(0, hit.start - 2)..<hit.start).last(where: { Self.relativePossessives.contains(tokens[$0]) }),
                  whose >= 3, tokens[whose - 1].text == ",", tokens[whose - 1].sentence == tokens[hit.start].sentence else { continue }
            var start = whose - 1
            while start > 0, whose - 1 - start < 3, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
                  !tokens[start - 1].is(.notPlace), tokens[start - 1].sentence == tokens[hit.start].sentence { start -= 1 }
            guard whose - 1 - start >= 2, !(start..<(whose - 1)).contains(where: { tokens[$0].is(.organisationWord) || tokens[$0].is(.legalForm) }) else { continue }
            return (text(start..<(whose - 1)), Evidence(field: .owner, rule: "owner.whose", excerpt: sentence(hit.start), confidence: 0.7))
        }
        return nil
    }

    func explicitStatement(_ hits: [PhraseMatcher<Phrase>.Hit]) -> (String, Evidence)? {
        let inCase: (Token) -> Bool = { Self.isCaseRole($0.role) }
        for hit in hits where hit.value == .ownerBefore && inCase(tokens[hit.start]) {
            // "Helsingborg Hamnfastigheter AB, who owns them": the organisation just before.
            var end = hit.start
            while end > 0, tokens[end - 1].kind == .punctuation { end -= 1 }
            if let organisation = organisation(endingAt: end) {
                return (organisation.name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.9))
            }
            // "Det är Akademiska Hus som äger den": a name of any form right before the verb.
            // "regionen äger laddaren" written without capitals: the kind, and its name elsewhere.
            // "Föreningen äger tre laddstolpar": the kind word opening the sentence, capitalised as such.
            if end == hit.start, end > 0, !tokens[end - 1].isCapitalized || end == 1 || tokens[end - 2].sentence != tokens[end - 1].sentence,
               tokens[end - 1].kind == .word,
               let name = namedOrganisation(for: tokens[end - 1].text) {
                return (name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.7))
            }
            // "Min granne Lars Nyberg … Han äger den själv.": the pronoun stands for the person named just before.
            if end == hit.start, end >= 1, Self.singularPronouns.contains(tokens[end - 1]), let name = personNamed(before: end - 1) {
                return (name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.7))
            }
            if end == hit.start, let name = nameRun(endingAt: end) {
                return (namedOrganisation(for: name) ?? name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.75))
            }
            // "I rent the house from Per Lindqvist, he owns the charger": the name, then a pronoun for it.
            if end == hit.start, end >= 3, Self.thirdPersonPronouns.contains(tokens[end - 1]), tokens[end - 2].text == ",",
               let name = organisation(endingAt: end - 2)?.name ?? nameRun(endingAt: end - 2) {
                return (name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.7))
            }
        }
        // "Vi äger inte laddaren själva, det gör Vemdalsfjällen AB", "We don't own it, Exempel AB
        // does": the owner named after a denied ownership.
        for v in tokens.indices where v >= 3 && (tokens[v].key == Self.doesKey || tokens[v].key == Self.gorKey) && inCase(tokens[v])
            && (tokens[v].folded == "does" || (tokens[v].folded == "gor" && tokens[v - 1].folded == "det")) {
            let clause = tokens[v].sentence
            guard tokens[..<v].reversed().prefix(while: { $0.sentence == clause }).contains(where: { Self.ownVerbs.contains($0.folded) }) else { continue }
            let named = tokens[v].folded == "does" ? organisation(endingAt: v) : v + 1 < tokens.count ? organisation(startingAt: v + 1)?.0 : nil
            if let named { return (named.name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(v), confidence: 0.8)) }
        }
        // "Den tillhör inte oss utan Torpa Livs AB", "it belongs not to us but to Exempel AB": the
        // owner named after a denied claim of the writer's side.
        for v in tokens.indices where v >= 3 && v + 1 < tokens.count && Self.butWords.contains(tokens[v]) && inCase(tokens[v])
            && Self.usWords.contains(tokens[v - 1]) {
            var k = v - 2
            if Self.toWords.contains(tokens[k]) { k -= 1 }
            guard k >= 1, tokens[k].is(.negation), Self.belongVerbs.contains(tokens[k - 1]), tokens[k - 1].sentence == tokens[v].sentence else { continue }
            let start = v + 1 < tokens.count && Self.toWords.contains(tokens[v + 1]) ? v + 2 : v + 1
            guard start < tokens.count, tokens[start].sentence == tokens[v].sentence else { continue }
            if let (named, _) = organisation(startingAt: start) {
                return (named.name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(v), confidence: 0.8))
            }
        }
        // "laddaren på gården, som hyresvärden Piteå Bostäder äger", "which Northwind Parking owns":
        // the relative clause names the owner, with or without what they are to the writer.
        let ownVerbKeys = Self.ownVerbKeys
        for v in tokens.indices where v >= 2 && ownVerbKeys.contains(tokens[v].key) && Self.ownVerbs.contains(tokens[v]) && inCase(tokens[v]) {
            // "Laddstolpen som regionen äger": the kind in lower case, and its name elsewhere in the mail.
            // Capitalised too, when the mail names one of that kind: in text without capitals a kind
            // word that is also a word of the installed base's names ("Gävle församling") gets one.
            if Self.relativeWords.contains(tokens[v - 2]), tokens[v - 1].kind == .word,
               Self.ownerKindNouns.contains(tokens[v - 1]) || Self.landlordNouns.contains(tokens[v - 1]) || tokens[v - 1].folded == "regionen",
               let name = namedOrganisation(for: tokens[v - 1].text) {
                return (name, Evidence(field: .owner, rule: "owner.relative-clause", excerpt: sentence(v), confidence: 0.7))
            }
            var start = v
            while start > 0, v - start < 4, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
                  tokens[start - 1].sentence == tokens[v].sentence, !tokens[start - 1].is(.notPlace) { start -= 1 }
            guard start < v, start > 0 else { continue }
            var k = start - 1
            if k > 0, !tokens[k].isCapitalized, Self.ownerKindNouns.contains(tokens[k]) || Self.landlordNouns.contains(tokens[k]) { k -= 1 }
            guard Self.relativeWords.contains(tokens[k]), tokens[k].sentence == tokens[v].sentence else { continue }
            let name = organisation(startingAt: start).flatMap { $0.1 == v ? $0.0.name : nil } ?? text(start..<v)
            guard v - start >= 2 || tokens[start].folded.utf8.count >= 4 else { continue }
            return (name, Evidence(field: .owner, rule: "owner.relative-clause", excerpt: sentence(v), confidence: 0.8))
        }
        // "min pappas laddbox … Han heter Sven Dahl": a relative's charger, and the relative's name.
        for hit in hits where hit.value == .ownedThing && hit.start >= 2 {
            var genitive = hit.start - 2
            while genitive < hit.start, !isRelativeGenitive(genitive) { genitive += 1 }
            guard genitive < hit.start, genitive > 0, tokens[genitive - 1].is(.possessive), inCase(tokens[hit.start]) else { continue }
            if let name = relativesName() {
                return (name, Evidence(field: .owner, rule: "owner.relative", excerpt: sentence(hit.start), confidence: 0.7))
            }
        }
        if let found = lessorStatement() ?? relativeHasStatement(hits) ?? whoseStatement(hits) { return found }
        // "Jag är grannen till Karin Sjöberg … Hennes laddbox har brunnit": his or her charger,
        // the person named just before.
        for hit in hits where hit.value == .ownedThing && inCase(tokens[hit.start]) {
            guard let possessive = (max(0, hit.start - 2)..<hit.start).last(where: { Self.singularPossessives.contains(tokens[$0]) }),
                  tokens[possessive].sentence == tokens[hit.start].sentence, let name = personNamed(before: possessive) else { continue }
            return (name, Evidence(field: .owner, rule: "owner.his-or-her", excerpt: sentence(hit.start), confidence: 0.7))
        }
        // "Kunden Brf Viken har problem med sin laddbox": their charger, the organisation the sentence names.
        for hit in hits where hit.value == .ownedThing && inCase(tokens[hit.start]) {
            guard let possessive = (max(0, hit.start - 3)..<hit.start).last(where: { tokens[$0].is(.thirdPersonPossessive) }),
                  tokens[possessive].sentence == tokens[hit.start].sentence else { continue }
            var k = possessive - 1
            while k >= 0, tokens[k].sentence == tokens[possessive].sentence { k -= 1 }
            var i = k + 1
            while i < possessive {
                if let (organisation, end) = organisation(startingAt: i), end <= possessive {
                    return (organisation.name, Evidence(field: .owner, rule: "owner.their", excerpt: sentence(hit.start), confidence: 0.75))
                }
                i += 1
            }
        }
        // "Sundsvalls kommuns laddstolpe", "Region Skånes laddare", "Brf Lärkans laddbox": the
        // organisation's genitive before the thing. Only names the rules know as organisations:
        // "Ica Maxis laddare" may only say where the charger stands.
        for hit in hits where hit.value == .ownedThing && inCase(tokens[hit.start]) {
            if let name = genitiveOrganisation(before: hit.start) {
                // The full name when the mail gives it elsewhere ("Solna Bostäder AB" in the signature).
                let folded = TextFolding.fold(name)
                let full = allOrganisations().first { TextFolding.fold($0.organisation.name).hasPrefix(folded + " ") }?.organisation.name
                return (full ?? name, Evidence(field: .owner, rule: "owner.genitive", excerpt: sentence(hit.start), confidence: 0.8))
            }
        }
        // "Jag hyr Karin Holms sommarhus", "at Lars Nyberg's cottage": a person's home or charger,
        // by their full name in the genitive.
        for hit in hits where hit.value == .ownedThing && inCase(tokens[hit.start]) && hit.start >= 2 {
            if let name = personGenitive(before: hit.start) {
                return (name, Evidence(field: .owner, rule: "owner.person-genitive", excerpt: sentence(hit.start), confidence: 0.7))
            }
        }
        for hit in hits where hit.value == .ownerAfter && inCase(tokens[hit.start]) {
            // "The previous owner, Anders Björklund, told us …", "förra ägaren": who owned it
            // before the writer, not who owns it now.
            if hit.start > 0, Self.formerWords.contains(tokens[hit.start - 1]) { continue }
            // "My mother is Karin Sjöberg, the owner.": the name, then what they are, and no more.
            if hit.start >= 2, tokens[hit.start - 1].text == ",", Self.ownerAppositions.contains(tokens[hit.start..<hit.end].map(\.folded).joined(separator: " ")),
               hit.end >= tokens.count || tokens[hit.end].kind == .punctuation || tokens[hit.end].kind == .lineBreak,
               let name = organisation(endingAt: hit.start - 1)?.name ?? nameRun(endingAt: hit.start - 1) {
                return (name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.8))
            }
            var start = hit.end
            while start < tokens.count, tokens[start].kind == .punctuation || tokens[start].is(.ownerArticle) { start += 1 }
            // "belongs to our company, Exempel AB": the kind of owner, then its name in apposition.
            // "ägs av fastighetsbolaget, Fastighets AB Tandläkaren": a compound of the kind too.
            // "owned by the municipality (Karlstads kommun)": the name in parentheses too.
            if start + 2 < tokens.count, Self.ownerKindNouns.contains(tokens[start])
                || Self.ownerKindEndings.contains(where: { tokens[start].folded.hasUTF8Suffix($0) }),
               tokens[start + 1].text == "," || tokens[start + 1].text == ":" || tokens[start + 1].text == "(" {
                start += 2
            } else if start + 3 < tokens.count, tokens[start].kind == .word, !tokens[start].isCapitalized, Self.ownerKindNouns.contains(tokens[start + 1]),
                      tokens[start + 2].text == "," || tokens[start + 2].text == "(" {
                // "belongs to the harbour company, Söderhamns Hamn AB": one describing word before the kind.
                // "the property of the housing association (Brf Ringen)": or the name in parentheses.
                start += 3
            } else if start + 2 < tokens.count, tokens[start].is(.we) || tokens[start].folded == "us" || tokens[start].folded == "oss",
                      tokens[start + 1].text == "," {
                // "fastighetsägare är vi, Täby Fastigheter AB": the writer's organisation in apposition.
                start += 2
            }
            if let (organisation, _) = organisation(startingAt: start) {
                return (organisation.name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.9))
            }
            // "Stolpen ägs av kommunen … Halmstads kommun": the owner's kind, and its name elsewhere.
            if start < tokens.count, tokens[start].kind == .word, let name = namedOrganisation(for: tokens[start].text) {
                return (name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.75))
            }
            // "It belongs to me", "den tillhör mig": the writer.
            if start < tokens.count, tokens[start].folded == "me" || tokens[start].folded == "mig", let name = writerName() {
                return (name, Evidence(field: .owner, rule: "owner.explicit-person", excerpt: sentence(hit.start), confidence: 0.75))
            }
            // "ägs av min sambo Alex Berg": a relation before the name.
            var named = start
            while named < tokens.count, named - start < 2, tokens[named].kind == .word, !tokens[named].isCapitalized,
                  tokens[named].sentence == tokens[start].sentence { named += 1 }
            if named > start, named < tokens.count, !tokens[named].isCapitalized { named = start }
            // "Ägare: Kim Lindqvist": after an explicit label, a private owner's name.
            if named < tokens.count, let name = personName(startingAt: named, sentence: tokens[named].sentence) {
                return (name, Evidence(field: .owner, rule: "owner.explicit-person", excerpt: sentence(hit.start), confidence: 0.8))
            }
            // "Fastighetsägaren är Riksbyggen": one name, after a label that says it is the owner.
            let label = tokens[hit.start..<hit.end].map(\.folded).joined(separator: " ")
            if named == start, start < tokens.count, !Self.onBehalfLabels.contains(label), tokens[start].kind == .word, tokens[start].isCapitalized,
               !tokens[start].is(.notPlace), tokens[start].folded.utf8.count >= 3,
               start + 1 >= tokens.count || !tokens[start + 1].isCapitalized || !tokens[start + 1].spaceBefore {
                return (tokens[start].text, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.75))
            }
        }
        return ownerNamedAfterPlace()
    }

    /// "The owner of the charger at Lingonstigen 14 in Lerum is Maria Sjöberg", "Ägare till
    /// laddaren vid Marinan Lövholmen är Piteå Båtklubb": the owner's label and its verb with
    /// the charger's place between them.
    func ownerNamedAfterPlace() -> (String, Evidence)? {
        // A key compare first: this is asked of every token.
        for i in tokens.indices where i + 4 < tokens.count && (tokens[i].key == Self.ownerKey || tokens[i].key == Self.agareKey)
            && tokens[i].kind == .word && Self.isCaseRole(tokens[i].role) {
            let label = tokens[i].folded
            guard label == "owner" || label == "agare" || label == "agaren", tokens[i + 1].folded == "of" || tokens[i + 1].folded == "till" else { continue }
            var thing = i + 2
            if tokens[thing].folded == "the" { thing += 1 }
            guard thing < tokens.count, LocationFinder.subjectChargerNouns.contains(tokens[thing]) else { continue }
            let sentence = tokens[i].sentence
            var verb = thing + 1
            while verb < tokens.count, verb - thing <= 10, tokens[verb].sentence == sentence, tokens[verb].folded != "is", tokens[verb].folded != "ar" { verb += 1 }
            guard verb + 1 < tokens.count, verb - thing <= 10, tokens[verb].sentence == sentence else { continue }
            if let (organisation, _) = organisation(startingAt: verb + 1) {
                return (organisation.name, Evidence(field: .owner, rule: "owner.explicit", excerpt: self.sentence(i), confidence: 0.85))
            }
            if let name = personName(startingAt: verb + 1, sentence: sentence) {
                return (name, Evidence(field: .owner, rule: "owner.explicit-person", excerpt: self.sentence(i), confidence: 0.8))
            }
        }
        return nil
    }

    /// The municipality, region or association whose genitive stands right before `thing`
    /// (one describing word may come between: "Region Skånes nya laddstolpe"), in the nominative.
    func genitiveOrganisation(before thing: Int) -> String? {
        var k = thing - 1
        if k > 0, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].folded.hasSuffix("s"), tokens[k].sentence == tokens[thing].sentence { k -= 1 }
        guard k >= 1, tokens[k].kind == .word, tokens[k].sentence == tokens[thing].sentence, tokens[k].spaceBefore else { return nil }
        let genitive = tokens[k].text
        guard genitive.utf8.count >= 3, tokens[k].folded.hasSuffix("s") else { return nil }
        // English writes the genitive with an apostrophe: "Region Västmanland's hospital site".
        let nominative = String(genitive.hasSuffix("'s") || genitive.hasSuffix("\u{2019}s") || genitive.hasSuffix("'S") ? genitive.dropLast(2) : genitive.dropLast())
        let folded = tokens[k].folded
        // "Sundsvalls kommuns", "Göteborgs Stads": the town's name as written before it.
        // In text typed without capitals the word before is the town all the same ("borlänge
        // kommuns"), unless it is a common word ("vår kommuns", "hela stads").
        if folded == "kommuns" || folded == "stads", tokens[k - 1].kind == .word,
           tokens[k - 1].isCapitalized || (tokens[k - 1].folded.utf8.count >= 3 && tokens[k - 1].classes.isDisjoint(with: CaseRestorer.notName)) {
            return text((k - 1)..<k) + " " + nominative
        }
        // "Region Skånes", "Region Västra Götalands".
        for start in [k - 1, k - 2] where start >= 0 && tokens[start].key == Self.regionKey && tokens[start].folded == "region" {
            guard (start + 1...k).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { continue }
            return text(start..<k) + (start < k ? " " : "") + nominative
        }
        // "Solna Bostäders parkering": a name whose last word says it is an organisation.
        if tokens[k].isCapitalized, Lexicon.classes(of: TextFolding.fold(nominative)).contains(.organisationWord),
           !Lexicon.classes(of: TextFolding.fold(nominative)).contains(.siteType) {
            var start = k
            while start > 0, k - start < 3, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, tokens[start].spaceBefore,
                  !tokens[start - 1].is(.notPlace), !tokens[start - 1].is(.swedish), !tokens[start - 1].is(.english) { start -= 1 }
            if start < k { return text(start..<k) + " " + nominative }
        }
        // "Kirunabostäders hus", "Mälarfastigheters garage": one compound whose last part says it
        // is a landlord's company; "-hem" and trades are too common inside other words.
        if tokens[k].isCapitalized, !tokens[k].is(.notPlace), Self.landlordCompoundEndings.contains(where: { folded.dropLast().hasSuffix($0) && folded.utf8.count > $0.utf8.count + 3 }) {
            return nominative
        }
        // "Brf Lärkans", "Brf Lärkan 4:s" is rare and left alone.
        if tokens[k].isCapitalized, let (organisation, end) = organisation(startingAt: k - 1), end == k + 1, organisation.kind == .brf {
            // "Brf Kastanjen's garage": English puts the apostrophe on the name's last word.
            let name = organisation.name
            return name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") ? String(name.dropLast(2)) : name
        }
        return nil
    }

    /// Two to four capitalised words in one sentence ("Kim Lindqvist", "Anna-Karin de Vries" is
    /// not taken: every word must be capitalised).
    /// Up to four capitalised words ending at `end`, none of them a common word ("Det", "Vi"):
    /// a name the writer gives without a legal form.
    func nameRun(endingAt end: Int) -> String? {
        var start = end
        while start > 0, end - start < 4, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
              !tokens[start - 1].is(.swedish), !tokens[start - 1].is(.english), !tokens[start - 1].is(.notPlace),
              !Self.pronouns.contains(tokens[start - 1]), !Self.ownerQualifiers.contains(tokens[start - 1]),
              tokens[start - 1].sentence == tokens[end - 1].sentence, start == end || tokens[start].spaceBefore {
            start -= 1
        }
        guard start < end else { return nil }
        return text(start..<end)
    }

    /// Words that stand for a party without naming it ("Han äger den", "Vem äger dem?"): never an owner's name.
    static let pronouns: WordSet = ["han", "hon", "hen", "de", "dom", "den", "det", "vem", "vilka", "vilken", "nagon", "nan", "ingen", "man",
                                        "jag", "vi", "du", "ni", "he", "she", "they", "it", "who", "which", "someone", "somebody", "nobody",
                                        "i", "we", "you"]
    /// "Ny ägare till huset är …", "Previous owner of the …": words that say which owner, at a
    /// sentence's start in capitals, and are no name of one. Folded.
    static let ownerQualifiers: WordSet = ["ny", "nya", "nye", "nuvarande", "forra", "forre", "tidigare", "gamla", "new", "previous",
                                           "former", "current", "old"]
    static let singularPronouns: WordSet = ["han", "hon", "hen", "he", "she"]
    static let singularPossessives: WordSet = ["hans", "hennes", "his", "her"]
    static let relativePossessives: WordSet = ["vars", "whose"]
    static let indefiniteArticles: WordSet = ["en", "ett", "a", "an"]
    static let leaseVerbs: WordSet = ["hyr", "hyrt", "hyrde", "leasar", "leasat", "leasade", "lease", "leases", "leased", "rent", "rents", "rented", "hire", "hired"]
    static let leaseVerbKeys = KeyFilter(keys: leaseVerbs.map { Token.key(of: $0) })
    static let leaseFromWords: WordSet = ["av", "from"]

    /// The nearest person's full name (two or three capitalised words) in the two sentences
    /// before `index`, for a pronoun that stands for them.
    func personNamed(before index: Int) -> String? {
        let sentence = tokens[index].sentence
        var k = index - 1
        while k >= 0, tokens[k].sentence >= sentence - 2, tokens[k].role == tokens[index].role {
            if tokens[k].kind == .word, tokens[k].isCapitalized, k == 0 || !tokens[k - 1].isCapitalized || tokens[k - 1].kind != .word,
               tokens[k].sentence < sentence, let name = personName(startingAt: k, sentence: tokens[k].sentence),
               name.split(separator: " ").count <= 3,
               tokens[k..<(k + name.split(separator: " ").count)].allSatisfy({ !$0.is(.swedish) && !$0.is(.english) && !$0.is(.notPlace) && !$0.is(.organisationWord) && !$0.is(.legalForm) }) {
                return name
            }
            k -= 1
        }
        return nil
    }

    func personName(startingAt start: Int, sentence: Int) -> String? {
        var end = start
        while end < tokens.count, end - start < 4, tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end].sentence == sentence,
              end == start || tokens[end].spaceBefore {
            end += 1
        }
        guard end - start >= 2 else { return nil }
        return tokens[start..<end].map(\.text).joined(separator: " ")
    }

    // MARK: Organisations

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
        case "regionen", "the region", "region": kind = .municipality; prefix = "region"
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
                if tokens[end].is(.organisationWord) { sawOrganisationWord = true }
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
        while start > 0, tokens[start - 1].kind == .word,
              tokens[start - 1].isCapitalized || tokens[start - 1].text == "&" || tokens[start - 1].folded == "i"
                || (start == end && (isMunicipalityWord(start - 1) || isCountyWord(start - 1)))
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
            && noun.spaceBefore && noun.is(.placeNoun)
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
        for i in tokens.indices.dropLast(4) where tokens[i].is(.we) && roles.contains(tokens[i].role)
            && (tokens[i + 1].folded == "are" || tokens[i + 1].folded == "ar") {
            let k = tokens[i + 2].folded == "the" ? i + 3 : i + 2
            if k + 2 < tokens.count, Self.municipalityNouns.contains(tokens[k]), tokens[k + 1].folded == "of",
               tokens[k + 2].kind == .word, tokens[k + 2].isCapitalized {
                return Organisation(name: text(k..<(k + 3)), kind: .municipality)
            }
            // A named organisation within the next few words of the same clause, perhaps after a description.
            var j = i + 2
            while j < tokens.count, j - i <= 8, tokens[j].sentence == tokens[i].sentence, !tokens[j].is(.clauseBreak) || tokens[j].text == "," {
                if tokens[j].isCapitalized, let (organisation, _) = organisation(startingAt: j), organisation.kind != .other { return organisation }
                // "Vi är en liten bilverkstad, Bergs Motor i Åmål": what the writers are, then its name in apposition.
                if tokens[j].text == ",", j - 1 > i + 1, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalized, let name = appositionName(at: j + 1) {
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

    /// An organisation in the From display name ("Östersunds kommun Driftcentralen").
    func fromDisplayOrganisation(kind: Organisation.Kind?) -> Organisation? {
        guard let name = message.from?.displayName else { return nil }
        var local: [Token] = []
        _ = Tokenizer.tokenize(name, role: .signature, firstSentence: 0, into: &local)
        let finder = OwnerFinder(tokens: local, message: message)
        for i in local.indices {
            if let (organisation, _) = finder.organisation(startingAt: i), kind == nil || organisation.kind == kind { return organisation }
        }
        return nil
    }

    /// A signature line that spells the sender's mail domain ("Vasakronan" from
    /// anna@vasakronan.se, "Ikano Bostad" from ikanobostad.se): the organisation the writer
    /// signs for, even with no legal form or organisation word in its name.
    func domainOrganisation() -> Organisation? {
        guard let domain = message.from?.domain else { return nil }
        return organisation(spelling: domain, in: message.text(roles: [.signature]).split(separator: "\n"))
    }

    /// The same for a forwarded original: the domain of its "From:" line, spelled on one of its
    /// last lines, where its writer signs.
    func forwardedDomainOrganisation() -> Organisation? {
        let lines = message.text(roles: [.forwarded]).split(separator: "\n")
        guard let from = lines.first(where: { $0.hasPrefix("From:") || $0.hasPrefix("Från:") || $0.hasPrefix("Fran:") }),
              let at = from.lastIndex(of: "@") else { return nil }
        let domain = from[from.index(after: at)...].prefix { $0 != ">" && $0 != " " && $0 != "]" }
        return organisation(spelling: String(domain), in: Array(lines.suffix(3)))
    }

    /// A reminder over the writer's own quoted report: the sender's domain, spelled on one of
    /// the quote's last lines.
    func quotedDomainOrganisation() -> Organisation? {
        guard let domain = message.from?.domain else { return nil }
        let lines = message.text(roles: [.quoted]).split(separator: "\n").map { $0.drop { $0 == ">" || $0 == " " } }.filter { !$0.isEmpty }
        return organisation(spelling: domain, in: Array(lines.suffix(3)))
    }

    private func organisation(spelling domain: String, in lines: [Substring]) -> Organisation? {
        guard let label = domain.lowercased().split(separator: ".").first.map(String.init),
              label.count >= 4, !Self.mailProviders.contains(label) else { return nil }
        // "lanstrafiken-nord.example" spells "Länstrafiken Nord": a hyphen stands for the space.
        let foldedLabel = String(TextFolding.fold(label).filter { $0 != "-" })
        let length = foldedLabel.utf8.count
        // "Malin Öberg, Tandvårdshuset": the name may share its line with the writer's, after a separator.
        // Only lines with a separator's character are split (most signature lines have none).
        let parts: [Substring] = lines.flatMap { line -> [Substring] in
            guard line.utf8.contains(where: { $0 == 44 || $0 == 124 || $0 == 47 || $0 == 45 || $0 == 0xE2 }) else { return [line] }
            return [line] + Self.signatureSeparators.flatMap { line.piecesSeparated(by: $0).dropFirst() }
        }
        for line in parts {
            // Folding keeps at least a third of a letter's bytes and at most doubles them (a
            // lower-cased "İ"): most lines are dismissed by their length before being split.
            let letters = line.utf8.count - line.utf8.reduce(0) { $0 + ($1 == 32 ? 1 : 0) }
            guard 2 * letters >= length, letters <= 3 * length else { continue }
            let words = line.split(separator: " ").filter { !$0.isEmpty }
            // Capitalised as a name, or all in lower case as a phone writes it ("malin öberg, tandhuset").
            guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) || words.allSatisfy({ $0.first?.isLowercase == true }) else { continue }
            if TextFolding.fold(words.joined()) == foldedLabel { return Organisation(name: words.joined(separator: " "), kind: .other) }
        }
        return nil
    }

    /// "Olof Berg / ICA Kvantum Flygfyren": the line under the writer's name that names what
    /// they sign for, when it has no legal form or organisation word to be recognised by. Job
    /// titles ("Store Manager", "Teknisk Förvaltare"), addresses, phone lines and towns with
    /// their country ("Halmstad, Sverige") are passed over.
    func signatureOrganisationLine(in role: TextBlock.Role = .signature) -> Organisation? {
        // Quote markers ("> ") are no part of the text.
        var lines = message.text(roles: [role]).split(separator: "\n")
            .map { String($0.drop { $0 == ">" || $0 == " " }).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
        var named: Int?
        if role != .signature {
            // A forwarded or quoted original keeps its sign-off in its text: its last lines, from
            // a bare closing, then a name line of capitalised words.
            lines = Array(lines.suffix(6))
            guard let closing = lines.lastIndex(where: Self.isBareClosing) else { return nil }
            lines = Array(lines[closing...])
            if lines.count > 1, (2...3).contains(lines[1].split(separator: " ").count),
               lines[1].split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) { named = 1 }
        } else {
            named = signatureName().flatMap { name in lines.firstIndex(where: { $0.hasSuffix(name) }) }
        }
        // "Best regards,\nFacilities team, Coop Kristianstad": a team signs without a person's
        // name; only a line that gives its title is read then, as anything could follow a closing.
        guard named != nil || lines.first.map(Self.isBareClosing) == true else { return nil }
        for whole in lines.dropFirst((named ?? 0) + 1).prefix(3) {
            let line = Self.droppingJobTitle(whole)
            // Without a name line, only "Title, Organisation": "Patrik, verkstadschef" is a name and a title.
            if named == nil, line == whole || whole.hasPrefix(line) { continue }
            let words = line.split(separator: " ")
            // One word only where a title said what it is ("Facilities team, Salabutiken").
            guard (line == whole ? 2...5 : 1...5).contains(words.count), !line.contains(where: { $0.isNumber || $0 == "@" || $0 == ":" || $0 == "," || $0 == "|" }),
                  words.allSatisfy({ $0.first?.isUppercase == true || $0 == "&" }) else { continue }
            if words.contains(where: { Self.isJobTitle(TextFolding.fold(String($0))) }) { continue }
            return Organisation(name: line, kind: .other)
        }
        return nil
    }

    /// What joins a name, a title and an organisation on one signature line.
    static let signatureSeparators = [", ", " | ", " – ", " - ", " / "]

    /// "Best regards,", "Med vänliga hälsningar": a closing line without a name on it.
    static func isBareClosing(_ line: String) -> Bool {
        let words = line.split(separator: " ").map { TextFolding.fold($0.trimmingCharacters(in: [",", ".", "!"])) }
        return (1...7).contains(words.count) && words.contains(where: CaseRestorer.closingWords.contains)
            && words.allSatisfy { CaseRestorer.closingWords.contains($0) || closingFillers.contains($0) }
    }
    /// "/" of a closing in both languages: "Med vänliga hälsningar / Best regards".
    static let closingFillers: WordSet = ["med", "many", "all", "the", "wishes", "greetings", "regards", "halsningar", "you", "again", "/"]

    /// "Kanslichef, Rya Golfklubb", "Store Manager | Coop Forum Lund", "Rya Golfklubb – kanslichef":
    /// a signature line that gives the writer's title and what they sign for, joined by a comma,
    /// a bar or a dash, reads as the organisation alone. Any other line is returned as it is.
    static func droppingJobTitle(_ line: String) -> String {
        for separator in signatureSeparators {
            let parts = line.piecesSeparated(by: separator).map(String.init)
            guard parts.count == 2 else { continue }
            func isTitle(_ part: String) -> Bool {
                let words = part.split(separator: " ").map { TextFolding.fold(String($0)) }
                return (1...3).contains(words.count) && words.contains(where: isJobTitle)
            }
            let first = parts[0].trimmingASCIIWhitespace(), second = parts[1].trimmingASCIIWhitespace()
            if isTitle(first), !isTitle(second) { return second }
            if isTitle(second), !isTitle(first) { return first }
        }
        // "Butikschef Coop Bollnäs", "Driftchef Kallbadhuset": a one-word title, then the
        // organisation's name in capitals, with nothing between.
        let words = line.split(separator: " ")
        if (2...5).contains(words.count), isJobTitle(TextFolding.fold(String(words[0]))),
           words.dropFirst().allSatisfy({ $0.first?.isUppercase == true && !isJobTitle(TextFolding.fold(String($0))) }) {
            return words.dropFirst().joined(separator: " ")
        }
        return line
    }

    /// "i receptionen", "på kontoret": a place after a first name, not a surname.
    static let placeConnectors: WordSet = ["i", "pa", "vid", "at", "in"]

    static let jobTitleWords = WordSet(Vocabulary.jobTitleWords.map { TextFolding.fold($0) })
    static let jobTitleEndings = Vocabulary.jobTitleEndings.map { TextFolding.fold($0) }

    static func isJobTitle(_ folded: String) -> Bool {
        jobTitleWords.contains(folded) || jobTitleEndings.contains { folded.hasUTF8Suffix($0) }
    }

    /// Mail providers' domains say nothing of the writer's organisation.
    static let mailProviders: WordSet = ["gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "icloud", "telia",
                                             "bredband", "comhem", "spray", "bahnhof", "tele2", "passagen", "glocalnet", "home", "mail"]

    // MARK: People

    /// The writer's name: the signature's name line, else the From display name.
    func writerName() -> String? {
        // "Scandic Luleå Reception", "Kundtjänst Bostad AB": a shared mailbox's name is no person's.
        if let display = message.from?.personalName.map(Self.givenNameFirst), display.split(separator: " ").count >= 2, !display.utf8.contains(UInt8(ascii: "@")),
           !display.split(separator: " ").contains(where: { Self.isJobTitle(TextFolding.fold(String($0))) }) {
            // "Sjöberg Maria" style is kept as written; the scorer compares tokens.
            if let signatureName = signatureName(), signatureName.containsBytes(String(display.split(separator: " ").last!)) { return signatureName }
            return display
        }
        return signatureName() ?? introducedName() ?? trailingAddressName() ?? formName() ?? agreedFirstName()
    }

    /// "Berg, Anna", as company directories write a From name: the person is "Anna Berg". Not
    /// "Fastighetsservice, Region Stockholm": a half with an organisation's word is no name.
    static func givenNameFirst(_ display: String) -> String {
        let halves = display.split(separator: ",", omittingEmptySubsequences: false)
        guard halves.count == 2 else { return display }
        let surname = halves[0].split(separator: " "), given = halves[1].split(separator: " ")
        func isName(_ words: [Substring]) -> Bool {
            (1...2).contains(words.count) && words.allSatisfy { word in
                word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" }
                    && Lexicon.classes(of: TextFolding.fold(String(word))).isDisjoint(with: [.organisationWord, .municipalityWord, .legalForm, .siteType, .placeNoun])
            }
        }
        return isName(surname) && isName(given) ? (given + surname).joined(separator: " ") : display
    }

    /// "Namn: Johan Ek" in a web form's text: the person the form was filled in by, when the
    /// mail comes from the form's own address.
    func formName() -> String? {
        for line in message.text(roles: [.own]).split(separator: "\n") {
            let line = String(line).trimmingASCIIWhitespace()
            guard let colon = line.firstIndex(of: ":"), Self.nameLabels.contains(TextFolding.fold(String(line[..<colon]))) else { continue }
            let words = line[line.index(after: colon)...].split(separator: " ")
            guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } })
            else { return nil }
            return words.joined(separator: " ")
        }
        return nil
    }
    static let nameLabels = WordSet(["namn", "name", "ditt namn", "your name", "full name", "fullständigt namn"].map { TextFolding.fold($0) })

    /// "Mvh Kalle" from "Kalle <kalle99@…>": a first name alone, when the From name and the
    /// signature's closing agree on it, is all the name the writer gives.
    func agreedFirstName() -> String? {
        guard let display = message.from?.personalName, !display.isEmpty, !display.utf8.contains(32),
              !display.utf8.contains(UInt8(ascii: "@")), display.first?.isUppercase == true, display.count >= 2,
              !Self.isJobTitle(TextFolding.fold(display)),
              let first = message.text(roles: [.signature]).split(separator: "\n").first.map({ String($0).trimmingASCIIWhitespace() })
        else { return nil }
        let closing = TextSegmenter.closingName(first, writerWords: message.writerWords)
        // "/Maria", "//Maria": the closing marks of a text typed on a phone.
        let unmarked = first.drop { $0 == "/" || $0 == "-" || $0 == " " }
        // Compared folded: a writer who types without capitals signs "marie" under "Marie".
        let agreed = TextFolding.fold(display)
        return closing.map { TextFolding.fold($0) } == agreed || TextFolding.fold(String(unmarked)) == agreed ? display : nil
    }

    /// "… serial ZAP077812. Per Nyström": a phone writer's name after the last sentence, with
    /// no closing word, taken only when its words spell the sender's address (per.nystrom@…).
    func trailingAddressName() -> String? {
        let addressWords = Set(message.writerWords.map { TextFolding.fold($0) })
        guard addressWords.count >= 2,
              let last = message.text(roles: [.own]).split(separator: "\n").last(where: { $0.contains { !$0.isWhitespace } }) else { return nil }
        let tail = last.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }).map { last[last.index(after: $0)...] } ?? last
        let words = tail.split(separator: " ").map { $0.trimmingCharacters(in: [",", "/", "-"]) }.filter { !$0.isEmpty }
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && addressWords.contains(TextFolding.fold($0)) })
        else { return nil }
        return words.joined(separator: " ")
    }

    /// "Jag heter Anna Berg", "My name is Anna Berg": the writer names themself in the text.
    func introducedName() -> String? {
        for hit in Self.introductions.matches(in: tokens, where: { $0 == .own }) where hit.end < tokens.count {
            if let name = personName(startingAt: hit.end, sentence: tokens[hit.end].sentence) { return name }
        }
        return nil
    }
    static let introductions = PhraseMatcher(["jag heter", "mitt namn är", "my name is", "my name's"].map { ($0, ()) })

    /// The sender of a forwarded original, from its "Från:"/"From:" line ("Från: Maria Sjöberg <maria@…>").
    func forwardedWriterName() -> String? {
        let lines = message.text(roles: [.forwarded]).split(separator: "\n")
        for line in lines {
            let line = String(line).trimmingASCIIWhitespace()
            guard line.hasPrefix("Från:") || line.hasPrefix("From:") || line.hasPrefix("Fran:") else { continue }
            var name = line.dropFirst(5)
            if let angle = name.firstIndex(of: "<") { name = name[..<angle] }
            let words = name.split(separator: " ").map { $0.trimmingCharacters(in: ["\"", "'", ","]) }.filter { !$0.isEmpty }
            if (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || $0 == "&" }) { return words.joined(separator: " ") }
            break
        }
        // The header gave only an address or a first name.
        return closingName(onLastLineOf: lines)
    }

    /// "… varje gång. Mvh Anna Lind": a writer who closes on the last line of their text, which
    /// a forward or a quote keeps whole, names themself there.
    func closingName(onLastLineOf lines: [Substring]) -> String? {
        // Quote markers ("> ") are no part of the text.
        var unquoted = lines.map { $0.drop { $0 == ">" || $0 == " " } }.filter { $0.contains { !$0.isWhitespace } }
        // "> Maria Sjöberg\n> Lönnvägen 3, Nykvarn": an address or telephone line under the name.
        for _ in 0..<2 where unquoted.count >= 2 && Self.isAddressOrPhoneLine(unquoted[unquoted.count - 1]) { unquoted.removeLast() }
        guard let last = unquoted.last else { return nil }
        // Words without the punctuation that ends them ("Mvh,", "Ström.").
        let words = last.split(separator: " ").map { word -> String in
            var word = word
            while let end = word.last, end == "," || end == "." || end == "!" { word = word.dropLast() }
            return String(word)
        }
        guard let closing = words.lastIndex(where: { CaseRestorer.closingWords.contains(TextFolding.fold($0)) }) else {
            // "> Det är min egen laddare.\n> Britt Johansson": the writer's first name and a
            // surname under a finished sentence, as the segmenter reads the writer's own text.
            let lastIndex = unquoted.lastIndex(where: { $0.contains { !$0.isWhitespace } })!
            guard lastIndex > 0, let end = unquoted[lastIndex - 1].last(where: { !$0.isWhitespace }), end == "." || end == "!" || end == "?" else { return nil }
            let line = String(last).trimmingASCIIWhitespace()
            return TextSegmenter.signsWithFirstName(line, writerWords: message.writerWords) ? line : nil
        }
        let name = words[(closing + 1)...].filter { !$0.isEmpty }
        guard (2...5).contains(name.count), name.first?.first?.isUppercase == true, name.last?.first?.isUppercase == true,
              name.allSatisfy({ $0.first?.isUppercase == true || Self.nameJoiners.contains($0) }),
              !name.contains(where: { Self.isJobTitle(TextFolding.fold($0)) || Self.placeConnectors.contains(TextFolding.fold($0)) }) else { return nil }
        return name.joined(separator: " ")
    }

    /// A short line with a number and no sentence's end: "Lönnvägen 3, Nykvarn", "070-123 45 67".
    static func isAddressOrPhoneLine(_ line: Substring) -> Bool {
        let trimmed = String(line).trimmingASCIIWhitespace()
        guard let end = trimmed.last, end != ".", end != "!", end != "?", end != ":" else { return false }
        return trimmed.contains(where: { $0.isNumber }) && trimmed.split(separator: " ").count <= 6
    }

    /// Words that join two people's names in a closing: "Fredrik och Lena Ström".
    static let nameJoiners: WordSet = ["och", "&", "and"]

    func signatureName() -> String? {
        let lines = message.text(roles: [.signature]).split(separator: "\n").map { String($0).trimmingASCIIWhitespace() }
        // "Mvh Eva Nord": the name on the closing line itself.
        let writerWords = message.writerWords
        let closingName = lines.first.flatMap { TextSegmenter.closingName($0, writerWords: writerWords) }
        // "Hälsningar, Frida i receptionen" names a desk, not a person, in capitals or not.
        if let closingName, closingName.utf8.contains(32),
           !closingName.split(separator: " ").contains(where: { Self.isJobTitle(TextFolding.fold(String($0))) || Self.placeConnectors.contains(TextFolding.fold(String($0))) }) {
            return closingName
        }
        // The first line is the closing ("Mvh", "Mvh Tom") unless the signature is a bare name ("Tina Holm").
        let first = closingName == nil && lines.first.map { TextSegmenter.isBareName($0, writerWords: writerWords) } == true ? 0 : 1
        for line in lines.dropFirst(first) where !line.isEmpty {
            let words = line.split(separator: " ")
            // "Butikschef, Hemköp Tibro" under a first name: a title and an organisation, no name.
            if let first = words.first, first.hasSuffix(","), Self.isJobTitle(TextFolding.fold(first.dropLast())) { continue }
            // "Karl-Johan af Ekström", "Anna van der Berg": a name's particles are lower case.
            if (2...5).contains(words.count), words.first?.first?.isUppercase == true, words.last?.first?.isUppercase == true,
               words.allSatisfy({ $0.first?.isUppercase == true || $0 == "&" || Self.nameParticles.contains(String($0)) }) { return line }
        }
        return restoredSignatureName()
    }

    /// A name line of a signature written without capitals, as `CaseRestorer` marked it:
    /// every word of the line capitalised by the rules, not by the writer.
    func restoredSignatureName() -> String? {
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].kind != .lineBreak { end += 1 }
            let line = start..<end
            if tokens[start].role == .signature, (2...3).contains(line.count),
               line.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
               line.contains(where: { tokens[$0].text.utf8.first.map { $0 >= 97 && $0 <= 122 || $0 >= 0xC3 } ?? false }) {
                return text(line)
            }
            start = end + 1
        }
        return nil
    }

    // MARK: Helpers

    func text(_ range: Range<Int>) -> String { tokens.text(range) }
    func sentence(_ index: Int) -> String { tokens.sentence(around: index) }
}
