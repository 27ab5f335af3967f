/// RFC 3676 `format=flowed` plain text turned back into paragraphs.
///
/// Thunderbird and Apple Mail wrap long lines and mark each wrap with a trailing space: the
/// line goes on in the next one. Left as it stands, a site name wrapped over two lines
/// ("Ljusdals\nsimhall") reads as two sentences. Quoted lines (">") join only with lines of
/// the same quote depth; the signature separator "-- " never flows.
enum FlowedText {
    /// `delSp`: the `delsp=yes` parameter: the space before a soft break was added by the
    /// sender's program and goes (RFC 3676 §4.2). Works on bytes: the markers are ASCII.
    static func unflow(_ text: String, delSp: Bool) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var open = false  // the previous line flowed into this one
        var openDepth = 0
        var first = true
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            var lineStart = start
            var depth = 0
            while lineStart < end, bytes[lineStart] == UInt8(ascii: ">") { depth += 1; lineStart += 1 }
            if lineStart < end, bytes[lineStart] == 32 { lineStart += 1 }  // space-stuffing (§4.4)
            var lineEnd = end
            let isSeparator = lineEnd - lineStart == 3 && bytes[lineStart] == 45 && bytes[lineStart + 1] == 45 && bytes[lineStart + 2] == 32
            let flows = !isSeparator && lineEnd > lineStart && bytes[lineEnd - 1] == 32
            if !(open && depth == openDepth) {  // else it continues the previous line
                if !first { out.append(10) }
                if depth > 0 {
                    out.append(contentsOf: repeatElement(UInt8(ascii: ">"), count: depth))
                    if lineEnd > lineStart { out.append(32) }
                }
            }
            first = false
            if flows, delSp { lineEnd -= 1 }
            out.append(contentsOf: bytes[lineStart..<lineEnd])
            open = flows
            openDepth = depth
            start = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
