#if canImport(Glibc)
import Glibc
#endif

/// Content-Transfer-Encoding (RFC 2045 §6) and its lenient decoders.
///
/// Decoders accept what real mail contains: base64 with line breaks, stray characters and a
/// missing tail; quoted-printable with bare LF, lower-case hex, trailing spaces and broken escapes.
/// Neither ever fails; they report whether input was damaged so the caller can count it.
public enum TransferEncoding: Sendable, Equatable {
    case sevenBit, eightBit, binary, base64, quotedPrintable
    case unknown(String)

    public init(headerValue: String?) {
        switch headerValue?.trimmingASCIIWhitespace().lowercasedASCIIFast() {
        case nil, "", "7bit": self = .sevenBit
        case "8bit": self = .eightBit
        case "binary": self = .binary
        case "base64": self = .base64
        case "quoted-printable": self = .quotedPrintable
        case let other?: self = .unknown(other)
        }
    }

    public struct Decoded: Sendable {
        public var bytes: [UInt8]
        public var damaged: Bool
    }

    public func decode(_ input: ArraySlice<UInt8>) -> Decoded {
        switch self {
        case .base64: return Self.decodeBase64(input)
        case .quotedPrintable: return Self.decodeQuotedPrintable(input)
        case .sevenBit, .eightBit, .binary, .unknown: return Decoded(bytes: Array(input), damaged: false)
        }
    }

    private static let base64Values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(c)] = UInt8(i)
        }
        // URL-safe alphabet shows up from some webmail; accept it too.
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    static func decodeBase64(_ input: ArraySlice<UInt8>) -> Decoded {
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        var damaged = false
        var sawPadding = false
        var symbols = 0
        for byte in input {
            let value = base64Values[Int(byte)]
            if value == 0xFF {
                if byte == UInt8(ascii: "=") { sawPadding = true; symbols += 1; continue }
                if byte == 13 || byte == 10 || byte == 32 || byte == 9 { continue }
                damaged = true
                continue
            }
            if sawPadding { damaged = true; sawPadding = false }
            symbols += 1
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        // Base64 comes in groups of four symbols (padding included); a short group means the
        // data was cut off.
        if symbols % 4 != 0 { damaged = true }
        return Decoded(bytes: output, damaged: damaged)
    }

    /// Line by line: each line's text up to its trailing whitespace is copied in runs between
    /// "=" signs, found with `memchr`. A byte-by-byte loop tests every byte for "=", space and
    /// tab, and those tests follow the text, which the processor cannot predict.
    static func decodeQuotedPrintable(_ input: ArraySlice<UInt8>) -> Decoded {
        var damaged = false
        // Output is never longer than input; writing through a buffer avoids a uniqueness
        // check per appended byte.
        let output = input.withUnsafeBufferPointer { input in
            [UInt8](unsafeUninitializedCapacity: input.count) { out, written in
                guard let base = input.baseAddress, let outBase = out.baseAddress else { written = 0; return }
                let end = input.count
                var o = 0
                var i = 0
                func copy(_ from: Int, _ to: Int) {
                    guard to > from else { return }
                    (outBase + o).update(from: base + from, count: to - from)
                    o += to - from
                }
                while i < end {
                    let lineEnd = memchr(base + i, 10, end - i).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? end
                    let hasLineBreak = lineEnd < end
                    // "…\r\n": the CR belongs to the line break, which the decoded text keeps.
                    let textEnd = hasLineBreak && lineEnd > i && input[lineEnd - 1] == 13 ? lineEnd - 1 : lineEnd
                    // Trailing whitespace before a line break (or the end) is transport padding (RFC 2045 §6.7 rule 3).
                    var trimmed = textEnd
                    while trimmed > i, input[trimmed - 1] == 32 || input[trimmed - 1] == 9 { trimmed -= 1 }
                    var p = i
                    var softBreak = false
                    while p < trimmed {
                        guard let found = memchr(base + p, Int32(UInt8(ascii: "=")), trimmed - p) else { copy(p, trimmed); p = trimmed; break }
                        let equals = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                        copy(p, equals)
                        if equals == trimmed - 1 {
                            // "=" then only whitespace to the line break: a soft line break, or at the end nothing.
                            softBreak = true
                            p = trimmed
                        } else if equals + 2 < trimmed, let hi = hexValue(input[equals + 1]), let lo = hexValue(input[equals + 2]) {
                            outBase[o] = hi << 4 | lo
                            o += 1
                            p = equals + 3
                        } else {
                            damaged = true
                            outBase[o] = UInt8(ascii: "=")
                            o += 1
                            p = equals + 1
                        }
                    }
                    if softBreak || !hasLineBreak {
                        i = hasLineBreak ? lineEnd + 1 : end
                        continue
                    }
                    copy(textEnd, lineEnd + 1)
                    i = lineEnd + 1
                }
                written = o
            }
        }
        return Decoded(bytes: output, damaged: damaged)
    }

    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: return byte - 48
        case 65...70: return byte - 55
        case 97...102: return byte - 87
        default: return nil
        }
    }
}
