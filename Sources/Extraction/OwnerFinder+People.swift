import Mail

/// People: the writer's own name (signature, From, a form's name field, a closing) for a
/// private owner, and the writer of a forwarded original.
extension OwnerFinder {
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
    /// "Hej det här är Lena Ström jag ringer om …": a caller's words, as a switchboard's
    /// transcript of a voicemail or an SMS gateway passes them on.
    static let introductions = PhraseMatcher(["jag heter", "mitt namn är", "my name is", "my name's", "det här är", "this is"].map { ($0, ()) })

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
}
