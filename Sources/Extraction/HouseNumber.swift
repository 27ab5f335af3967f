/// A house number as registries and writers give it: "12", "12A", "12 A", "2-4". Two numbers
/// are the same entrance when their ranges overlap and their letters do not differ: a writer
/// who types "Ekstigen 3" or "Handelsvägen 2" means "Ekstigen 3 B" or "Handelsvägen 2-4" of the
/// installed base; "Storgatan 120" is not "Storgatan 12".
struct HouseNumber: Sendable, Equatable {
    var numbers: ClosedRange<Int>
    /// Lower case, or nil when none was given.
    var letter: UInt8?

    func matches(_ other: HouseNumber) -> Bool {
        numbers.overlaps(other.numbers) && (letter == nil || other.letter == nil || letter == other.letter)
    }

    /// The house number in the folded words from `index` ("12a"; "12", "a"; "2-4") and the
    /// index after it, or nil when the word there is no house number.
    static func parse(at index: Int, count: Int, word: (Int) -> String) -> (HouseNumber, Int)? {
        guard index < count else { return nil }
        var bytes = Array(word(index).utf8)
        var end = index + 1
        // "12 B": an entrance letter standing alone after the number; A to H, so that the
        // Swedish "i" of "Ekstigen 3 i Åkersberga" is not read as one.
        if end < count, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            let next = Array(word(end).utf8)
            if next.count == 1, next[0] >= 97, next[0] <= 104 { bytes += next; end += 1 }
        }
        guard let number = parse(bytes) else { return nil }
        return (number, end)
    }

    /// "12", "12a", "2-4", "12a-12c"; nil for anything else.
    static func parse(_ bytes: [UInt8]) -> HouseNumber? {
        if let dash = bytes.firstIndex(of: UInt8(ascii: "-")) {
            guard let low = parse(Array(bytes[..<dash])), let high = parse(Array(bytes[(dash + 1)...])),
                  low.numbers.lowerBound <= high.numbers.upperBound else { return nil }
            return HouseNumber(numbers: low.numbers.lowerBound...high.numbers.upperBound, letter: low.letter == high.letter ? low.letter : nil)
        }
        let digits = bytes.prefix { $0 >= 48 && $0 <= 57 }
        guard !digits.isEmpty, digits.count <= 4, let value = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
        let rest = bytes.dropFirst(digits.count)
        guard rest.count <= 1 else { return nil }
        if let letter = rest.first {
            guard letter >= 97, letter <= 122 else { return nil }
            return HouseNumber(numbers: value...value, letter: letter)
        }
        return HouseNumber(numbers: value...value, letter: nil)
    }
}
