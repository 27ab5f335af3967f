/// A 4,096-bit filter over token keys (first three folded bytes and length, see `Token.key`).
///
/// Rules look words up in tables on every token, yet nearly every token of a mail is in none
/// of them. A bit test on the precomputed key dismisses those before any hashing of text.
struct KeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 64)

    init() {}

    init(keys: some Sequence<UInt32>) {
        for key in keys { insert(key) }
    }

    @inline(__always)
    private static func bit(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> 20) & 4095 }

    mutating func insert(_ key: UInt32) {
        let bit = Self.bit(key)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False means certainly absent; true means maybe present.
    @inline(__always)
    func mayContain(_ key: UInt32) -> Bool {
        let bit = Self.bit(key)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
