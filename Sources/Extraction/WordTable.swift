/// A read-only map from words (as UTF-8 bytes) to values, for lookups on every token.
///
/// `Dictionary<String, _>` hashes with SipHash through `String`'s generic machinery; a mail
/// has hundreds of tokens, so the tokenizer instead hashes the bytes it already holds (FNV-1a)
/// into an open-addressed table whose keys are one contiguous byte array.
struct WordTable<Value: Sendable>: Sendable {
    private var keyBytes: [UInt8] = []
    /// Start of each key in `keyBytes`; key i ends where key i + 1 starts.
    private var keyStarts: [Int32] = [0]
    private var values: [Value] = []
    /// Key index + 1 per slot; 0 is empty.
    private var slots: [Int32]
    private let mask: Int

    init(_ entries: [(String, Value)]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            let bytes = Array(key.utf8)
            let found = bytes.withUnsafeBufferPointer { find($0) }
            precondition(found.index == nil, "duplicate word \(key)")
            slots[found.slot] = Int32(values.count + 1)
            keyBytes.append(contentsOf: bytes)
            keyStarts.append(Int32(keyBytes.count))
            values.append(value)
        }
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The slot holding `bytes`, or the empty slot where it would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (slot: Int, index: Int?) {
        var slot = Self.hash(bytes) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (slot, nil) }
            let start = Int(keyStarts[entry - 1]), end = Int(keyStarts[entry])
            if end - start == bytes.count, keyBytes.withUnsafeBufferPointer({ keys in
                bytes.count == 0 || memcmpEqual(keys.baseAddress! + start, bytes.baseAddress!, bytes.count)
            }) {
                return (slot, entry - 1)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Every key, in insertion order.
    var keys: [String] {
        (0..<values.count).map { String(decoding: keyBytes[Int(keyStarts[$0])..<Int(keyStarts[$0 + 1])], as: UTF8.self) }
    }

    subscript(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        find(bytes).index.map { values[$0] }
    }

    subscript(word: String) -> Value? {
        var word = word
        return word.withUTF8 { self[$0] }
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    for i in 0..<count where a[i] != b[i] { return false }
    return true
}
