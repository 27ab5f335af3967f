/// Serials of makes the installed base and the built-in formats do not know, read where the
/// writer labels them: "serienummer CTK2207781", "S/N: 21473658", "the charger ID is
/// KEBA-19827734". A charger from another installer, or one the registry has not caught up
/// with, still has its id in the ticket; the label says it is one, so no shape is needed.
extension ChargerIDFinder {
    /// Labels of a serial or a charger's id. Not a bare "ID" ("Väktare ID 4471"), nor "nr".
    static let serialLabels = WordSet(["serienummer", "serienumret", "serienr", "serie-nr", "s/n", "sn", "serial", "serialnumber",
                                       "laddarens", "laddar-id", "laddarid", "charger", "unit", "enhetens", "boxens", "laddboxens"].map { TextFolding.fold($0) })
    static let serialWordKeys = KeyFilter(keys: serialLabels.filter(isSerialWord).map { Token.key(of: $0) })
    static let idWordKeys = KeyFilter(keys: idWords.map { Token.key(of: $0) })
    /// Words after a possessive label that make it one: "laddarens id", "charger ID", "unit serial".
    static let idWords: WordSet = ["id", "serial", "serienummer", "serienr", "nummer"]
    /// Words between a label and its value: "S/N: …", "serial number is …", "serienumret är …".
    static let labelFillers: WordSet = ["number", "no", "nr", "nummer", "is", "ar", ":", "#", "=", "."]
    /// "the serial number of my car is …", "serienumret på min tagg är …": another thing's number.
    static let notChargerWords = CategoryClassifier.cardWords.union(["car", "bil", "bilen", "bilens", "vehicle", "fordon", "fordonet", "phone",
                                                                     "telefon", "telefonen", "mobil", "mobilen", "router", "routern", "modem", "modemet"])
    static let numberWords: WordSet = ["number", "no", "nr", "nummer"]
    static let copulas: WordSet = ["is", "ar", "lyder"]

    /// The serial a label at token `i` introduces, and the index of its token.
    func labelledSerial(at i: Int) -> (String, Int)? {
        guard Self.serialLabels.contains(tokens[i]) else { return nil }
        var k = i + 1
        // "laddarens id", "charger ID", "unit serial number": a possessive or a noun needs its id word.
        if !Self.isSerialWord(tokens[i].folded) {
            guard k < tokens.count, Self.idWords.contains(tokens[k]) else { return nil }
            k += 1
        }
        // "the serial number on the label is …", "serienumret på dekalen är …": a few words
        // of where it is written, then the verb.
        while k < tokens.count, k - i <= 3, Self.numberWords.contains(tokens[k]) { k += 1 }
        if k < tokens.count, !Self.labelFillers.contains(tokens[k]),
           let verb = (k..<min(tokens.count, k + 5)).first(where: { Self.copulas.contains(tokens[$0]) || tokens[$0].text == ":" }),
           tokens[k..<verb].allSatisfy({ $0.kind == .word && $0.sentence == tokens[i].sentence && !Self.notChargerWords.contains($0) }) {
            k = verb
        }
        while k < tokens.count, k - i <= 10, tokens[k].sentence == tokens[i].sentence, tokens[k].kind != .lineBreak,
              Self.labelFillers.contains(tokens[k]) { k += 1 }
        guard k < tokens.count, tokens[k].isWordLike, let serial = Self.serialShape(tokens[k].text) else { return nil }
        // "S/N 2207 781": a value that goes on in more digit groups is no one word's serial.
        if k + 1 < tokens.count, tokens[k + 1].spaceBefore, tokens[k + 1].kind == .number { return nil }
        return (serial, k)
    }

    static func isSerialWord(_ folded: String) -> Bool {
        folded.hasPrefix("serie") || folded.hasPrefix("serial") || folded == "s/n" || folded == "sn"
    }

    /// A serial as one word: letters, digits and inner dashes, six to twenty-four of them,
    /// four or more digits. Not a date, a phone number (a leading zero), an agreement number or
    /// a postal address's digits alone. Upper case, as ids are canonical.
    static func serialShape(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard (6...24).contains(bytes.count), bytes.first != 45, bytes.last != 45,
              bytes.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) || $0 == 45 }) else { return nil }
        let digits = bytes.filter { $0 >= 48 && $0 <= 57 }.count
        guard digits >= 4 else { return nil }
        let upper = text.uppercased()
        if upper.hasPrefix("SLA") { return nil }
        if digits == bytes.count, bytes.first == 48 { return nil }
        // "2026-12-05": a date's shape.
        if bytes.count == 10, bytes[4] == 45, bytes[7] == 45, digits == 8 { return nil }
        return upper
    }
}
