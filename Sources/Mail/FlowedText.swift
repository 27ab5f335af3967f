/// RFC 3676 `format=flowed` plain text turned back into paragraphs.
///
/// Thunderbird and Apple Mail wrap long lines and mark each wrap with a trailing space: the
/// line goes on in the next one. Left as it stands, a site name wrapped over two lines
/// ("Ljusdals\nsimhall") reads as two sentences. Quoted lines (">") join only with lines of
/// the same quote depth; the signature separator "-- " never flows.
enum FlowedText {
    /// `delSp`: the `delsp=yes` parameter: the space before a soft break was added by the
    /// sender's program and goes (RFC 3676 §4.2).
    static func unflow(_ text: String, delSp: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var open = false  // the previous line flowed into this one
        var openDepth = 0
        var first = true
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine
            var depth = 0
            while line.first == ">" { depth += 1; line = line.dropFirst() }
            if line.first == " " { line = line.dropFirst() }  // space-stuffing (§4.4)
            let isSeparator = line == "-- "
            let flows = !isSeparator && line.last == " "
            if !(open && depth == openDepth) {  // else it continues the previous line
                if !first { out += "\n" }
                if depth > 0 { out += String(repeating: ">", count: depth) + (line.isEmpty ? "" : " ") }
            }
            first = false
            if flows, delSp { line = line.dropLast() }
            out += line
            open = flows
            openDepth = depth
        }
        return out
    }
}
