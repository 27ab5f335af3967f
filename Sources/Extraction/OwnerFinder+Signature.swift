import Mail

/// The organisation the writer signs for: the From display name, a signature line that
/// spells the sender's mail domain, a company line under the writer's name.
extension OwnerFinder {
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

    func organisation(spelling domain: String, in lines: [Substring]) -> Organisation? {
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
            // "Cheers,\nDaniel\nMotala Bil & Däck": the From's first name alone on a line names
            // the writer, and the capitalised line under it, which read as a name of its own, is
            // what they sign for.
            let writerWords = message.writerWords
            if let alone = lines.prefix(3).firstIndex(where: { line in
                let word = line.trimmingCharacters(in: ["/", "-", "–", " ", ",", "."])
                return !word.contains(" ") && writerWords.contains(word.lowercased())
            }), named.map({ alone < $0 }) ?? true { named = alone }
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
}
