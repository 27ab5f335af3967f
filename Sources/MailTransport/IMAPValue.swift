/// The generic shapes an IMAP response is written in (RFC 9051 §4): atoms, numbers, strings
/// (quoted or literal), NIL and parenthesised lists. Responses are first read into these, then
/// interpreted, so the byte-level grammar lives in one place.
indirect enum IMAPValue: Sendable, Equatable {
    case atom(String)
    case number(UInt64)
    case string([UInt8])
    case nil_
    case list([IMAPValue])
    /// `[…]` after an atom such as BODY, kept as text: `BODY[HEADER.FIELDS (FROM)]`.
    case section(String)

    var text: String? {
        switch self {
        case .atom(let a): return a
        case .string(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .number(let n): return String(n)
        default: return nil
        }
    }
}
