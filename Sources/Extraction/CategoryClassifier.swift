/// Scores the fault categories by weighted vocabulary and picks one.
///
/// The writer's own words, the subject and a forwarded original count fully, quoted
/// text a little (it is often our own earlier question). Physical damage wins a close call:
/// it is the category where safety depends on us noticing.
struct CategoryClassifier {
    static let matcher = PhraseMatcher(Vocabulary.category.map { ($0.0, ($0.1, $0.2)) }, tolerant: true)
    static let pastMatcher = PhraseMatcher(Vocabulary.pastMarkers.map { ($0, ()) })
    /// Words of a lost connection, not of unpaid sessions ("tar inte betalt" is connectivity too,
    /// but says nothing of why a session would not start).
    static let offlineWords = WordSet(["offline", "off-line", "uppkopplingen", "uppkoppling", "nätverk", "nätverket", "network", "nätet"].map { TextFolding.fold($0) })
    static let notWorkingMatcher = PhraseMatcher(Vocabulary.notWorking.map { ($0, ()) }, tolerant: true)

    /// "Not working" said of a charger: not "Bo Ek no longer works at Orsa kommun", a person's job.
    static func notWorking(in tokens: [Token], where accept: (Token.Role) -> Bool) -> [PhraseMatcher<Void>.Hit] {
        notWorkingMatcher.matches(in: tokens, where: accept).filter { hit in
            tokens[hit.start].folded != "no" || hit.end >= tokens.count || !employmentFollowers.contains(tokens[hit.end])
        }
    }
    /// After "no longer works" only: "doesn't work at all", "not working at the moment" are a charger's.
    static let employmentFollowers: WordSet = ["at", "for", "here", "with"]
    static let stillChargingMatcher = PhraseMatcher(Vocabulary.stillCharging.map { ($0, ()) }, tolerant: true)
    static let cardRequestMatcher = PhraseMatcher(Vocabulary.cardRequests.map { ($0, ()) })
    static func roleWeight(_ role: Token.Role) -> Double {
        switch role {
        case .own, .subject: return 1
        // The forwarded original is the report itself when the forwarder only passes it on.
        case .forwarded: return 1
        case .quoted: return 0.3
        case .signature, .returned: return 0
        }
    }

    static let replyPrefixes: WordSet = ["re", "sv", "aw", "vs"]
    /// Gateways' tags written as a word and a colon before a subject ("EXTERNAL: Re: …"). Folded.
    static let subjectWordTags: WordSet = ["external", "extern", "ext"]

    /// The subject starts with a reply prefix ("Re:", "SV:"), also behind a mail gateway's tag
    /// ("[EXTERN] Re: …", "EXTERNAL: Sv: …"), which says nothing about the mail.
    func isReplySubject() -> Bool {
        var k = 0
        while k + 1 < tokens.count, tokens[k].role == .subject {
            if tokens[k].text == "[", let close = (k + 1..<min(tokens.count, k + 8)).first(where: { tokens[$0].text == "]" || tokens[$0].text == ":" }),
               tokens[close].text == "]" {
                k = close + 1
            } else if tokens[k + 1].text == ":", Self.subjectWordTags.contains(tokens[k]) {
                k += 2
            } else {
                break
            }
        }
        return k + 1 < tokens.count && tokens[k].role == .subject && tokens[k + 1].text == ":" && Self.replyPrefixes.contains(tokens[k])
    }

    let tokens: [Token]

    func classify() -> (Report.Category, Evidence) {
        var scores = Scores()
        // Where each category's terms stood; their text is built only for the winner's evidence.
        var terms: [Report.Category: [Range<Int>]] = [:]
        let pastHits = Self.pastMatcher.matches(in: tokens)
        let pastSentences = Set(pastHits.map { tokens[$0.start].sentence })
        // "Jag köpte laddboxen förra året och nu nekas mitt laddkort": after the past marker,
        // "nu", "now", "men", "but" turn the sentence to today, and the fault after them counts.
        func isPast(_ index: Int) -> Bool {
            let sentence = tokens[index].sentence
            guard pastSentences.contains(sentence) else { return false }
            guard let marker = pastHits.last(where: { tokens[$0.start].sentence == sentence && $0.end <= index }) else { return true }
            return !tokens[marker.end..<index].contains { Self.presentTurns.contains($0.folded) }
        }
        // "Vad är inställelsetiden om laddaren går sönder en lördag?": a fault supposed in a
        // question happened no more than a past one is happening now.
        // Found once: most mails suppose nothing, and then no hit looks back for it.
        let supposers = supposingWordsInQuestions()
        func isNotNow(_ index: Int) -> Bool { isPast(index) || (!supposers.isEmpty && isSupposed(index, supposers: supposers)) }
        // "den fungerar fortfarande inte": still not working says nothing of power.
        let poweredSentences = Set(Self.stillChargingMatcher.matches(in: tokens).filter { $0.end >= tokens.count || !isNegation($0.end) }
            .map { tokens[$0.start].sentence })
        let hits = Self.matcher.matches(in: tokens, where: { Self.roleWeight($0) > 0 })
        // A reply that only confirms ("Ja, det stämmer", "Yes, that's the one") says nothing of
        // its own, neither a fault nor an invoice or booking: the fault in the quoted question it
        // answers is the case's, and counts fully.
        // A reply's subject ("Re: Our charger is broken") is the quoted original's: a reminder
        // that only asks for news leaves the quoted report to say what the fault is.
        let replySubject = isReplySubject()
        // "Tack, nu laddar den igen": a reply that says the charger works again is no confirmation.
        let fixedSentences = workingAgain()
        let confirmsQuote = fixedSentences.isEmpty && !hits.contains { hit in
            tokens[hit.start].role != .quoted && !(replySubject && tokens[hit.start].role == .subject) && !isNegated(hit.start)
        }
        // "VB: Två laddare trasiga" over "Ämne: Två laddare trasiga": a forwarded or quoted
        // header repeats the subject, which has counted already.
        // Built only for the mails that have such a header: most have none.
        let subjectTerms = hits.contains { tokens[$0.start].isInBoundaryLine && tokens[$0.start].role != .subject }
            ? Set(hits.filter { tokens[$0.start].role == .subject }.map { tokens[$0.start..<$0.end].map(\.folded) }) : []
        // A reminder over the writer's own question ("Any news? > How do I get an RFID tag?"):
        // the quoted question is theirs.
        let asksForCard = asksForCard(hits, includingQuoted: confirmsQuote)
        // "Re: Re: Our charger – wrong price in app" over "the price is now correct … But now the
        // charger doesn't show up in the app": a reply's subject names the thread's first matter;
        // a fault the writer now reports in their own words is the case's, not the old question.
        let ownFault = replySubject && hits.contains { hit in
            tokens[hit.start].role == .own && hit.value.0 != .other && !isNotNow(hit.start) && !(hit.end - hit.start == 1 && isNegated(hit.start))
        }
        var presentFault = false
        /// The weight of "trasig", "sönder", "broken": any fault's words, which alone say nothing
        /// of a charger hit or broken open.
        var genericDamage = 0.0
        for hit in hits {
            // "appen visade \"Avbruten\"": damage words in quotation marks are what a screen
            // says, a session's status, not a part broken off.
            let category = hit.value.0 == .physicalDamage && isQuotedText(hit.start..<hit.end) ? Report.Category.chargingFailure : hit.value.0
            // "How do I get an RFID tag?": the card is what the writer asks for.
            if asksForCard, isCardTerm(hit.start..<hit.end) { continue }
            if ownFault, category == .other, tokens[hit.start].role == .subject { continue }
            if tokens[hit.start].isInBoundaryLine, tokens[hit.start].role != .subject, !subjectTerms.isEmpty,
               subjectTerms.contains(tokens[hit.start..<hit.end].map(\.folded)) { continue }
            let role = tokens[hit.start].role
            // "Re: Laddbox död" over "Nu fungerar den igen, tack!": a reply's subject names the
            // fault the thread began with, which the writer now says is over; it weighs as the
            // quoted report it repeats.
            // "SV: Påkörd laddstolpe" over "Nu har det hänt igen, stolpen är helt släckt": a fault the
            // writer now reports in their own words is the case's; the subject names the old one.
            let weightRole = role == .subject && replySubject && (!fixedSentences.isEmpty || ownFault) ? Token.Role.quoted : role
            var weight = hit.value.1 * (confirmsQuote && role == .quoted ? 1 : Self.roleWeight(weightRole))
            if category != .other, isNotNow(hit.start) { weight *= 0.3 }
            // "offline, and because of that nobody can start a session": what follows from the
            // fault the writer named first is its consequence, not the fault to fix.
            if category != .other, isConsequence(hit.start) || followsOtherFault(hit, category: category, among: hits) { weight *= 0.3 }
            // "both chargers show up in the portal again after your technician replaced the 4G
            // modem": what the sentence that says it works again names is what was repaired;
            // unless the sentence turns ("fungerar igen men kabeln är trasig").
            if category != .other, let fixed = fixedSentences.first(where: { $0.contains(hit.start) }),
               !tokens[fixed].contains(where: { Self.contrastWords.contains($0.folded) }) { weight *= 0.3 }
            // "se över laddaren så att den inte går sönder", "surge protection so the charger
            // doesn't get fried", "to prevent damage": a fault named to be prevented has not happened.
            if category != .other, isPrevented(hit.start) { weight *= 0.3 }
            // "after yesterday's power cut", "efter strömavbrottet": the outage is the cause the
            // writer dates the fault by, and says less of the charger than its symptom does.
            if category == .noPower, isOutageCause(hit.start..<hit.end) { weight *= 0.5 }
            if category == .noPower, poweredSentences.contains(tokens[hit.start].sentence) { continue }
            // A negated fault word ("not broken", "inte trasig") does not count, nor one said to
            // work ("Card works though", "kortet fungerar"): it is what the writer ruled out.
            if (hit.end - hit.start == 1 && isNegated(hit.start)) || saysWorks(at: hit.end) { continue }
            // "I plugged my car into the charger", "my cable is locked into the charger": what went
            // into it was a plug, not a car driven at it.
            if category == .physicalDamage, tokens[hit.start].folded == "into", isConnected(before: hit.start) { continue }
            // "mitt kort pa laddstolpen", "betala med kort pa": "kort" typed without its "ö" after
            // a determiner or "med" is a card, not "kört på" (driven into).
            if category == .physicalDamage, tokens[hit.start].folded == "kort", hit.start > 0,
               Self.cardDeterminers.contains(tokens[hit.start - 1]) { continue }
            // "Fault report", "error reporting": the kind of mail, not what is wrong.
            if hit.end - hit.start == 1, hit.end < tokens.count, tokens[hit.end].folded.hasPrefix("report") { continue }
            scores[category] += weight
            if category == .physicalDamage, hit.end - hit.start == 1, Self.isGenericBreakage(tokens[hit.start].folded) { genericDamage += weight }
            if category != .other, !isNotNow(hit.start) { presentFault = true }
            terms[category, default: []].append(hit.start..<hit.end)
        }
        // Terms found outside the vocabulary weigh by role as its phrases do.
        func roleWeight(_ role: Token.Role) -> Double { confirmsQuote && role == .quoted ? 1 : Self.roleWeight(role) }
        for (category, words, reach) in [(Report.Category.noPower, Self.powerNouns, 6), (.chargingFailure, Self.startVerbs, 15)] {
            for term in denied(words, reach: reach, particles: category == .chargingFailure) {
                let weight = 2.5 * roleWeight(tokens[term.lowerBound].role) * (isConsequence(term.lowerBound) ? 0.3 : 1)
                guard weight > 0 else { continue }
                scores[category] += weight
                terms[category, default: []].append(term)
                presentFault = true
            }
        }
        // "Tack för snabb hjälp! Nu fungerar båda laddboxarna i garaget igen": the writer says the
        // fault quoted below is fixed, which leaves nothing to repair.
        for term in fixedSentences {
            scores[.other] += 3 * roleWeight(tokens[term.lowerBound].role)
            terms[.other, default: []].append(term)
        }
        for term in reducedPower() {
            let weight = 2.5 * roleWeight(tokens[term.lowerBound].role)
            guard weight > 0, !pastSentences.contains(tokens[term.lowerBound].sentence) else { continue }
            scores[.chargingFailure] += weight
            terms[.chargingFailure, default: []].append(term)
            presentFault = true
        }
        let faults: [Report.Category] = [.physicalDamage, .noPower, .chargingFailure, .connectivity]
        let other = scores[.other]
        var best = Report.Category.other
        var bestScore = 0.0
        for category in faults {
            let score = scores[category]
            if score > bestScore { best = category; bestScore = score }
        }
        // "Laddaren är påkörd och nu är den helt död": a charger hit or broken open is damaged
        // whatever else it does since, even when its symptoms take more words than the damage.
        // "Laddboxen gick sönder förra veckan och är fortfarande helt död": "trasig" and "sönder"
        // say only that something is wrong; the damage must be named for it to outweigh the rest.
        let physical = scores[.physicalDamage], power = scores[.noPower]
        if physical - genericDamage >= 3, physical >= bestScore * 0.35 { best = .physicalDamage; bestScore = physical }
        // "Lampan är släckt och appen säger att den är offline": a dead charger is offline too,
        // and the loss of power is the fault to fix.
        else if best == .connectivity, power >= 2.5, power >= bestScore * 0.5 { best = .noPower; bestScore = power }
        // "laddar ej, lampan lyser ej heller": a dark charger charges nothing; a charger that only
        // "does not charge" beside a light that is out has lost its power.
        else if best == .chargingFailure, power >= 2, power >= bestScore * 0.75,
                (terms[.chargingFailure] ?? []).allSatisfy({ term in term.count <= 3 && tokens[term].contains { Self.chargeVerbs.contains($0.folded) } }) {
            best = .noPower; bestScore = power
        }
        // "alla tre är offline i appen och det går inte att starta laddning med taggen": a charger
        // that lost its connection cannot authorise a session either; the connection is the fault to fix.
        else if best == .chargingFailure, scores[.connectivity] >= 3, scores[.connectivity] >= bestScore * 0.75,
                (terms[.connectivity] ?? []).contains(where: { term in tokens[term].contains { Self.offlineWords.contains($0.folded) } && !isAdditional(term.lowerBound) }) {
            best = .connectivity; bestScore = scores[.connectivity]
        }
        // "It was hit by a car last year and repaired. Now I have a question about the invoice":
        // every fault the mail names is past, and it is about something else now.
        if bestScore < 1.5 || other > bestScore * 1.2 || (!presentFault && other >= 1.5) { best = .other }
        // "Laddaren fungerar inte" and no word of how: it fails to charge, unless the mail is about something else.
        if best == .other, bestScore < 1.5, other < 2.5,
           // A reminder over the writer's own quoted report ("Any news?") leaves "funkar inte" to the quote.
           let hit = Self.notWorking(in: tokens, where: { $0 == .own || $0 == .subject || $0 == .forwarded || (confirmsQuote && $0 == .quoted) }).first,
           // "i söndags fungerade det inte" and nothing else: the failure the writer met is the
           // case, unless the mail says it works again or speaks of something else.
           !pastSentences.contains(tokens[hit.start].sentence) || (fixedSentences.isEmpty && other == 0) {
            best = .chargingFailure
            terms[.chargingFailure, default: []].append(hit.start..<hit.end)
        }
        let summary = (terms[best] ?? []).prefix(6).map { tokens[$0].map(\.text).joined(separator: " ") }.joined(separator: ", ")
        let total = scores.total
        let confidence = total > 0 ? min(0.95, scores[best] / total) : 0.4
        return (best, Evidence(field: .category, rule: "category.vocabulary", excerpt: summary, confidence: confidence))
    }

    /// The summed weight of fault terms (not "other") in the text of the given roles.
    static func faultWeight(in tokens: [Token], where accept: (Token.Role) -> Bool) -> Double {
        let classifier = CategoryClassifier(tokens: tokens)
        var weight = 0.0
        for hit in matcher.matches(in: tokens, where: accept) where hit.value.0 != .other && !classifier.isNegated(hit.start) {
            weight += hit.value.1
        }
        return weight
    }

    static let noneWords = WordSet(Vocabulary.noneWords.map { TextFolding.fold($0) })
    static let powerNouns = WordSet(Vocabulary.powerNouns.map { TextFolding.fold($0) })

    static let startVerbs = WordSet(Vocabulary.startVerbs.map { TextFolding.fold($0) })

    /// "Ingen av laddboxarna har ström": a none-word, then a power noun within six words of the
    /// same clause, not right after it ("ingen ström" is a vocabulary phrase of its own).
    /// With `startVerbs`, within `reach` words: "Neither of the two chargers in the hotel car park
    /// would start charging"; not "ingen har startat om den" (restarted) or "start up" (powered on).
    func denied(_ words: WordSet, reach: Int = 6, particles: Bool = false) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for i in tokens.indices where tokens[i].is(.noneWord) {
            var k = i + 2
            while k < min(tokens.count, i + reach + 1) {
                let token = tokens[k]
                if token.sentence != tokens[i].sentence || token.is(.clauseBreak) { break }
                if token.kind == .word, words.contains(token.folded),
                   !(particles && k + 1 < tokens.count && (tokens[k + 1].folded == "om" || tokens[k + 1].folded == "up")) {
                    found.append(i..<(k + 1))
                    break
                }
                k += 1
            }
        }
        return found
    }

    static let worksWords: WordSet = ["works", "worked", "fungerar", "fungerade", "funkar", "funkade"]
    static let fineCopulas: WordSet = ["ar", "var", "is", "was"]
    static let fineWords: WordSet = ["ok", "okej", "okay", "hel", "intakt", "fine", "intact"]

    /// Words saying that something works somewhere else, so not here: "kortet fungerar överallt annars".
    static let elsewhereWords: WordSet = ["overallt", "annars", "andra", "elsewhere", "everywhere", "other", "otherwise"]

    /// "works", "fungerar" at `index`, not followed by a negation ("kortet fungerar inte") or by
    /// a word that puts the working elsewhere ("fungerar överallt annars", "works at other stations").
    func saysWorks(at index: Int) -> Bool {
        // "Matningen är OK … jordfelsbrytaren är hel", "the supply is fine": what the writer measured and found whole.
        if index + 1 < tokens.count, tokens[index].kind == .word, Self.fineCopulas.contains(tokens[index]), Self.fineWords.contains(tokens[index + 1]) { return true }
        guard index < tokens.count, tokens[index].kind == .word, Self.worksWords.contains(tokens[index]) else { return false }
        if index + 1 < tokens.count, isNegation(index + 1) { return false }
        let sentence = tokens[index].sentence
        return !(index + 1..<min(tokens.count, index + 5)).contains { tokens[$0].sentence == sentence && Self.elsewhereWords.contains(tokens[$0]) }
    }

    /// Verbs of putting a plug in: "plugged my car into", "connected the cable into", "locked into".
    static let connectionStems = ["plug", "connect", "lock", "stuck", "insert", "put", "hook"]

    /// A verb of putting a plug in stands among the four words before `index`, in its sentence.
    func isConnected(before index: Int) -> Bool {
        (max(0, index - 4)..<index).contains { k in
            tokens[k].sentence == tokens[index].sentence && tokens[k].kind == .word
                && Self.connectionStems.contains { tokens[k].folded.hasPrefix($0) }
        }
    }

    static let reducingWords: WordSet = ["bara", "endast", "only", "just"]
    static let insteadWords: WordSet = ["istallet", "instead", "rather"]
    /// Words between "only" and a power figure that say what gives it: "charge at about", "ladda med ungefär".
    static let figureLeadWords = WordSet(["charge", "charges", "charged", "charging", "give", "gives", "gave", "deliver", "delivers", "delivered",
                                          "ladda", "laddar", "laddade", "ge", "ger", "gav", "leverera", "levererar", "levererade",
                                          "at", "with", "med", "på", "i", "about", "around", "approximately", "roughly", "ungefär", "cirka", "ca",
                                          "runt", "omkring", "typ", "max"].map { TextFolding.fold($0) })

    /// "laddar typ 1kw max istället för 11", "only 3.7 kW", "bara 2 kW": a charger that gives
    /// less power than it should fails at charging. A power figure (a number and "kW", joined or
    /// apart) said to be only that much or compared with what it should be; the figure alone
    /// ("en 22 kW-laddare") says nothing of a fault.
    func reducedPower() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard let figureEnd = powerFigureEnd(at: i) else { i += 1; continue }
            let sentence = tokens[i].sentence
            var before = (max(0, i - 2)..<i).contains { tokens[$0].sentence == sentence && Self.reducingWords.contains(tokens[$0]) }
            // "would only charge at about 2 kW", "ville bara ladda med 2 kW": what charging gives,
            // said between "only" and the figure.
            if !before {
                var k = i - 1
                while k >= 0, i - k <= 5, tokens[k].sentence == sentence, tokens[k].kind == .word, Self.figureLeadWords.contains(tokens[k]) { k -= 1 }
                before = k >= 0 && tokens[k].sentence == sentence && Self.reducingWords.contains(tokens[k])
            }
            // "istället för", "i stället för", "instead of", "rather than", with "max" or the like between.
            var k = figureEnd
            var compared = false
            while k < min(tokens.count, figureEnd + 3), tokens[k].sentence == sentence, tokens[k].kind == .word {
                if Self.insteadWords.contains(tokens[k]) || (tokens[k].folded == "i" && k + 1 < tokens.count && tokens[k + 1].folded == "stallet") {
                    compared = true
                    break
                }
                k += 1
            }
            if before || compared { found.append(i..<figureEnd) }
            i = figureEnd
        }
        return found
    }

    /// Where a power figure starting at `index` ends: "11kw", "3,7kW", "11 kW".
    private func powerFigureEnd(at index: Int) -> Int? {
        let folded = tokens[index].folded.utf8
        guard let first = folded.first, first >= 48, first <= 57 else { return nil }
        if folded.count > 2, folded.suffix(2).elementsEqual("kw".utf8),
           folded.dropLast(2).allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) {
            return index + 1
        }
        if tokens[index].kind == .number, index + 1 < tokens.count, tokens[index + 1].folded == "kw" { return index + 2 }
        // A current: "bara i 6 A i stället för 16 A", "only 10A".
        if folded.count >= 2, folded.count <= 3, folded.last == UInt8(ascii: "a"), folded.dropLast().allSatisfy({ $0 >= 48 && $0 <= 57 }) { return index + 1 }
        if tokens[index].kind == .number, index + 1 < tokens.count, tokens[index + 1].folded == "a" || tokens[index + 1].folded == "amp" || tokens[index + 1].folded == "ampere",
           tokens[index + 1].spaceBefore { return index + 2 }
        return nil
    }

    func isNegation(_ index: Int) -> Bool {
        let word = tokens[index].folded
        return word == "inte" || word == "not" || word == "ej" || word == "aldrig"
    }

    /// Whether the writer asks for a card or tag, or says one was lost, and says nothing fails:
    /// then the cards the mail names (in its subject too) are what it is about, not a fault.
    /// "Jag har fått ett nytt laddkort men det fungerar inte", "it keeps rejecting my card, do I
    /// need to buy a new one?" are faults again: a negation, or any fault term but a card's.
    func asksForCard(_ hits: [PhraseMatcher<(Report.Category, Double)>.Hit], includingQuoted: Bool = false) -> Bool {
        func writers(_ role: Token.Role) -> Bool { role == .own || role == .subject || role == .forwarded || (includingQuoted && role == .quoted) }
        guard !Self.cardRequestMatcher.matches(in: tokens, where: writers).isEmpty else { return false }
        if tokens.contains(where: { $0.is(.negation) && writers($0.role) }) { return false }
        if hits.contains(where: { $0.value.0 != .other && writers(tokens[$0.start].role) && !isCardTerm($0.start..<$0.end) }) { return false }
        return Self.notWorking(in: tokens, where: writers).isEmpty
    }

    /// A term that only names a card or tag ("RFID tag", "mitt laddkort", "brickan").
    func isCardTerm(_ range: Range<Int>) -> Bool {
        tokens[range].allSatisfy { token in
            Self.cardWords.contains(token.folded) || token.is(.possessive)
                || token.folded.hasPrefix("laddkort") || token.folded.hasPrefix("rfid")
        }
    }

    /// The verbs of a bare "does not charge / start", which say nothing of why.
    static let chargeVerbs: WordSet = ["laddar", "startar", "ladda", "starta", "charge", "charging", "charges", "start", "starts"]
    static let presentTurns: WordSet = ["nu", "now", "idag", "today", "numera", "men", "but"]
    static let cardDeterminers: WordSet = ["med", "mitt", "ditt", "sitt", "ert", "vart", "ett", "nytt", "eget", "annat", "samma", "vilket"]
    static let cardWords: WordSet = ["rfid", "bricka", "brickor", "brickan", "brickorna", "tagg", "taggen", "taggar", "tag", "tags",
                                     "card", "cards", "kort", "kortet", "korten", "fob", "chip"]

    /// Sentences of the writer's own that say a charger works again: a working verb and
    /// "igen"/"again", without a negation.
    /// "… stops after a minute; it also shows offline now and then": a symptom the writer adds
    /// to the one they report, not the cause of it. "also", "också" within the four words before.
    func isAdditional(_ index: Int) -> Bool {
        (max(0, index - 4)..<index).contains { tokens[$0].sentence == tokens[index].sentence && Self.additionWords.contains(tokens[$0]) }
    }
    static let additionWords: WordSet = ["also", "too", "ocksa", "aven", "dessutom"]

    /// "… och därför laddar bilen inte", "because of that nobody can start": a word of
    /// consequence within the four words before `index`, in its sentence.
    func isConsequence(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        return (max(0, index - 4)..<index).contains { k in
            guard tokens[k].sentence == sentence else { return false }
            if Self.consequenceWords.contains(tokens[k]) { return true }
            // "because of that", "because of this", "as a result".
            return k + 2 < index && ((tokens[k].folded == "because" && tokens[k + 1].folded == "of" && ["that", "this"].contains(tokens[k + 2].folded))
                || (tokens[k].folded == "as" && tokens[k + 1].folded == "a" && tokens[k + 2].folded == "result"))
        }
    }
    /// "syns inte i betalappen, så kunderna kan inte starta", "offline, so nobody can charge":
    /// "så"/"so" opening a clause after a comma, a few words before the term, and a fault of
    /// another kind named before that comma in the sentence. Alone ("even when someone charges,
    /// so the status never updates") the clause states the fault itself.
    func followsOtherFault(_ hit: PhraseMatcher<(Report.Category, Double)>.Hit, category: Report.Category,
                           among hits: [PhraseMatcher<(Report.Category, Double)>.Hit]) -> Bool {
        let sentence = tokens[hit.start].sentence
        // "Så" by its own letters: "sa" is also "said".
        guard hit.start > 1, let so = (max(1, hit.start - 4)..<hit.start).last(where: {
            tokens[$0].sentence == sentence && tokens[$0 - 1].text == "," && ["så", "so"].contains(tokens[$0].text.lowercased())
        }) else { return false }
        return hits.contains { tokens[$0.start].sentence == sentence && $0.end < so && $0.value.0 != .other && $0.value.0 != category }
    }

    /// A fault term that the writer wants prevented: "så (att) … inte", "so … doesn't" a few
    /// words before it in its clause, or "to prevent", "to avoid", "för att undvika/förhindra".
    /// "Så" is read by its own letters: "sa" is also "said" ("han sa att den inte laddar").
    func isPrevented(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var k = index - 1
        var negation: Int?
        while k >= 0, index - k <= 6, tokens[k].sentence == sentence, tokens[k].text != ",", !tokens[k].is(.clauseBreak) {
            let word = tokens[k].text.lowercased()
            if negation == nil, index - k <= 3, ["inte", "ej", "not", "doesn't", "don't", "won't", "isn't"].contains(word) { negation = k }
            // Not "det är så att laddaren inte startar", the idiom that introduces a report.
            if let negation, negation - k <= 3, (word == "så" && !(k > 0 && ["är", "var"].contains(tokens[k - 1].text.lowercased())))
                || (word == "so" && tokens[k + 1].folded != "far") { return true }
            if k + 1 < index, (word == "to" && ["prevent", "avoid"].contains(tokens[k + 1].folded))
                || (word == "att" && ["undvika", "förhindra"].contains(tokens[k + 1].text.lowercased())) { return true }
            k -= 1
        }
        return false
    }

    static let consequenceWords = WordSet(["därför", "therefore", "consequently", "hence", "följaktligen"].map { TextFolding.fold($0) })

    func workingAgain() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard Self.againKeys.contains(tokens[i].key), tokens[i].role == .own || tokens[i].role == .subject, tokens[i].kind == .word,
                  Self.againWords.contains(tokens[i]) || isAsItShould(i) else { i += 1; continue }
            let sentence = tokens[i].sentence
            var start = i
            while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
            var end = i + 1
            while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
            let words = tokens[start..<end]
            // "det är den vid stuga 7, den andra fungerar som den ska": the other charger works,
            // which says the one reported does not; "Den andra stolpen (ZAP141301) fungerar som
            // den ska": its noun and id may stand between.
            // "both chargers show up in the portal again", "syns i appen igen", "är online igen":
            // a charger seen again where it had dropped out of.
            let verbs = words.indices.filter { Self.workingAgainVerbs.contains(tokens[$0].folded) || seenAgain($0, in: words) }
            if verbs.contains(where: { verb in !(max(start, verb - 6)..<verb).contains { Self.otherWords.contains(tokens[$0]) } }),
               !words.contains(where: { $0.is(.negation) }) {
                found.append(start..<end)
            }
            i = end
        }
        return found
    }
    static let otherWords = WordSet(["andra", "övriga", "other", "others"].map { TextFolding.fold($0) })

    /// "shows up in the portal", "syns i appen", "är online": said with "again", the charger is
    /// back where it had dropped out. Only a verb of being seen, "up" or "in" right after it and
    /// an app or portal in the sentence, or "online": "it shows the error again in the app" is a
    /// fault returning.
    func seenAgain(_ index: Int, in words: ArraySlice<Token>) -> Bool {
        let folded = tokens[index].folded
        if folded == "online" { return index == 0 || tokens[index - 1].folded != "inte" }
        // "nu syns laddaren i appen igen": Swedish puts the subject after the verb.
        let places = folded == "syns" || folded == "visas" ? index + 1...index + 2 : index + 1...index + 1
        guard Self.seenVerbs.contains(folded), index + 3 < tokens.count,
              places.contains(where: { ["up", "in", "i", "pa"].contains(tokens[$0].folded) }) else { return false }
        return words.contains { Self.seenWhere.contains($0.folded) }
    }
    static let contrastWords: Set<String> = ["men", "but", "fast", "dock", "although", "though", "however", "utom", "except"]
    static let seenVerbs: Set<String> = ["show", "shows", "showing", "appear", "appears", "syns", "visas", "synas"]
    static let seenWhere: Set<String> = ["portal", "portalen", "app", "appen", "backend", "backenden", "system", "systemet", "betalappen"]

    /// Where "om", "if" or "ifall" stands in a sentence that asks ("… om laddaren går sönder en
    /// lördag?"): the words after it may be a supposed fault (see `isSupposed`).
    func supposingWordsInQuestions() -> [Int] {
        var found: [Int] = []
        for i in tokens.indices where Self.supposingKeys.contains(tokens[i].key) && Self.supposingWords.contains(tokens[i]) {
            var end = i
            while end + 1 < tokens.count, tokens[end + 1].sentence == tokens[i].sentence { end += 1 }
            if tokens[end].text == "?" { found.append(i) }
        }
        return found
    }

    /// The term stands up to six words after one of `supposers` in its sentence, with no "som"
    /// or "that" between: the writer supposes the fault to ask about it. Not "info om laddaren
    /// som är trasig?", about a real one.
    func isSupposed(_ index: Int, supposers: [Int]) -> Bool {
        guard let supposer = supposers.last(where: { $0 < index }), tokens[supposer].sentence == tokens[index].sentence else { return false }
        let between = tokens[(supposer + 1)..<index]
        guard between.lazy.filter(\.isWordLike).count < 6 else { return false }
        return !between.contains { Self.relativeKeys.contains($0.key) && Self.relativeWords.contains($0.folded) }
    }

    /// "Ingår det byte av trasiga laddkablar?", "Does the agreement cover a cracked screen?": what
    /// an agreement would cover is asked about, not reported.
    static let supposingWords: WordSet = ["om", "if", "ifall", "ingar", "cover", "covers"]
    static let relativeWords: WordSet = ["som", "that", "which", "who", "vilken", "vilket"]
    static let supposingKeys = supposingWords.map { Token.key(of: $0) }
    static let relativeKeys = relativeWords.map { Token.key(of: $0) }

    func isOutageCause(_ range: Range<Int>) -> Bool {
        let first = tokens[range.lowerBound].folded
        guard first.hasPrefix("stromavbrott") || (range.count == 2 && first == "power" && (tokens[range.lowerBound + 1].folded == "cut" || tokens[range.lowerBound + 1].folded == "outage")) else { return false }
        var k = range.lowerBound - 1
        var words = 0
        while k >= 0, words < 3, tokens[k].sentence == tokens[range.lowerBound].sentence, tokens[k].isWordLike {
            if Self.causeWords.contains(tokens[k]) { return true }
            words += 1
            k -= 1
        }
        return false
    }

    static let causeWords: WordSet = ["after", "since", "efter"]

    /// The words stand alone between quotation marks: `"Avbruten"`, `'Broken'`.
    func isQuotedText(_ range: Range<Int>) -> Bool {
        func isQuote(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].kind == .punctuation && (tokens[k].folded == "\"" || tokens[k].text == "'") }
        return isQuote(range.lowerBound - 1) && isQuote(range.upperBound)
    }

    static func isGenericBreakage(_ folded: String) -> Bool {
        folded.hasPrefix("trasig") || folded.hasPrefix("sonder") || folded == "broken"
    }

    static let againWords: WordSet = ["igen", "again"]
    /// Their keys (see `Token.key`), and those of "ska" and "should" (see `isAsItShould`):
    /// almost every token is ruled out on one integer compare.
    static let againKeys = ["igen", "again", "ska", "should"].map { Token.key(of: $0) }

    /// "nu fungerar den som den ska", "it works as it should now": said of a charger after a
    /// repair, the same as working again.
    func isAsItShould(_ i: Int) -> Bool {
        guard i >= 2 else { return false }
        switch tokens[i].folded {
        case "ska": return tokens[i - 2].folded == "som" && ["den", "det", "de"].contains(tokens[i - 1].folded)
        case "should": return tokens[i - 2].folded == "as" && ["it", "they"].contains(tokens[i - 1].folded)
        default: return false
        }
    }
    /// "nu laddar den igen": charging again is working again; so is "lyser den grönt igen och bilen
    /// laddade fullt i natt", told the morning after.
    static let workingAgainVerbs: WordSet = ["fungerar", "funkar", "works", "working", "work", "laddar", "charges",
                                             "fungerade", "funkade", "laddade", "worked", "charged"]

    func isNegated(_ index: Int) -> Bool {
        // Only single-word fault terms: "inte trasig", "not broken". Phrases carry their own negation,
        // and a negation before one ends the clause before it: "funkar ej skärmen svart".
        guard index > 0 else { return false }
        let previous = tokens[index - 1].folded
        guard previous == "inte" || previous == "not" || previous == "ej" || previous == "isn't" || previous == "wasn't" else { return false }
        // "nu hittar den inte wifi", "får inte täckning": a verb's negation says the link is
        // missing, which is the fault; only "det är inte nätverket" rules the link out.
        if Self.linkStems.contains(where: { tokens[index].folded.hasPrefix($0) }), index >= 2, tokens[index - 2].isWordLike,
           !Self.copulas.contains(tokens[index - 2]) {
            return false
        }
        return true
    }

    /// The network link a charger needs, named as a thing it has or lacks.
    static let linkStems = ["wifi", "wi-fi", "wlan", "natverk", "network", "tackning", "mobiltackning", "uppkoppling", "internet",
                            "4g", "3g", "mobilnat", "signal", "connection", "kommunikation", "communication"]
    static let copulas: WordSet = ["ar", "var", "ars", "is", "was", "it's", "its", "blir", "bliva", "be", "been"]
}

extension CategoryClassifier {
    /// Each category's summed weight, in stored properties: a dictionary hashed its key for
    /// every vocabulary hit.
    struct Scores {
        private var physicalDamage = 0.0, chargingFailure = 0.0, noPower = 0.0, connectivity = 0.0, other = 0.0

        subscript(category: Report.Category) -> Double {
            get {
                switch category {
                case .physicalDamage: physicalDamage
                case .chargingFailure: chargingFailure
                case .noPower: noPower
                case .connectivity: connectivity
                case .other: other
                }
            }
            set {
                switch category {
                case .physicalDamage: physicalDamage = newValue
                case .chargingFailure: chargingFailure = newValue
                case .noPower: noPower = newValue
                case .connectivity: connectivity = newValue
                case .other: other = newValue
                }
            }
        }

        var total: Double { physicalDamage + chargingFailure + noPower + connectivity + other }
    }
}
