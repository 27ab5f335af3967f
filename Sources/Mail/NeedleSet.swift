/// Several byte strings searched for at once: needles are bucketed by their first byte, so
/// the haystack is read once and each position costs one table lookup instead of one
/// comparison per needle.
struct NeedleSet: Sendable {
    /// Needles by first byte, as offsets into `needles`.
    private let buckets: [[Int]]
    private let needles: [[UInt8]]

    init(_ strings: [String]) {
        needles = strings.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, needle) in needles.enumerated() { buckets[Int(needle[0])].append(index) }
        self.buckets = buckets
    }

    /// True when any needle occurs in `haystack`.
    func occurs(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            for i in 0..<hay.count {
                let bucket = buckets[Int(hay[i])]
                if bucket.isEmpty { continue }
                for index in bucket {
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
