import Mail

/// Tells a person's request from an automatic reply and a delivery-status notification.
///
/// Headers decide when they are explicit (RFC 3834 `Auto-Submitted: auto-replied`, DSNs,
/// mailer-daemon senders). `Auto-Submitted: auto-generated` alone does not make an
/// auto-reply: ticket systems send real reports with it. Without headers, the subject and the
/// writer's own short text decide.
struct KindClassifier {
    static let autoReplyPhrases = PhraseMatcher(Vocabulary.autoReplyBody.map { ($0, ()) }, tolerant: true)
    /// Words only a ticket system's receipt uses: no customer says their own request "has been
    /// created" or "registered".
    static let receiptPhrases = PhraseMatcher(Vocabulary.receiptPhrases.map { ($0, ()) }, tolerant: true)
    static let bouncePhrases = PhraseMatcher(Vocabulary.bounceBody.map { ($0, ()) })
    static let readReceiptPhrases = PhraseMatcher(Vocabulary.readReceiptBody.map { ($0, ()) })

    /// Past tenses of trying, which a person's report has and an automatic answer does not.
    static let attemptWords = WordSet(["tried", "försökte", "testade", "provade"].map { TextFolding.fold($0) })

    static let secondPerson = WordSet(["du", "dig", "din", "ditt", "dina", "ni", "er", "ert", "era", "you", "your", "yours"].map { TextFolding.fold($0) })

    static let futureWords = WordSet(["nästa", "next", "imorgon", "morgon", "tomorrow"].map { TextFolding.fold($0) })
    static let requestOpeners = PhraseMatcher(["could you", "can you", "would you", "kan ni", "skulle ni", "kan du", "skulle du", "vill ni"].map { ($0, ()) })

    /// Words of a return or an end date: "tillbaka nästa vecka", "until next Friday" is a
    /// notice's own absence, not one to come.
    static let untilWords = WordSet(["back", "tillbaka", "åter", "return", "returning", "until", "till", "tom"].map { TextFolding.fold($0) })

    /// "jag fick ett autosvar från er", "I got an automatic reply from you": a person tells of a
    /// notice they received; the notice's words are not theirs.
    static let receivedWords = WordSet(["fick", "fått", "mottog", "got", "received", "get"].map { TextFolding.fold($0) })

    func isReceived(_ index: Int, _ tokens: [Token]) -> Bool {
        var k = index - 1
        while k >= 0, index - k <= 3, tokens[k].sentence == tokens[index].sentence {
            if Self.receivedWords.contains(tokens[k]) { return true }
            k -= 1
        }
        return false
    }

    /// The sentence of `index` puts the absence in the future ("ledig hela nästa vecka", "on
    /// holiday next week"), with no return or end date in it.
    func isFuture(_ index: Int, _ tokens: [Token]) -> Bool {
        let sentence = tokens[index].sentence
        var k = index
        while k > 0, tokens[k - 1].sentence == sentence { k -= 1 }
        var future = false
        while k < tokens.count, tokens[k].sentence == sentence {
            if Self.untilWords.contains(tokens[k]) { return false }
            if Self.futureWords.contains(tokens[k]) { future = true }
            k += 1
        }
        return future
    }

    /// The writer's own text asks us something: a request opener in a sentence that ends in "?".
    /// The sentence ends at a line break or at a full stop before a space, so that the dots of
    /// an address ("till Per (per@foretag.example)?") do not end it.
    func asksUs(_ tokens: [Token]) -> Bool {
        Self.requestOpeners.matches(in: tokens, where: { $0 == .own }).contains { hit in
            var k = hit.end
            while k < tokens.count, k < hit.end + 60, tokens[k].kind != .lineBreak {
                if tokens[k].text == "?" { return true }
                if tokens[k].text == "." || tokens[k].text == "!", k + 1 >= tokens.count || tokens[k + 1].spaceBefore || tokens[k + 1].kind == .lineBreak { return false }
                k += 1
            }
            return false
        }
    }

    /// "I have left Lindbergs Bil AB. Please contact kundtjanst@… instead.": a departure, from
    /// an organisation the words name (by its legal form or kind), and someone else to write to.
    /// Not "I have left the car at the charger", nor "I have left Sweden … contact me by email".
    func departureNotice(_ tokens: [Token]) -> PhraseMatcher<Void>.Hit? {
        guard let hit = Self.departurePhrases.matches(in: tokens, where: { $0 == .own }).first(where: { hit in
            hit.end < tokens.count && tokens[hit.end].kind == .word && tokens[hit.end].isCapitalized
                && (hit.end..<min(tokens.count, hit.end + 5)).contains { k in
                    tokens[k].sentence == tokens[hit.start].sentence
                        && !tokens[k].classes.isDisjoint(with: [.legalForm, .organisationWord, .municipalityWord])
                }
        }) else { return nil }
        let directs = tokens.indices.contains { k in
            tokens[k].role == .own && Self.contactWords.contains(tokens[k]) && tokens[k].sentence > tokens[hit.start].sentence
                && (k + 1 >= tokens.count || !Self.selfWords.contains(tokens[k + 1]))
        }
        return directs ? hit : nil
    }
    static let selfWords = WordSet(["me", "us", "mig", "oss"].map { TextFolding.fold($0) })
    static let departurePhrases = PhraseMatcher(["i have left", "i've left", "i have now left", "jag har lämnat", "jag har nu lämnat"].map { ($0, ()) })
    static let contactWords = WordSet(["contact", "kontakta", "write", "skriv", "email", "mejla", "maila"].map { TextFolding.fold($0) })

    func classify(_ message: Message, tokens: [Token]) -> (Report.Kind, Evidence) {
        let signals = message.autoReplySignals
        if signals.isDeliveryStatusReport {
            return (.bounce, Evidence(field: .kind, rule: "kind.delivery-status-report", excerpt: message.subject, confidence: 0.99))
        }
        if signals.fromMailerDaemon || (signals.bounceSubject && signals.isAutomatic) {
            return (.bounce, Evidence(field: .kind, rule: "kind.mailer-daemon", excerpt: message.subject, confidence: 0.95))
        }
        if signals.isReadReceipt {
            return (.autoReply, Evidence(field: .kind, rule: "kind.read-receipt", excerpt: message.subject, confidence: 0.97))
        }
        if signals.autoSubmitted == "auto-replied" || signals.hasAutoreplyHeader || signals.precedence == "auto_reply" {
            return (.autoReply, Evidence(field: .kind, rule: "kind.auto-reply-header", excerpt: message.subject, confidence: 0.97))
        }
        var ownWords = 0
        for i in tokens.indices where tokens[i].kind == .word && (tokens[i].role == .own || tokens[i].role == .signature) { ownWords += 1 }
        // A subject that labels itself ("Autosvar: …", "Out of Office: …") decides; one that only
        // starts with such a word ("Semester", "Ledig måndag?", "Out of office re: charger") may
        // be a person's, whose report of a fault keeps it a request (also when forwarded as it is).
        if signals.outOfOfficeSubject,
           signals.isAutomatic || signals.outOfOfficeLabel || CategoryClassifier.faultWeight(in: tokens, where: { $0 == .own || $0 == .forwarded }) < 1.5 {
            return (.autoReply, Evidence(field: .kind, rule: "kind.out-of-office-subject", excerpt: message.subject, confidence: 0.9))
        }
        // Outlook's plain read receipt: "Read: …" and "… was read on …".
        if signals.readReceiptSubject, !Self.readReceiptPhrases.matches(in: tokens, where: { $0 == .own || $0 == .signature }).isEmpty {
            return (.autoReply, Evidence(field: .kind, rule: "kind.read-receipt-text", excerpt: message.subject, confidence: 0.9))
        }
        if signals.bounceSubject, !Self.bouncePhrases.matches(in: tokens, where: { $0 == .own || $0 == .signature }).isEmpty {
            return (.bounce, Evidence(field: .kind, rule: "kind.bounce-subject-and-text", excerpt: message.subject, confidence: 0.85))
        }
        // A person may write "vi är på semester" or "jag fick ett automatiskt svar" in a real
        // report: fault words in their own text keep it a request, and so does a plain "is not
        // working" ("We are on vacation in Åre and the charger at the hotel is not working").
        // Nor does a machine say what it tried: "I'm over from the UK on holiday. Yesterday I
        // tried the charger …" is a visitor's report.
        // An absence still to come ("jag är ledig hela nästa vecka") is told by a person, not by
        // the notice sent during it; and a person gives us an agreement number or puts a question
        // to us ("Could you book the annual service …?").
        // Another desk's receipt ("A new ticket has been created from your request") repeats
        // the request it received, fault words and all: they are ours, not news of a fault.
        // A case system's notice of a new case to whoever handles it ("Ett nytt ärende har skapats
        // i kommunens felanmälan … Plats: … Beskrivning: …", nobody addressed) passes the report
        // on to us: a receipt speaks to the one who sent the request ("ditt ärende", "your request").
        let isReceipt = signals.isAutomatic && !Self.receiptPhrases.matches(in: tokens, where: { $0 == .own }).isEmpty
            && tokens.contains(where: { $0.role == .own && $0.kind == .word && Self.secondPerson.contains($0) })
        if ownWords < 120, let hit = Self.autoReplyPhrases.matches(in: tokens, where: { $0 == .own }).first(where: { !isFuture($0.start, tokens) && !isReceived($0.start, tokens) })
            ?? departureNotice(tokens),
           isReceipt || CategoryClassifier.faultWeight(in: tokens, where: { $0 == .own }) < 1.5,
           isReceipt || CategoryClassifier.notWorking(in: tokens, where: { $0 == .own }).isEmpty,
           !tokens.contains(where: { $0.role == .own && Self.attemptWords.contains($0.folded) }),
           !ContractFinder(tokens: tokens).hasContract(in: .own), !asksUs(tokens) {
            let excerpt = tokens.text(hit.start..<hit.end)
            return (.autoReply, Evidence(field: .kind, rule: "kind.out-of-office-text", excerpt: excerpt, confidence: 0.75))
        }
        return (.request, Evidence(field: .kind, rule: "kind.default-request", excerpt: message.subject, confidence: 0.9))
    }
}
