import Mail

/// Chargers the writer says are someone else's: a named third party's ("deras laddare"),
/// a customer's the writer installed for, a lessor's, a relative's.
extension OwnerFinder {
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

    /// "Vi installerade laddboxen hos Anna Berg", "we installed two chargers for Brf Tallen",
    /// "installerade en KEBA åt Åre Toppstuga AB": an installer writing about a charger they put
    /// up at a customer's, whose it is. The customer is named, after "hos", "for" or "åt", in the
    /// sentence of the installing.
    func installedForCustomer() -> (String, Evidence)? {
        // A key compare first: this is asked of every token.
        for i in tokens.indices where Self.installingKeys.mayContain(tokens[i].key) && tokens[i].kind == .word && Self.isCaseRole(tokens[i].role)
            && Self.installingStems.contains(where: { tokens[i].folded.hasPrefix($0) }) {
            var k = i + 1
            while k < tokens.count, k - i <= 5, tokens[k].sentence == tokens[i].sentence {
                // "installerade en KEBA åt Åre Toppstuga AB": Swedish's "åt" (for), written with its å,
                // since without it it is the English "at" of a place.
                let forCustomer = tokens[k].folded == "hos" || tokens[k].folded == "for" || (tokens[k].folded == "at" && tokens[k].is(.swedishLetter))
                if forCustomer, k + 1 < tokens.count, tokens[k + 1].isCapitalized {
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
    func isTradeWord(_ i: Int) -> Bool {
        let token = tokens[i]
        return token.kind == .word && !token.isCapitalized && token.spaceBefore && token.sentence == tokens[i - 1].sentence
            && token.folded.utf8.count >= 4 && !token.is(.swedish) && !token.is(.english) && !token.is(.preposition)
            && !Self.chargerThingPrefixes.contains(where: { token.folded.hasPrefix($0) })
    }

    /// "hos X", or in apposition, "hos en kund, X".
    func isLedInto(_ k: Int) -> Bool {
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
}
