/// Several byte strings searched for at once: needles are bucketed by their first byte, so
/// the haystack is read once and each position costs one table lookup instead of one
/// comparison per needle.
struct NeedleSet: Sendable {
    /// Needles by first byte, as offsets into `needles`.
    private let buckets: [[Int]]
    private let needles: [[UInt8]]
    /// Whether any needle starts with the byte: checked before a bucket is touched.
    private let leads: [Bool]
    /// Bit (b0 << 8 | b1) is set when a needle starts with bytes b0 b1: most positions that
    /// pass `leads` fail here, before any needle is compared.
    private let pairs: [UInt64]
    /// Needles of one byte, which `pairs` cannot describe.
    private let hasSingleByteNeedle: Bool

    init(_ strings: [String]) {
        needles = strings.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, needle) in needles.enumerated() { buckets[Int(needle[0])].append(index) }
        self.buckets = buckets
        leads = buckets.map { !$0.isEmpty }
        var pairs = [UInt64](repeating: 0, count: 1024)
        for needle in needles where needle.count >= 2 {
            let pair = Int(needle[0]) << 8 | Int(needle[1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.pairs = pairs
        hasSingleByteNeedle = needles.contains { $0.count == 1 }
    }

    /// True when any needle occurs in `haystack`.
    func occurs(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            for i in 0..<hay.count where leads[Int(hay[i])] {
                if !hasSingleByteNeedle {
                    guard i + 1 < hay.count else { continue }
                    let pair = Int(hay[i]) << 8 | Int(hay[i + 1])
                    guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                }
                for index in buckets[Int(hay[i])] {
                    let needle = needles[index]
                    guard i + needle.count <= hay.count else { continue }
                    var k = 1
                    while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
            }
            return false
        }
    }
}
