#if canImport(Glibc)
import Glibc
#endif

extension String {
    /// Trims spaces, tabs, CR and LF only: header grammar whitespace, not Unicode's.
    public func trimmingASCIIWhitespace() -> String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { !Self.isASCIIWhitespace($0) }) else { return "" }
        let last = utf8.lastIndex(where: { !Self.isASCIIWhitespace($0) })!
        return String(self[first...last])
    }

    /// `lowercased()` without its Unicode machinery when the text is ASCII, as header names,
    /// MIME tokens and charset names are: the parser asks this of every field of every part.
    public func lowercasedASCIIFast() -> String {
        var hasUpper = false
        for byte in utf8 {
            if byte >= 0x80 { return lowercased() }
            if byte >= 65 && byte <= 90 { hasUpper = true }
        }
        guard hasUpper else { return self }
        let count = utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for byte in utf8 { buffer[i] = byte >= 65 && byte <= 90 ? byte + 32 : byte; i += 1 }
            return count
        }
    }

    /// Substring test on the UTF-8 bytes. With Foundation imported, `contains(_:)` on two
    /// strings resolves to `range(of:)`, which walks Characters with locale support: many
    /// times slower, and these needles need none of it.
    public func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in needle.withUTF8 { n in ByteSearch.contains(h, Array(n)) } }
    }

    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
}

extension Collection where Element == UInt8 {
    /// ASCII case-insensitive prefix test on raw bytes.
    func hasASCIIPrefixIgnoringCase(_ prefix: String) -> Bool {
        var iterator = makeIterator()
        for expected in prefix.utf8 {
            guard let byte = iterator.next() else { return false }
            if byte | 0x20 != expected | 0x20 { return false }
            if (byte | 0x20) < 97 || (byte | 0x20) > 122 { if byte != expected { return false } }
        }
        return true
    }
}

extension Substring {
    /// The pieces between the occurrences of `separator`, as `components(separatedBy:)` gives
    /// them, found on the UTF-8 bytes: Foundation's goes through NSString and UTF-16, which the
    /// extractor paid for on every signature line of every mail.
    public func piecesSeparated(by separator: String) -> [Substring] {
        var text = self
        var needle = separator
        let cuts: [Int] = text.withUTF8 { bytes in
            needle.withUTF8 { n in
                var cuts: [Int] = []
                guard let first = n.first, bytes.count >= n.count else { return cuts }
                var i = 0
                let last = bytes.count - n.count
                while i <= last {
                    if bytes[i] == first, memcmp(bytes.baseAddress! + i, n.baseAddress!, n.count) == 0 {
                        cuts.append(i)
                        i += n.count
                    } else {
                        i += 1
                    }
                }
                return cuts
            }
        }
        guard !cuts.isEmpty else { return [self] }
        var pieces: [Substring] = []
        pieces.reserveCapacity(cuts.count + 1)
        let length = separator.utf8.count
        var start = utf8.startIndex
        for cut in cuts {
            let end = utf8.index(utf8.startIndex, offsetBy: cut)
            pieces.append(self[start..<end])
            start = utf8.index(end, offsetBy: length)
        }
        pieces.append(self[start...])
        return pieces
    }
}

extension String {
    /// See `Substring.piecesSeparated(by:)`.
    public func piecesSeparated(by separator: String) -> [Substring] { self[...].piecesSeparated(by: separator) }
}
