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
                                       + Vocabulary.ownerBefore.map { ($0, Phrase.ownerBefore) } + Vocabulary.ownerAfter.map { ($0, Phrase.ownerAfter) },
                                       tolerant: true)
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
        var hits = Self.phrases.matches(in: tokens) + brandCompounds() + predicateOurs() + installedForUs() + partOfOurs() + oneWeHave() + weInAssociation() + chargerAtOurPremises()
        hits += countedOwnership(hits)
        if let explicit = explicitStatement(hits) ?? theirCharger(hits) ?? chargerAtRelatives(hits) ?? installedForCustomer() ?? namedGenitive(hits)
            ?? ownerNamedBeside() { return explicit }
        let elliptical = ellipticalPossessiveHits()
        func cues(_ accept: (Token.Role) -> Bool) -> [PhraseMatcher<Phrase>.Hit] {
            (hits.filter { $0.value == .cue && accept(tokens[$0.start].role) }
                + possessiveHits(hits.filter { $0.value == .ownedThing && accept(tokens[$0.start].role) })
                + haveHits(hits.filter { $0.value == .ownedThing && accept(tokens[$0.start].role) })
                + weOwnHits(hits.filter { $0.value == .ownerBefore && accept(tokens[$0.start].role) })
                + elliptical.filter { accept(tokens[$0.start].role) })
            .filter { !isNegated($0) && !(isDwelling($0) && (writerRents || writerGivesFlatNumber)) && !isOurSide($0) && !standsAtRelatives($0)
                && !premisesBesideAnother($0) }
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
            || cueText.hasPrefix("ar kommunens") || cueText.hasPrefix("ar stadens") || cueText.hasPrefix("is the municipality's") || cueText.hasPrefix("is the council's") {
            if let municipality = named(in: [.own, .signature, .forwarded, .subject] + (fromQuote ? [.quoted] : []))
                .first(where: { $0.kind == .municipality })
                ?? fromDisplayOrganisation(kind: .municipality) {
                return (municipality.name, Evidence(field: .owner, rule: "owner.municipality", excerpt: evidenceText, confidence: 0.8))
            }
            // "Laddaren vid idrottshallen är kommunens, men det är vi i Skövde IBK som använder den":
            // the municipality's, which the mail does not name; the club or firm the writer speaks
            // for is not it.
            if cueText.hasPrefix("ar ") || cueText.hasPrefix("is ") { return nil }
        }
        if let owned = namedAfterWeOwn(cue) {
            // "Vi äger och driver Camping Havsbadet … Havsbadets Camping AB": the company the
            // writer signs for, by the place's own name, is the owner's legal name.
            let signed = found.first { $0.role == .signature && $0.organisation.kind == .company && Self.shareDistinctiveWord($0.organisation.name, owned) }
            return (signed?.organisation.name ?? owned, Evidence(field: .owner, rule: "owner.we-own-named", excerpt: evidenceText, confidence: 0.75))
        }
        let isPrivate = cueText.hasPrefix("min ") || cueText.hasPrefix("mitt ") || cueText.hasPrefix("mina ") || cueText.hasPrefix("my ") || cueText.containsBytes("home") || cueText.containsBytes("hemma") || cueText.containsBytes("ours")
            || cueText.hasSuffix(" egen") || cueText.hasSuffix(" eget") || cueText.hasSuffix(" mig") || cueText.hasSuffix(" me") || (cueText.hasSuffix(" own") && !cueText.hasPrefix("we ")) || cueText.hasSuffix(" min") || cueText.hasSuffix(" mitt")
            || cueText.containsBytes("mine") || cueText.containsBytes("foljde med") || cueText.containsBytes("came with") || cueText.containsBytes("i kopet")
            || cueText.hasPrefix("kopt") || cueText.hasPrefix("bought") || cueText.hasPrefix("ta med ") || cueText.hasPrefix("take the ")
            || cueText.hasPrefix("hemma hos mig") || cueText.hasPrefix("jag ") || cueText.hasPrefix("i ") || cueText.hasPrefix("i'm ") || cueText.hasPrefix("som jag ")
            || cueText.containsBytes(" jag har") || cueText.containsBytes(" i have") || cueText.containsBytes(" i've")
            // "jag vill säga upp avtalet": the agreement's holder is the writer themselves.
            || (cueText.hasPrefix("vill ") && cue.start > 0 && tokens[cue.start - 1].folded == "jag")
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
                // "vår laddare vid Ridklubben Hästhagen … Ordförande, Finspångs Ryttarförening": the
                // name after the cue is where the charger stands; the one the writer signs with owns it.
                if organisation.kind == .other, cue.end + 1 < tokens.count, tokens[cue.end].is(.preposition),
                   found.contains(where: { $0.start == cue.end + 1 && $0.organisation.name == organisation.name }),
                   let signer = found.first(where: { entry in
                       signingRoles.contains(entry.role) && entry.start > cue.end + 1 && entry.organisation.name != organisation.name
                           && entry.organisation.kind != .brf && isSigningLine(entry.start)
                   }) {
                    return signer.organisation
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
        // "this is about my own charger at home": a home is a household's, whatever company the
        // writer signs for at work.
        // "My Wallbox at home (WB…)", "min laddbox hemma": the home may follow the cue.
        let homeAfter = (cue.end..<min(cue.end + 2, tokens.count)).contains { tokens[$0].folded == "home" || tokens[$0].folded == "hemma" }
        let atHome = isPrivate && (cueText.containsBytes("home") || cueText.containsBytes("hemma") || homeAfter)
        if let organisation = writersOrganisation() {
            if !isPrivate || (organisation.kind == .company && !atHome) {
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
        // "Vi har laddstolpar från er på folkhögskolan i Vindeln": chargers at a public place or a
        // workplace, not a household's, whoever writes.
        if !isPrivate, standsAtCommonPlace(cue) || chargersStandAtCommonPlace() { return nil }
        // "Jag har laddplats 2 i Tornet 4": a numbered bay is one of a shared garage's; the
        // writer has its use, and the charger is the association's, named or not.
        if cue.end < tokens.count, tokens[cue.end].kind == .number, tokens[cue.end - 1].folded.hasPrefix("laddplats") { return nil }
        // "Laddboxen på min parkeringsplats", "the charger at my parking space": a space the writer
        // has in a shared car park, whose charger is not theirs for having it.
        if isPrivate, isParkingSpace(cue.end - 1) { return nil }
        if isPrivate || cueText.hasPrefix("our") || cueText.hasPrefix("var") || cueText.hasPrefix("vi ") || cueText.hasPrefix("we ") || cueText.hasPrefix("vill ")
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

    /// The cue's sentence puts the charger at a common kind of place ("på folkhögskolan", "at the
    /// campsite") that is no home: a house, its garage, yard or farm stay a household's.
    func standsAtCommonPlace(_ cue: PhraseMatcher<Phrase>.Hit) -> Bool {
        // The first place after the cue: "hos oss på Ekhagens gård, i maskinhallen" is a named home's.
        let sentence = tokens[cue.start].sentence
        var k = cue.end
        while k + 1 < tokens.count, tokens[k].sentence == sentence, !tokens[k].is(.preposition) { k += 1 }
        guard k + 1 < tokens.count, tokens[k].sentence == sentence, tokens[k].is(.preposition) else { return false }
        let next = tokens[k + 1]
        return next.kind == .word && !next.isCapitalized && (next.is(.placeNoun) || LocationFinder.endsInPlaceNoun(next.folded))
            && !Self.homePlaceNouns.contains(where: { next.folded.hasUTF8Suffix($0) })
    }
    /// "Laddboxarna på personalparkeringen vid Vårdcentralen Bergsjön … Vi har avtal med er": a
    /// sentence of the writer's own that puts several chargers at a public place or a workplace
    /// (one charger "på torget" may still be a shopkeeper's own).
    func chargersStandAtCommonPlace() -> Bool {
        tokens.withUnsafeBufferPointer { tokens in
            // A preposition and a common place first (class bits), then the sentence's words.
            for k in tokens.indices.dropLast() where tokens[k].is(.preposition) && (tokens[k].role == .own || tokens[k].role == .subject) {
                let next = tokens[k + 1]
                guard next.kind == .word, next.is(.placeNoun) || LocationFinder.endsInPlaceNoun(next.folded),
                      !Self.homePlaceNouns.contains(where: { next.folded.hasUTF8Suffix($0) }) else { continue }
                let sentence = tokens[k].sentence
                var i = k
                while i > 0, tokens[i - 1].sentence == sentence { i -= 1 }
                while i < tokens.count, tokens[i].sentence == sentence {
                    if tokens[i].kind == .word, Self.isPluralCharger(tokens[i].folded) { return true }
                    i += 1
                }
            }
            return false
        }
    }

    /// "laddboxarna", "laddstolpar", "chargers": several chargers, which a household seldom has.
    static func isPluralCharger(_ folded: String) -> Bool {
        guard folded.hasUTF8Suffix("arna") || folded.hasUTF8Suffix("erna") || folded.hasUTF8Suffix("boxar") || folded.hasUTF8Suffix("stolpar")
            || folded.hasUTF8Suffix("punkter") || folded.hasUTF8Suffix("chargers") || folded.hasUTF8Suffix("wallboxes") else { return false }
        return LocationFinder.chargerStems.contains(where: { folded.hasPrefix($0) })
    }

    static let homePlaceNouns = ["hus", "huset", "garage", "garaget", "gård", "gården", "parkering", "parkeringen", "lantbruk", "lantbruket",
                                 "yard", "parking", "farm", "house"].map { TextFolding.fold($0) }

    /// Two names of one organisation share a word of their own ("Golfklubben Ängsö", "Ängsö Golfklubb").
    /// Whether two names share a word that is neither a kind of place nor a legal form, in
    /// the nominative or the genitive ("Camping Havsbadet", "Havsbadets Camping AB").
    static func shareDistinctiveWord(_ a: String, _ b: String) -> Bool {
        func words(_ name: String) -> Set<String> {
            Set(TextFolding.fold(name).split(separator: " ").compactMap { word -> String? in
                let word = String(word)
                guard word.utf8.count >= 4,
                      Lexicon.classes(of: word).isDisjoint(with: [.siteType, .placeNoun, .legalForm, .organisationWord, .municipalityWord]) else { return nil }
                return word.hasSuffix("s") ? String(word.dropLast()) : word
            })
        }
        return !words(a).isDisjoint(with: words(b))
    }

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
        // "Vi har en laddare på Dalarövägen 2 i Haninge (ICA Maxi) … Anders, butikschef": what "we"
        // have is the site's when the writer signs with a post there; "we own two chargers at
        // Folkets Hus" from anyone else may be a household's or a club's at a venue.
        let weHave = ((cue.start > 0 && tokens[cue.start].is(.haveVerb) && Self.weWords.contains(tokens[cue.start - 1]))
            || (cue.start + 1 < cue.end && Self.weWords.contains(tokens[cue.start]) && tokens[cue.start + 1].is(.haveVerb)))
            && tokens.contains(where: { $0.role == .signature && $0.kind == .word && Self.isJobTitle($0.folded) })
        guard atOurs || weHave || (tokens[cue.start].is(.possessive) && ["var", "vara", "vart", "vårat", "our"].contains(tokens[cue.start].folded)),
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
    /// `ofRelative`: the thing is a relation ("Per Lindqvists dotter"), not a charger or a home.
    func personGenitive(before thing: Int, ofRelative: Bool = false) -> String? {
        // Two capitalised words first: a flag test rules out nearly every thing, before any text is read.
        guard tokens[thing - 2].isCapitalized, tokens[thing - 1].isCapitalized else { return nil }
        let first = tokens[thing - 2], surname = tokens[thing - 1]
        guard ofRelative ? Self.relativeNouns.contains(tokens[thing]) : Self.personalThingStems.contains(where: { tokens[thing].folded.hasPrefix($0) }),
              tokens[thing].spaceBefore,
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
                                    "daughter", "brother", "sister", "husband", "wife", "partner", "grandfather", "grandmother",
                                    // In-laws and the wider family: "min svärfar Per-Erik Lindholm … hans laddare".
                                    "svärfar", "svärmor", "svåger", "svägerska", "svärson", "svärdotter", "farbror", "morbror", "faster", "moster",
                                    "father-in-law", "mother-in-law", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law",
                                    "uncle", "aunt",
                                    // A spouse or partner: "min fru Maria Åkesson … hennes laddbox".
                                    "fru", "hustru", "man", "frun", "maken", "flickvän", "pojkvän", "girlfriend", "boyfriend", "fiancé", "fiancée"]
        .map { TextFolding.fold($0) })
    static let relativeGenitives = WordSet(["pappas", "mammas", "fars", "mors", "farfars", "farmors", "morfars", "mormors", "grannes", "sons",
                                        "dotters", "brors", "systers", "makes", "makas", "sambos", "föräldrars", "dad's", "mum's", "mom's",
                                        "father's", "mother's", "neighbour's", "neighbor's", "daughter's", "brother's", "sister's",
                                        "husband's", "wife's", "parents'", "grandfather's", "grandmother's",
                                        "svärfars", "svärmors", "svågers", "svägerskas", "svärsons", "svärdotters", "farbrors", "morbrors",
                                        "fasters", "mosters", "svärföräldrars", "father-in-law's", "mother-in-law's", "uncle's", "aunt's",
                                        "frus", "hustrus", "mans", "fruns", "makens", "flickväns", "pojkväns", "girlfriend's", "boyfriend's"]
        .map { TextFolding.fold($0) })
    static let namingWords: WordSet = ["heter", "named", "called"]
    static let relativeGenitiveKeys = KeyFilter(keys: relativeGenitives.map { Token.key(of: $0) })

    /// Asked of the words before every owned thing: the key test spares hashing nearly all.
    func isRelativeGenitive(_ index: Int) -> Bool {
        Self.relativeGenitiveKeys.mayContain(tokens[index].key) && Self.relativeGenitives.contains(tokens[index])
    }

    /// Lower-case words inside a person's name.
    static let nameParticles: WordSet = ["af", "av", "von", "van", "der", "den", "de", "la", "le", "du", "di", "da", "del", "dos"]

    static let ownVerbs: WordSet = ["ager", "owns", "own"]
    /// A parking space by its word: "parkeringsplatsen", "p-plats", "parking space", "parking spot".
    func isParkingSpace(_ index: Int) -> Bool {
        let folded = tokens[index].folded
        if folded.hasPrefix("parkeringsplats") || folded.hasPrefix("p-plats") { return true }
        return folded == "parking" && index + 1 < tokens.count && ["space", "spot", "bay"].contains(tokens[index + 1].folded)
    }

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

    /// The name at `start` is a line of its own, or one after a job title: "Ordförande,
    /// Finspångs Ryttarförening", as a closing signs.
    func isSigningLine(_ start: Int) -> Bool {
        var k = start - 1
        var words = 0
        while k >= 0, tokens[k].kind != .lineBreak {
            if tokens[k].kind == .word {
                words += 1
                guard words <= 2, Self.isJobTitle(tokens[k].folded) else { return false }
            }
            k -= 1
        }
        return true
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
                                     "fastighetsägare", "fastighetsägaren", "municipality", "kommunen", "församlingen", "parish", "samfälligheten",
                                     // "Laddboxen tillhör min arbetsgivare, Berg & Söner AB, men sitter hemma hos mig".
                                     "arbetsgivare", "arbetsgivaren", "employer"].map { TextFolding.fold($0) })

    // MARK: Helpers

    func text(_ range: Range<Int>) -> String { tokens.text(range) }
    func sentence(_ index: Int) -> String { tokens.sentence(around: index) }
}
