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

    static func decodeQuotedPrintable(_ input: ArraySlice<UInt8>) -> Decoded {
        var damaged = false
        // Output is never longer than input; writing through a buffer avoids a uniqueness
        // check per appended byte.
        let output = input.withUnsafeBufferPointer { input in
            [UInt8](unsafeUninitializedCapacity: input.count) { out, written in
                var o = 0
                var i = 0
                let end = input.count
                while i < end {
                    let byte = input[i]
                    if byte == UInt8(ascii: "=") {
                        // Soft line break: "=" then optional whitespace then CRLF or LF.
                        var j = i + 1
                        while j < end, input[j] == 32 || input[j] == 9 { j += 1 }
                        if j < end, input[j] == 13, j + 1 < end, input[j + 1] == 10 { i = j + 2; continue }
                        if j < end, input[j] == 10 { i = j + 1; continue }
                        if j == end { i = end; continue }
                        if i + 2 < end, let hi = hexValue(input[i + 1]), let lo = hexValue(input[i + 2]) {
                            out[o] = hi << 4 | lo; o += 1
                            i += 3
                            continue
                        }
                        damaged = true
                        out[o] = byte; o += 1
                        i += 1
                        continue
                    }
                    if byte == 32 || byte == 9 {
                        // Trailing whitespace before a line break is transport padding (RFC 2045 §6.7 rule 3).
                        var j = i
                        while j < end, input[j] == 32 || input[j] == 9 { j += 1 }
                        if j == end || input[j] == 10 || (input[j] == 13 && j + 1 < end && input[j + 1] == 10) {
                            i = j
                            continue
                        }
                        while i < j { out[o] = input[i]; o += 1; i += 1 }
                        continue
                    }
                    out[o] = byte; o += 1
                    i += 1
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
