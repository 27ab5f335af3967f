/// Several byte strings searched for at once: needles are bucketed by their first byte, so
/// the haystack is read once and each position costs one table lookup instead of one
/// comparison per needle.
struct NeedleSet: Sendable {
    /// Needles by first byte, as offsets into `needles`.
    private let buckets: [[Int]]
    private let needles: [[UInt8]]
    /// Whether any needle starts with the byte: checked before a bucket is touched.
    private let leads: [Bool]

    init(_ strings: [String]) {
        needles = strings.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, needle) in needles.enumerated() { buckets[Int(needle[0])].append(index) }
        self.buckets = buckets
        leads = buckets.map { !$0.isEmpty }
    }

    /// True when any needle occurs in `haystack`.
    func occurs(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            for i in 0..<hay.count where leads[Int(hay[i])] {
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
