/// The writer's own side named to say who they are ("Vi är en liten bilverkstad, Bergs
/// Motor", "jobbar på X", "styrelsen i Brf Y"), which says where the charger stands only
/// when the text ties the two together.
extension LocationFinder {
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
            if tokens.weAre(at: k - 1) != nil { return text(start..<end) }
            k -= 1
        }
        return nil
    }

    /// "Jag kör åt ett åkeri som levererar till Lagerhall Stigamo i Vaggeryd": a kind of site
    /// and its name, where the writer goes, right before its town, which alone says less.
    func destinationName(endingBefore end: Int, within range: Range<Int>) -> String? {
        var start = end
        while start > range.lowerBound, end - start < 4, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
              !tokens[start - 1].is(.notPlace) { start -= 1 }
        guard end - start >= 2, start > range.lowerBound, Self.destinationWords.contains(tokens[start - 1]),
              tokens[start].is(.siteType) || Self.endsInPlaceNoun(tokens[start].folded) else { return nil }
        return text(start..<end)
    }
    static let destinationWords: WordSet = ["till", "to"]

    /// "Brf Tallåsen" ending right before `end`: the BRF word and up to three capitalised words,
    /// and the number many associations carry ("Brf Ekbacken 3").
    func brfName(endingBefore end: Int, within range: Range<Int>) -> String? {
        var k = end - 1
        if k > range.lowerBound, tokens[k].kind == .number, tokens[k].text.utf8.count <= 2 { k -= 1 }
        while k >= range.lowerBound, end - k <= 5, tokens[k].kind == .word, tokens[k].isCapitalized || tokens[k].folded == "brf" {
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
    /// "Hej från Café Blåklinten!", "Greetings from Bruksvallarnas Fjällhotell": a greeting at
    /// the head of a line, from the place the writer speaks for, which names it as "Vi på X"
    /// does; a place the text names later is where the charger stands. Only a name that says it
    /// is a place ("Café …", "… Fjällhotell", "Brf …"): "Hej från Anna!" is a person.
    func isGreetingFrom(_ index: Int) -> Bool {
        guard index > 0, Self.greetingFromWords.contains(tokens[index]), Self.greetingWords.contains(tokens[index - 1]),
              index == 1 || tokens[index - 2].kind == .lineBreak else { return false }
        return namesItselfAPlace(after: index, orOrganisation: true)
    }

    /// "I'm writing from the Strandporten hotel in Visby", "Jag skriver från vårdcentralen i
    /// Borås": where the writer writes from is the place they speak for, as after "Hej från"
    /// (with its town: see the scan). "Calling from" is left out: "jag ringer från Mörby Livs
    /// men fick inte svar" says where the phone was.
    func isWritingFrom(_ index: Int) -> Bool {
        index > 0 && Self.greetingFromWords.contains(tokens[index]) && Self.writingFromVerbs.contains(tokens[index - 1])
    }
    static let writingFromVerbs = WordSet(["writing", "write", "emailing", "mailing", "skriver", "mejlar", "mailar"]
        .map { TextFolding.fold($0) })

    /// "Writing on behalf of Sandvikens Camping. The charger by the reception …": the place the
    /// writer speaks for, named as a place, is theirs as after "Hej från"; a person or a
    /// company's name after "on behalf of" is whom they write for, no place.
    func isOnBehalfOfPlace(_ index: Int) -> Bool {
        index > 1 && tokens[index].folded == "of" && tokens[index - 1].folded == "behalf" && tokens[index - 2].folded == "on"
            && namesItselfAPlace(after: index, orOrganisation: false)
    }

    /// The name in the writer's signature of the kind of place at `index`: "Sandvikens Camping"
    /// for "campingen", "Hotell Strandporten" for "hotellet". A line of capitalised words, one of
    /// which is the kind or ends in it; the legal form after the name is left out.
    func signedName(ofKind index: Int) -> String? {
        let folded = tokens[index].folded
        let stems = [folded] + ["en", "et", "n", "t"].compactMap { ending in
            folded.hasUTF8Suffix(ending) && folded.utf8.count - ending.utf8.count >= 4 ? String(folded.dropLast(ending.count)) : nil
        }
        var k = 0
        while k < tokens.count {
            guard tokens[k].role == .signature, tokens[k].kind == .word, tokens[k].isCapitalized, k == 0 || tokens[k - 1].kind == .lineBreak
                    || tokens[k - 1].text == "," else { k += 1; continue }
            var end = k
            while end < tokens.count, end - k < 4, tokens[end].role == .signature, tokens[end].kind == .word, tokens[end].isCapitalized,
                  !tokens[end].is(.legalForm), end == k || tokens[end].spaceBefore { end += 1 }
            if end - k >= 2, tokens[k..<end].contains(where: { word in stems.contains { word.folded == $0 || word.folded.hasUTF8Suffix($0) } }) {
                return text(k..<end)
            }
            k = max(end, k + 1)
        }
        return nil
    }

    /// Capitalised words after `index` of which one says it is a place: "Café …", "… Fjällhotell",
    /// "Brf …"; or, when asked, an organisation ("… AB") that a greeting comes from.
    private func namesItselfAPlace(after index: Int, orOrganisation: Bool) -> Bool {
        var k = index + 1
        while k < tokens.count, k <= index + 4, tokens[k].kind == .word, tokens[k].isCapitalized {
            let word = tokens[k]
            if word.is(.siteType) || word.is(.placeNoun) || (orOrganisation && (word.is(.organisationWord) || word.is(.legalForm))) || word.folded == "brf"
                || Self.endsInPlaceNoun(word.folded) || Self.greetingPlaceEndings.contains(where: { word.folded.hasUTF8Suffix($0) }) { return true }
            k += 1
        }
        return false
    }
    static let greetingFromWords: WordSet = ["fran", "from"]
    /// Kinds of site that end a compound name: "Fjällhotell", "Strandcamping".
    static let greetingPlaceEndings = ["hotell", "hotel", "camping", "restaurang", "cafe", "kafe", "vandrarhem"]
    static let greetingWords: WordSet = ["hej", "hejsan", "halla", "hi", "hello", "greetings", "halsningar"]

    /// "Vi är en bilpool på …", "we are a small hotel in …": the preposition at `index` follows
    /// the writers saying what kind of organisation they are, in lower-case words.
    func weAreKind(before index: Int, within range: Range<Int>) -> Bool {
        var k = index - 1
        while k > range.lowerBound, index - k <= 4, tokens[k].kind == .word, !tokens[k].isCapitalized || k == index - 1 {
            // "we are a small hotel", and "We're a small car rental", one token for the two words.
            if tokens.weAre(at: k - 2) == k || tokens.weAre(at: k - 1) == k { return true }
            k -= 1
        }
        return false
    }

    /// "We're a small car rental at Visby harbour": the writers say what they are, with an
    /// article ("a", "en"), and where; not "we are staying at Hebyfjället", where they are.
    func weAreAKind(before index: Int, within range: Range<Int>) -> Bool {
        var k = index - 1
        while k > range.lowerBound, index - k <= 4, tokens[k].kind == .word {
            if Self.indefiniteArticles.contains(tokens[k]), tokens.weAre(at: k - 2) == k || tokens.weAre(at: k - 1) == k { return true }
            k -= 1
        }
        return false
    }
    static let indefiniteArticles: WordSet = ["a", "an", "en", "ett"]

    static let introducingCopulas: WordSet = ["ar", "is"]
    static let introducingSubjects: WordSet = ["det", "this", "here", "har"]

    static let jobTitles = WordSet(["chef", "vd", "förvaltare", "manager", "engineer", "director", "supervisor", "coordinator",
                                    "technician", "tekniker", "ekonom", "controller", "receptionist", "värd", "värdinna"].map { TextFolding.fold($0) })
    static let jobTitleEndings = ["chef", "forvaltare", "ansvarig", "tekniker", "samordnare", "ingenjor", "skotare", "vard"]
    static let membershipNouns = WordSet(["räkning", "vägnar", "sekreterare", "ordförande", "kassör", "ledamot", "medlem", "styrelsen", "styrelseledamot",
                                      "member", "secretary", "chair", "chairman", "chairwoman", "treasurer", "board",
                                      // "I'm a PhD student at X", "jag är lärare på X": who the writer is there.
                                      "student", "studerande", "doktorand", "elev", "lärare", "teacher", "forskare", "researcher",
                                      "anställd", "employee",
                                      // "jag är jour på Strike", "vaktmästare på skolan": on duty there, so theirs.
                                      "jour", "jourhavande", "vaktmästare", "väktare"].map { TextFolding.fold($0) })

    /// What ties a place to the road it is on: "on the E6", "längs E4:an".
    static let roadJoiners: WordSet = ["on", "along", "langs", "vid", "by"]

    /// What ties a common place to a named one beside it.
    static let landmarkConnectors = WordSet(["by", "at", "near", "beside", "behind", "under", "opposite", "vid", "nära", "bakom", "bredvid", "intill",
                                             "framför", "mittemot", "utanför", "ovanför", "nedanför", "above"]
        .map { TextFolding.fold($0) })
}
