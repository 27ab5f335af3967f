import Mail

/// Explicit statements of ownership: "Anläggningens ägare är X", "X, who own the garage",
/// "the owner of the charger at … is X"; trusted before any cue.
extension OwnerFinder {
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
            // "my mother, Lena Ström, who has a KEBA charger": a person's full name, then the
            // relative clause after its comma.
            if end == hit.start - 1, tokens[end].text == ",", let name = nameRun(endingAt: end), name.utf8.contains(UInt8(ascii: " ")) {
                return (name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.75))
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
        if let found = predicateGenitive() { return found }
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
            // "som Arvika kommun äger": a municipality's or association's lower-case last word too.
            while start > 0, v - start < 4, tokens[start - 1].kind == .word,
                  tokens[start - 1].isCapitalized || (start == v && (isMunicipalityWord(start - 1) || isAssociationWord(start - 1))),
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
                  tokens[possessive].sentence == tokens[hit.start].sentence,
                  // "Jag är Per Lindqvists dotter och hjälper honom med hans laddbox": or whose relative the writer is.
                  let name = personNamed(before: possessive) ?? relativesPersonGenitive(before: possessive) else { continue }
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
            // "det gör Exempel AB:s laddare också": another charger the writer compares theirs with.
            if hit.end < tokens.count, Self.alsoWords.contains(tokens[hit.end]) { continue }
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
        // "Region Västerbotten har avtal med er för laddboxarna …": the organisation that holds
        // the support agreement signs for the chargers it covers. "Jag skriver för Uddevalla
        // Hamnterminal AB:s räkning", "å Brf Tornets vägnar": whom the writer acts for, in the
        // genitive, as "on behalf of X" names them. One pass over the keys finds both.
        let (agreementVerbs, actingFor) = tokens.withUnsafeBufferPointer { tokens -> ([Int], [Int]) in
            var verbs: [Int] = [], acts: [Int] = []
            for v in tokens.indices where v >= 1 {
                let key = tokens[v].key
                if key == Self.harKey || key == Self.hasKey { verbs.append(v) }
                else if v >= 2, key == Self.rakningKey || key == Self.vagnarKey { acts.append(v) }
            }
            return (verbs, acts)
        }
        for v in agreementVerbs where (tokens[v].folded == "har" || tokens[v].folded == "has") && inCase(tokens[v]) {
            var a = v + 1
            if a < tokens.count, Self.agreementArticles.contains(tokens[a]) { a += 1 }
            // "has a service agreement with you": the kind of agreement in a word of its own.
            if a + 1 < tokens.count, Self.agreementKinds.contains(tokens[a]), Self.agreementNouns.contains(tokens[a + 1]) { a += 1 }
            guard a < tokens.count, Self.agreementNouns.contains(tokens[a]) else { continue }
            // "har serviceavtal SLA-2024-0922 med er", "har avtal (nr 4471) med er": the agreement's
            // number may stand between it and whom it is with.
            var w = a + 1
            while w < min(a + 5, tokens.count), tokens[w].kind != .lineBreak, Self.isAgreementNumberPart(tokens[w]) { w += 1 }
            guard w + 1 < tokens.count, Self.withWords.contains(tokens[w]), Self.youWords.contains(tokens[w + 1]),
                  let organisation = organisation(endingAt: v) else { continue }
            return (organisation.name, Evidence(field: .owner, rule: "owner.agreement-holder", excerpt: sentence(v), confidence: 0.75))
        }
        for v in actingFor where (tokens[v].folded == "rakning" || tokens[v].folded == "vagnar") && inCase(tokens[v]) {
            let genitive = v - 1
            let folded = tokens[genitive].folded
            guard tokens[genitive].isCapitalized || tokens[genitive].is(.legalForm), folded.hasSuffix("s") else { continue }
            var start = genitive
            while start > 0, genitive - start < 5, tokens[start - 1].sentence == tokens[v].sentence,
                  tokens[start - 1].isCapitalized || tokens[start - 1].text == "&" || tokens[start - 1].folded == "i",
                  !tokens[start - 1].is(.notPlace) { start -= 1 }
            guard start > 0, Self.actForWords.contains(tokens[start - 1]), tokens[start].isCapitalized else { continue }
            let last = tokens[genitive].text
            let nominative = Self.nominative(ofGenitive: last)
            let name = (start < genitive ? text(start..<genitive) + " " : "") + nominative
            return (name, Evidence(field: .owner, rule: "owner.on-behalf", excerpt: sentence(v), confidence: 0.7))
        }
        for hit in hits where hit.value == .ownerAfter && inCase(tokens[hit.start]) {
            // "The previous owner, Anders Björklund, told us …", "förra ägaren": who owned it
            // before the writer, not who owns it now.
            if hit.start > 0, Self.formerWords.contains(tokens[hit.start - 1]) { continue }
            // "på uppdrag av ägaren, Åkeri Lindh & Son AB": the owner in apposition, after a comma;
            // bare "ägaren" is mostly a person the text speaks of ("ägaren vill veta").
            if hit.end - hit.start == 1, tokens[hit.start].folded == "agaren", hit.end >= tokens.count || tokens[hit.end].text != "," { continue }
            // "My mother is Karin Sjöberg, the owner.": the name, then what they are, and no more.
            if hit.start >= 2, tokens[hit.start - 1].text == ",", Self.ownerAppositions.contains(tokens[hit.start..<hit.end].map(\.folded).joined(separator: " ")),
               hit.end >= tokens.count || tokens[hit.end].kind == .punctuation || tokens[hit.end].kind == .lineBreak,
               let name = organisation(endingAt: hit.start - 1)?.name ?? nameRun(endingAt: hit.start - 1) {
                return (name, Evidence(field: .owner, rule: "owner.explicit", excerpt: sentence(hit.start), confidence: 0.8))
            }
            var start = hit.end
            while start < tokens.count, tokens[start].kind == .punctuation || tokens[start].is(.ownerArticle) { start += 1 }
            let kind = start
            // "belongs to our company, Exempel AB": the kind of owner, then its name in apposition.
            // "ägs av fastighetsbolaget, Fastighets AB Tandläkaren": a compound of the kind too.
            // "owned by the municipality (Karlstads kommun)": the name in parentheses too.
            if start + 2 < tokens.count, Self.ownerKindNouns.contains(tokens[start]) || Self.businessKindNouns.contains(tokens[start])
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
            // "tillhör kommunen, avtal SLA-…": no name in apposition after all; the kind alone.
            if start < tokens.count, tokens[start].kind == .word,
               let name = namedOrganisation(for: tokens[start].text) ?? (kind < start ? namedOrganisation(for: tokens[kind].text) : nil) {
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

    static let rakningKey = Token.key(of: "rakning")
    static let vagnarKey = Token.key(of: "vagnar")
    static let actForWords: WordSet = ["for", "a", "pa"]
    static let alsoWords: WordSet = ["ocksa", "too", "likasa", "aven"]
    static let harKey = Token.key(of: "har")
    static let hasKey = Token.key(of: "has")
    static let agreementArticles: WordSet = ["ett", "an", "a"]
    static let agreementNouns: WordSet = ["avtal", "serviceavtal", "supportavtal", "sla", "agreement", "contract"]
    static let youWords: WordSet = ["er", "you"]
    static let agreementKinds: WordSet = ["service", "support"]
    static let agreementNumberWords: WordSet = ["nr", "nummer", "number", "no"]

    /// A token of an agreement's number as written after it: "SLA-2024-0922", "(nr 4471)".
    static func isAgreementNumberPart(_ token: Token) -> Bool {
        if token.kind == .number || agreementNumberWords.contains(token) { return true }
        if token.kind == .word { return token.text.utf8.contains { $0 >= 48 && $0 <= 57 } }
        return token.kind == .punctuation && (token.text == "(" || token.text == ")" || token.text == ":" || token.text == "#")
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
        if folded == "kommuns" || folded == "stads" || folded == "forsamlings", tokens[k - 1].kind == .word,
           tokens[k - 1].isCapitalized || (tokens[k - 1].folded.utf8.count >= 3 && tokens[k - 1].classes.isDisjoint(with: CaseRestorer.notName)) {
            return text((k - 1)..<k) + " " + nominative
        }
        // "Region Skånes", "Region Västra Götalands".
        for start in [k - 1, k - 2] where start >= 0 && tokens[start].key == Self.regionKey && tokens[start].folded == "region" {
            guard (start + 1...k).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { continue }
            return text(start..<k) + (start < k ? " " : "") + nominative
        }
        // "Taxi Mälardalen AB:s laddare": a company's legal form takes the genitive after a colon.
        if folded.hasSuffix(":s"), tokens[k].isCapitalized, Lexicon.classes(of: String(folded.dropLast(2))).contains(.legalForm) {
            var start = k
            // "Vildmarksparken i Älvdalen AB:s": a town inside the name, after a capitalised word.
            while start > 0, k - start < 5, tokens[start - 1].kind == .word, tokens[start].spaceBefore,
                  tokens[start - 1].isCapitalized || (tokens[start - 1].folded == "i" && start >= 2 && tokens[start - 2].isCapitalized && start < k),
                  tokens[start - 1].sentence == tokens[k].sentence, !tokens[start - 1].is(.notPlace) { start -= 1 }
            if start < k { return text(start..<k) + " " + genitive.dropLast(2) }
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
    /// "belong to the shop, Matkassen Tornby AB": a kind of business, then its name in
    /// apposition after "belongs to", as after "the company".
    static let businessKindNouns = WordSet(["shop", "store", "hotel", "club", "school", "butiken", "affären", "hotellet", "klubben", "skolan"]
        .map { TextFolding.fold($0) })

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
                // "för min sambo Maria Holmbergs räkning. Hennes laddbox …": named in the genitive
                // of whom the writer acts for, she is Maria Holmberg.
                let after = k + name.split(separator: " ").count
                if after < tokens.count, tokens[after].key == Self.rakningKey || tokens[after].key == Self.vagnarKey || tokens[after].folded == "behalf" {
                    return Self.nominative(ofGenitive: name)
                }
                return name
            }
            k -= 1
        }
        return nil
    }

    /// "Maria Holmbergs", "Maria Holmberg's", "AB:s" without their genitive ending.
    static func nominative(ofGenitive name: String) -> String {
        guard let last = name.last, last == "s" || last == "S" else { return name }
        let before = name.dropLast().last
        return before == ":" || before == "'" || before == "’" ? String(name.dropLast(2)) : String(name.dropLast())
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

    /// "Laddboxarna i garaget är Brf Tallkottens.", "laddaren vid församlingshemmet är Tierps
    /// församlings och den är strömlös": whose the charger is, as a genitive after "är" that ends
    /// its clause, in a sentence about a charger. Not "det är Brf Tallkottens garage", where a
    /// noun follows, nor "jag är Brf Tallkottens ordförande".
    /// "Jag är Per Lindqvists dotter och hjälper honom": the person named in the genitive before
    /// a relation, earlier in the sentence that holds `index`.
    func relativesPersonGenitive(before index: Int) -> String? {
        guard index >= 3 else { return nil }
        let clause = tokens[index].sentence
        return (max(2, index - 10)..<index).lazy.filter { self.tokens[$0].sentence == clause }
            .compactMap { self.personGenitive(before: $0, ofRelative: true) }.first
    }

    func predicateGenitive() -> (String, Evidence)? {
        // The flag test first: this asks every token.
        for v in tokens.indices where v >= 1 && v + 2 < tokens.count && tokens[v + 1].isCapitalized && tokens[v].kind == .word
            && Self.presentCopulas.contains(tokens[v]) && Self.isCaseRole(tokens[v].role) {
            let clause = tokens[v].sentence
            var end = v + 1
            while end < tokens.count, end - v <= 5, tokens[end].kind == .word, tokens[end].sentence == clause, !Self.clauseJoiners.contains(tokens[end]) { end += 1 }
            guard end < tokens.count, end - v >= 2, tokens[end].kind != .word || Self.clauseJoiners.contains(tokens[end]),
                  tokens[end].text != "-" else { continue }
            var k = v - 1
            var aboutCharger = false
            while k >= 0, tokens[k].sentence == clause, v - k <= 12 {
                let folded = tokens[k].folded
                if Self.chargerNouns.contains(tokens[k]) || Self.chargerStems.contains(where: { folded.hasPrefix($0) }) { aboutCharger = true; break }
                k -= 1
            }
            guard aboutCharger, var name = genitiveOrganisation(before: end) else { continue }
            // "är Brf Tallkottens": a BRF's name comes back as written; here its "s" is the genitive's.
            let genitive = tokens[end - 1].text
            if name.hasSuffix(genitive), genitive.count > 3, genitive.hasSuffix("s"), !genitive.hasSuffix("ss") { name.removeLast() }
            return (name, Evidence(field: .owner, rule: "owner.predicate-genitive", excerpt: sentence(v), confidence: 0.75))
        }
        return nil
    }
    static let clauseJoiners: WordSet = ["och", "men", "and", "but", "sa", "so"]
}
