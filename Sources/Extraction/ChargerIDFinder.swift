import Foundation

/// Finds charger identifiers however they were typed: `SE*LAN*E0012345`, `se lan e0012345`,
/// `EH 482 913`, `zap 044810`, `GLB 2011 873`, `tacw2242321g0123`.
struct ChargerIDFinder {
    let tokens: [Token]
    let formats: [ChargerIDFormat]

    struct Found {
        var id: String
        var index: Int
        var role: Token.Role
        /// The sentence says this charger works ("den andra (EH…) fungerar"): a reference, not the report's subject.
        var describedAsWorking: Bool
        /// The id is of a unit taken away ("den gamla boxen (EH…)", "the old unit EH…"): the
        /// report is about what replaced it.
        var describedAsOld = false
    }

    static let roleOrder: [Token.Role] = [.own, .subject, .forwarded, .quoted, .signature]

    /// First letters of the serial formats, so most tokens are dismissed by one byte.
    var formatLeads: [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for format in formats { if let lead = format.lowercasedPrefix.utf8.first { table[Int(lead)] = true } }
        return table
    }

    func findAll() -> [Found] {
        var found: [Found] = []
        let leads = formatLeads
        for i in tokens.indices where tokens[i].kind == .word {
            guard Self.mayStartID(key: tokens[i].key, classes: tokens[i].classes, leads: leads) || mayBeCompactEVSE(i),
                  let (id, _) = match(at: i, leads: leads) else { continue }
            if i > 0, let previous = found.last, previous.index >= i - 3, previous.id == id { continue }
            found.append(Found(id: id, index: i, role: tokens[i].role, describedAsWorking: describesWorking(i), describedAsOld: describesOldUnit(i)))
            // A range names its last charger too: the report is about several, and links none.
            if let range = serialRange(at: i), range.first == id {
                found.append(Found(id: range.last, index: i, role: tokens[i].role, describedAsWorking: describesWorking(i), describedAsOld: describesOldUnit(i)))
            }
        }
        // "serienummer CTK2207781": a labelled serial of a shape no format knows.
        // The key test on the buffer first: this asks every token, and nearly all fail it.
        // A serial word ("serienummer", "S/N") by its key, or any word before an id word
        // ("laddarens id", "charger ID"): "lad…" and "cha…" alone would let most words through.
        let labels = tokens.withUnsafeBufferPointer { tokens in
            tokens.indices.filter { i in
                tokens[i].kind == .word && (Self.serialWordKeys.mayContain(tokens[i].key)
                    || (i + 1 < tokens.count && Self.idWordKeys.mayContain(tokens[i + 1].key)))
            }
        }
        for i in labels {
            guard let (serial, at) = labelledSerial(at: i), !found.contains(where: { $0.id == serial || $0.index == at }) else { continue }
            found.append(Found(id: serial, index: at, role: tokens[at].role, describedAsWorking: describesWorking(at), describedAsOld: describesOldUnit(at)))
        }
        // Priority: role order, then charger that is not described as working, then position.
        return found.sorted { a, b in
            let ra = Self.roleOrder.firstIndex(of: a.role) ?? 9, rb = Self.roleOrder.firstIndex(of: b.role) ?? 9
            if ra != rb { return ra < rb }
            if a.describedAsWorking != b.describedAsWorking { return !a.describedAsWorking }
            if a.describedAsOld != b.describedAsOld { return !a.describedAsOld }
            return a.index < b.index
        }
    }

    /// The id starting at token `i`, and the index after it.
    /// From the token key alone (first folded bytes, length up to three): can an id start here?
    /// Dismisses nearly every word without touching its text.
    @inline(__always)
    /// Takes the key and classes, not the token: a token passed by value is copied, and its
    /// two strings retained, for every word of the mail.
    static func mayStartID(key: UInt32, classes: WordClass, leads: [Bool]) -> Bool {
        let keyLength = Int(key >> 24)
        guard keyLength > 0 else { return false }
        let lead = UInt8(truncatingIfNeeded: key >> (8 * UInt32(keyLength - 1)))
        guard lead >= 97 && lead <= 122 else { return false }
        // A serial's prefix, a two-letter country code, or an EVSE id joined by "*" or by "-"
        // ("SE-LAN-E0012345": two letters, then a dash as the third byte).
        return leads[Int(lead)] || keyLength == 2 || classes.contains(.starJoined) || (keyLength == 3 && UInt8(truncatingIfNeeded: key) == 45)
    }

    /// Token `i` may be an EVSE id written without separators: a country's two letters first,
    /// and long. Asked apart from `mayStartID` since many words start "se", "no" or "fi".
    func mayBeCompactEVSE(_ i: Int) -> Bool {
        let key = tokens[i].key
        guard key >> 24 == 3 else { return false }
        // Countries whose EVSE ids may be written without their "*", as the first two bytes of
        // the key: "se", "no", "dk", "fi". Literal integers, no lookup: this is asked of nearly every word.
        switch UInt16(truncatingIfNeeded: key >> 8) {
        case 0x7365, 0x6E6F, 0x646B, 0x6669: return tokens[i].text.utf8.count >= 11
        default: return false
        }
    }

    /// "ZAP230101–ZAP230104", "ZAP230101-ZAP230104": two serials of one format joined by a dash,
    /// a range of chargers written as one word.
    func serialRange(at i: Int) -> (first: String, last: String)? {
        let text = tokens[i].text
        guard text.utf8.count >= 9, text.unicodeScalars.contains(where: { Self.dashes.contains($0) }) else { return nil }
        let parts = text.uppercased().split(whereSeparator: { $0.unicodeScalars.allSatisfy { Self.dashes.contains($0) } })
        guard parts.count == 2, let format = formats.first(where: { parts[0].hasPrefix($0.prefix) && parts[1].hasPrefix($0.prefix) }),
              format.matches(String(parts[0])), format.matches(String(parts[1])) else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}"]

    func match(at i: Int, leads: [Bool]? = nil) -> (String, Int)? {
        let leads = leads ?? formatLeads
        guard Self.mayStartID(key: tokens[i].key, classes: tokens[i].classes, leads: leads) || mayBeCompactEVSE(i) else { return nil }
        let key = tokens[i].key
        let lead = UInt8(truncatingIfNeeded: key >> (8 * UInt32(Int(key >> 24) - 1)))
        let mayBeSerial = leads[Int(lead)]
        let first = tokens[i].text
        let length = first.utf8.count
        // Only tokens that can start an EVSE id (two letters, or three parts joined by "*" or "-") or a serial go on.
        let joiner: Character? = length < 8 ? nil : first.utf8.contains(42) ? "*" : (first.utf8.dropFirst(2).first == 45 ? "-" : nil)
        // "SEGLSE0500002": an EVSE id without its separators, as some portals print it.
        // Only a country's two letters, three more and then "E" get this far: no copies for the
        // many long words that start like a serial.
        if joiner == nil, length <= 37, mayBeCompactEVSE(i), first.utf8.dropFirst(5).first.map({ $0 | 0x20 == UInt8(ascii: "e") }) == true,
           first.utf8.allSatisfy({ $0 < 0x80 }) {
            let utf8 = Array(first.utf8)
            if let id = ChargerIDFormat.evseID(country: String(decoding: utf8[0..<2], as: UTF8.self), operatorID: String(decoding: utf8[2..<5], as: UTF8.self),
                                               outlet: String(decoding: utf8[5...], as: UTF8.self)) {
                return (id, i + 1)
            }
        }
        guard mayBeSerial || length == 2 || joiner != nil else { return nil }
        // EVSE ID in one token; "SE*LAN*E*0012345" writes the E as a part of its own.
        if let joiner {
            var parts = first.split(separator: joiner).map(String.init)
            if parts.count == 4, parts[2].uppercased() == "E" { parts = [parts[0], parts[1], "E" + parts[3]] }
            // "SE*GLS*E0500002*1": the outlet's connector after the id; the charger is the id.
            if parts.count == 4, parts[3].count <= 2, parts[3].allSatisfy(\.isNumber) { parts.removeLast() }
            if parts.count == 3, let id = ChargerIDFormat.evseID(country: parts[0], operatorID: parts[1], outlet: parts[2]) {
                return (id, i + 1)
            }
            // "SE*KRN*E012 0002": the outlet's digits read out in groups.
            if parts.count == 3, let (outlet, end) = groupedOutlet(parts[2], after: i),
               let id = ChargerIDFormat.evseID(country: parts[0], operatorID: parts[1], outlet: outlet) {
                return (id, end)
            }
            // "SE*NHB*E 0300001": the outlet's digits typed apart from its E.
            if parts.count == 3, parts[2].uppercased() == "E", i + 1 < tokens.count, tokens[i + 1].spaceBefore, tokens[i + 1].kind == .number,
               let id = ChargerIDFormat.evseID(country: parts[0], operatorID: parts[1], outlet: "E" + tokens[i + 1].text) {
                return (id, i + 2)
            }
        }
        // "SE * KRN * E0120002": the stars typed apart from the parts they join.
        if length == 2, i + 4 < tokens.count, tokens[i + 1].text == "*", tokens[i + 3].text == "*", tokens[i + 2].kind == .word,
           tokens[i + 2].text.utf8.count == 3, tokens[i + 4].isWordLike, tokens[i + 4].folded.utf8.first == UInt8(ascii: "e") {
            if let id = ChargerIDFormat.evseID(country: first, operatorID: tokens[i + 2].text, outlet: tokens[i + 4].text) { return (id, i + 5) }
            if let (outlet, end) = groupedOutlet(tokens[i + 4].text, after: i + 4),
               let id = ChargerIDFormat.evseID(country: first, operatorID: tokens[i + 2].text, outlet: outlet) {
                return (id, end)
            }
        }
        // EVSE ID in three tokens separated by spaces.
        if length == 2, i + 2 < tokens.count, tokens[i + 1].spaceBefore, tokens[i + 2].spaceBefore,
           tokens[i + 1].kind == .word, tokens[i + 1].text.utf8.count == 3, tokens[i + 2].isWordLike,
           tokens[i + 2].folded.utf8.first == UInt8(ascii: "e"), tokens[i + 2].text.utf8.count >= 5, spacedPartsReadAsEVSE(i),
           let id = ChargerIDFormat.evseID(country: first, operatorID: tokens[i + 1].text, outlet: tokens[i + 2].text) {
            return (id, i + 3)
        }
        // … and in four, the E apart from its digits: "SE LAN E 0012360".
        if length == 2, i + 3 < tokens.count, tokens[i + 1].spaceBefore, tokens[i + 2].spaceBefore, tokens[i + 3].spaceBefore,
           tokens[i + 1].kind == .word, tokens[i + 1].text.utf8.count == 3, tokens[i + 2].folded == "e", tokens[i + 3].kind == .number,
           let id = ChargerIDFormat.evseID(country: first, operatorID: tokens[i + 1].text, outlet: "E" + tokens[i + 3].text) {
            return (id, i + 4)
        }
        // Serials: a prefix, then digit groups separated by spaces.
        guard mayBeSerial else { return nil }
        let folded = tokens[i].folded.utf8
        guard formats.contains(where: { folded.starts(with: $0.lowercasedPrefix.utf8) }) else { return nil }
        // From the folded text: a word processor's dash ("EH‑482913") is "-" there.
        var upper = String(tokens[i].folded.uppercased().filter { $0 != "-" })
        // "ZAP230101–ZAP230104": a range of serials; the report names the first.
        if let range = serialRange(at: i) { upper = range.first }
        for format in formats where upper.hasPrefix(format.prefix) {
            var candidate = upper
            var end = i + 1
            if format.matches(candidate) { return (candidate, end) }
            while end < tokens.count, end - i <= 3, tokens[end].spaceBefore, tokens[end].kind == .number || tokens[end].kind == .word {
                // "ZAP 230-104": a group written with a dash, as serials are read out.
                candidate += tokens[end].kind == .number ? tokens[end].text.filter { $0 != "-" } : tokens[end].text.uppercased()
                end += 1
                if format.matches(candidate) {
                    // Not when the number goes on ("EH 482 913 77").
                    if end < tokens.count, tokens[end].spaceBefore, tokens[end].kind == .number { break }
                    return (candidate, end)
                }
                if candidate.count > format.prefix.count + format.shape.count { break }
            }
        }
        return nil
    }


    /// An EVSE id's outlet too short to be one ("E012"), and the digit group after token `index`
    /// that completes it ("E012 0002"): the outlet and the index after it.
    private func groupedOutlet(_ outlet: String, after index: Int) -> (String, Int)? {
        guard outlet.utf8.count < 5 || outlet.utf8.dropFirst().filter({ $0 >= 48 && $0 <= 57 }).count < 4,
              index + 1 < tokens.count, tokens[index + 1].spaceBefore, tokens[index + 1].kind == .number,
              tokens[index + 1].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        // Not when the number goes on ("E012 0002 3"): a phone number or a count follows.
        if index + 2 < tokens.count, tokens[index + 2].spaceBefore, tokens[index + 2].kind == .number { return nil }
        return (outlet + tokens[index + 1].text, index + 2)
    }

    /// "Det ar box EH970002" without diacritics has the shape of a spaced EVSE id ("SE KNV
    /// E0700002"): two letters, three, then a word starting with E. Read it as one when the
    /// country and operator are written in capitals, or when only digits follow the E, and
    /// never when the last word is a serial on its own.
    private func spacedPartsReadAsEVSE(_ i: Int) -> Bool {
        let outlet = tokens[i + 2].folded.utf8
        if formats.contains(where: { outlet.starts(with: $0.lowercasedPrefix.utf8) && $0.matches(tokens[i + 2].text.uppercased()) }) { return false }
        let capitals = (tokens[i].text + tokens[i + 1].text).utf8.allSatisfy { !($0 >= 97 && $0 <= 122) }
        return capitals || outlet.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Whether the clause around the id says that charger works ("den andra (EH…) fungerar",
    /// "EH… works fine, but …"). Parentheses do not end the clause they sit in.
    /// "den gamla boxen (EH771190)", "the old unit, EH771190", "tidigare laddare EH…": an
    /// old-word among the few words before the id, in its sentence.
    func describesOldUnit(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var k = index - 1
        var words = 0
        var afterPreposition = false
        while k >= 0, words < 4, tokens[k].sentence == sentence {
            if tokens[k].isWordLike {
                // "was replaced in June by ZAP…", "byttes ut mot GLB…": the id after the replacing
                // verb and its preposition is the new unit.
                if Self.replacementPrepositions.contains(tokens[k]) { afterPreposition = true }
                if afterPreposition, Self.replacingWords.contains(tokens[k]) { return false }
                if Self.oldWords.contains(tokens[k]) { return true }
                // "er tekniker bytte vår laddbox TACW… mot en ny", "you replaced our charger EH… with":
                // the id an active verb of replacing takes, before what it was replaced with.
                if !afterPreposition, Self.activeReplacingWords.contains(tokens[k]), replacementFollows(index) { return true }
                words += 1
            }
            k -= 1
        }
        // "GLB… byttes ut i somras mot en ny", "EH… was replaced by …": a verb of replacing, in
        // the past, among the few words after the id. Not "EH… behöver bytas", "needs to be
        // replaced": that unit is still the one that is there.
        k = index + 1
        words = 0
        while k < tokens.count, words < 4, tokens[k].sentence == sentence {
            if tokens[k].isWordLike {
                if Self.replacedWords.contains(tokens[k]) { return true }
                if Self.replacedParticiples.contains(tokens[k]), k > 0, Self.pastAuxiliaries.contains(tokens[k - 1]) { return true }
                words += 1
            }
            k += 1
        }
        return false
    }
    /// Active past forms of "replace" whose object is the old unit. Folded.
    static let activeReplacingWords = WordSet(["bytte", "ersatte", "replaced", "swapped", "exchanged"])

    /// A replacement preposition ("mot", "with", "for", "by") among the few words after the id:
    /// "bytte X mot en ny", "replaced X with a new one". Without it, "we replaced the cable on
    /// EH…" says nothing of the unit itself.
    func replacementFollows(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var k = index + 1
        var words = 0
        while k < tokens.count, words < 4, tokens[k].sentence == sentence {
            if tokens[k].isWordLike {
                if Self.replacementPrepositions.contains(tokens[k]) || tokens[k].folded == "for" { return true }
                words += 1
            }
            k += 1
        }
        return false
    }

    /// Swedish past forms of "replace": only what has been done.
    static let replacedWords = WordSet(["byttes", "bytts", "ersattes", "ersatts", "utbytt", "utbyttes"])
    /// English participles, which read as past only after an auxiliary of the past ("was replaced",
    /// "has been swapped"): "to be replaced" is a plan.
    static let replacedParticiples = WordSet(["replaced", "swapped", "exchanged"])
    static let pastAuxiliaries = WordSet(["was", "were", "been", "got"])
    static let replacementPrepositions = WordSet(["by", "with", "mot", "av", "med"])
    /// The word before the preposition in "replaced by", "bytts ut mot", "ersatt av". Folded.
    static let replacingWords = WordSet(["replaced", "swapped", "exchanged", "ut", "ersatt", "ersatts", "ersattes", "bytt", "bytts", "byttes"])
    static let oldWords = WordSet(["gamla", "gammal", "gammla", "old", "previous", "former", "tidigare", "förra", "utbytta", "replaced",
                               "ersatta", "borttagna", "removed"].map { TextFolding.fold($0) })

    func describesWorking(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var start = index
        var depth = 0
        while start > 0, tokens[start - 1].sentence == sentence {
            let t = tokens[start - 1].folded
            if t == ")" { depth += 1 } else if t == "(" { depth = max(0, depth - 1) }
            else if depth == 0, tokens[start - 1].is(.clauseBreak) { break }
            start -= 1
        }
        var end = index + 1
        depth = 0
        // "Laddaren vid Sporthallen Vallen, GLB9710001, fungerar bra igen": an id in apposition,
        // between commas, belongs to the clause that goes on after it.
        let inApposition = index > 0 && index + 1 < tokens.count && tokens[index - 1].text == "," && tokens[index + 1].text == ","
        while end < tokens.count, tokens[end].sentence == sentence {
            let t = tokens[end].folded
            if t == "(" { depth += 1 } else if t == ")" { depth = max(0, depth - 1) }
            else if depth == 0, tokens[end].is(.clauseBreak), !(inApposition && end == index + 1) { break }
            end += 1
        }
        var negated = false
        var working = false
        var charges = false
        var again = false
        // "den med nummer ZAP051190 (den andra, vid personalparkeringen, fungerar)": an aside in
        // parentheses after the id speaks of something else.
        var aside = 0
        for k in start..<end {
            let token = tokens[k]
            if k > index, token.text == "(" { aside += 1 } else if k > index, token.text == ")" { aside = max(0, aside - 1) }
            guard token.kind == .word, aside == 0 else { continue }
            if token.is(.negation) { negated = true }
            if token.is(.working) { working = true }
            if Self.chargesVerbs.contains(token) { charges = true }
            if Self.againWords.contains(token) { again = true }
        }
        // "Efter att ni bytte kretskortet på EH993002 laddar den igen": it charges again.
        if charges && again { working = true }
        guard working, !negated else { return false }
        // "SE*KRN*E0010002: fungerar men syns inte i portalen", "works but is slow": a "but" that
        // goes on with the same charger's verb qualifies the working; "works but the other one
        // doesn't", "… men ZAP733013 har slutat ladda" names another subject and leaves it standing.
        if end + 1 < tokens.count, tokens[end].sentence == sentence, Self.contrasts.contains(tokens[end]),
           tokens[end + 1].kind == .word, !Self.subjectStarts.contains(tokens[end + 1]),
           !tokens[end + 1].folded.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) {
            return false
        }
        return true
    }

    static let contrasts: WordSet = ["men", "but"]
    static let chargesVerbs: WordSet = ["laddar", "charges", "charging"]
    static let againWords: WordSet = ["igen", "again"]
    /// Words that start a new subject after "men"/"but": another charger or a person.
    static let subjectStarts: WordSet = ["den", "det", "de", "dom", "denna", "detta", "the", "it", "they", "this", "that", "jag", "vi", "i", "we",
                                         "min", "mitt", "my", "our", "var", "vart", "andra", "other", "ena", "one", "nu", "now", "ingen", "none",
                                         "bilen", "kortet", "appen", "man", "you", "du", "ni", "hon", "han", "she", "he"]
}
