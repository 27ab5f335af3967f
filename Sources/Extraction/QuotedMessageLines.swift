/// The lines a mail program writes where a quoted or forwarded message begins: header blocks
/// ("Från: Malin Öberg <…>", "Subject: …"), attribution lines ("Den 1 dec. 2026 kl. 08:15 skrev
/// Support <…>:") and separators ("---------- Vidarebefordrat meddelande ---------"). They are
/// the program's words and the sender's name, so rules that judge how the writer writes (with
/// capitals, with å, ä and ö) pass them over.
enum QuotedMessageLines {
    /// Marks the tokens of every such line, once per case, for the rules that pass them over.
    static func mark(_ tokens: inout [Token]) {
        var i = 0
        while i < tokens.count {
            let boundary = isBoundary(tokens, at: i)
            while i < tokens.count, tokens[i].kind != .lineBreak {
                if boundary { tokens[i].isInBoundaryLine = true }
                i += 1
            }
            i += 1
        }
    }

    /// Whether the line starting at token `i` is one of them. `i` must start a line.
    static func isBoundary(_ tokens: [Token], at i: Int) -> Bool {
        isHeaderLine(tokens, at: i) || isSeparatorLine(tokens, at: i) || isAttributionLine(tokens, at: i)
    }

    /// "Från: Malin Öberg <…>", "Subject: …": a header label and its colon open the line.
    static func isHeaderLine(_ tokens: [Token], at i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].text == ":" && headerLabelKeys.mayContain(tokens[i].key) && headerLabels.contains(tokens[i])
    }

    /// "Den 1 dec. 2026 kl. 08:15 skrev Support <support@…>:", "On Mon, … X wrote:".
    static func isAttributionLine(_ tokens: [Token], at i: Int) -> Bool {
        var k = i
        var sawVerb = false
        while k < tokens.count, tokens[k].kind != .lineBreak {
            if tokens[k].key == skrevKey || tokens[k].key == wroteKey, tokens[k].folded == "skrev" || tokens[k].folded == "wrote" { sawVerb = true }
            k += 1
        }
        return sawVerb && k > i && tokens[k - 1].text == ":"
    }

    /// Header labels of quoted and forwarded messages in Swedish and English, folded.
    static let headerLabels: WordSet = ["fran", "till", "amne", "skickat", "datum", "kopia", "from", "to", "subject", "sent", "date", "cc"]
    private static let headerLabelKeys = KeyFilter(keys: headerLabels.map { Token.key(of: $0) })
    private static let skrevKey = Token.key(of: "skrev")
    private static let wroteKey = Token.key(of: "wrote")

    /// "-----Ursprungligt meddelande-----", "________________": a rule of dashes or underscores.
    static func isSeparatorLine(_ tokens: [Token], at i: Int) -> Bool {
        var k = i
        var marks = 0
        while k < tokens.count, tokens[k].kind == .punctuation, tokens[k].text == "-" || tokens[k].text == "_" { marks += 1; k += 1 }
        return marks >= 3
    }
}
