#if canImport(Glibc)
import Glibc
#endif

/// Turns a MIME tree into readable text blocks: picks the best alternative, converts HTML,
/// skips attachments, marks forwarded and returned messages, and splits own text from
/// quotes and signatures.
struct BodyTextBuilder {
    let limits: ParseLimits
    /// The subject says the mail is a forward ("VB:", "Fwd:"): a header block in its text then
    /// introduces the forwarded original, not a quoted earlier message.
    var isForward = false
    /// The sender's name words (`TextSegmenter.nameWords(of:)`), which let a closing written
    /// without capitals sign the mail.
    var writerWords: Set<String> = []

    func build(_ root: MIMEPart, defects: inout [ParseDefect]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var budget = limits.maxBodyTextBytes
        collect(root, context: nil, into: &blocks, defects: &defects, budget: &budget)
        return blocks
    }

    /// `context` forces a role on everything below (forwarded or returned messages).
    private func collect(_ part: MIMEPart, context: TextBlock.Role?, into blocks: inout [TextBlock],
                         defects: inout [ParseDefect], budget: inout Int) {
        guard budget > 0 else { return }
        if part.contentType.isMultipart {
            switch part.contentType.subtype {
            case "alternative":
                if let (best, text) = bestAlternative(part.children, defects: &defects) {
                    if let text {
                        append(text, isHTML: false, context: context, into: &blocks, budget: &budget)
                    } else {
                        collect(best, context: context, into: &blocks, defects: &defects, budget: &budget)
                    }
                }
            case "report":
                for (index, child) in part.children.enumerated() {
                    if index == 0 {
                        collect(child, context: context, into: &blocks, defects: &defects, budget: &budget)
                    } else if child.isEncapsulatedMessage || child.contentType.subtype == "rfc822-headers" {
                        collect(child, context: .returned, into: &blocks, defects: &defects, budget: &budget)
                    }
                }
            default:
                // "Forward as attachment" (Outlook, Apple Mail) sends the original as a
                // `message/rfc822` part marked as an attachment: it is the forwarded report, not
                // a file, so it is read as a forward.
                for child in part.children where !child.isAttachment || child.isEncapsulatedMessage {
                    collect(child, context: context, into: &blocks, defects: &defects, budget: &budget)
                }
            }
            return
        }
        if part.isEncapsulatedMessage {
            guard let inner = part.children.first else { return }
            let role = context ?? .forwarded
            let summary = ["From", "Date", "Subject", "To"].compactMap { name in
                inner.headers.decoded(name).map { "\(name): \($0)" }
            }.joined(separator: "\n")
            if !summary.isEmpty { blocks.append(TextBlock(role: role, text: summary)) }
            collect(inner, context: role, into: &blocks, defects: &defects, budget: &budget)
            return
        }
        guard part.contentType.isText, !part.isAttachment else { return }
        guard let text = decodeText(part, defects: &defects) else { return }
        append(text, isHTML: part.contentType.subtype == "html", context: context, into: &blocks, budget: &budget)
    }

    private func append(_ text: String, isHTML: Bool, context: TextBlock.Role?, into blocks: inout [TextBlock], budget: inout Int) {
        let plain = Self.removingInvisibles(isHTML ? HTMLText.convert(text) : text)
        // The budget is in UTF-8 bytes: counting characters would walk every grapheme.
        var limited = plain
        if plain.utf8.count > budget {
            var end = plain.utf8.index(plain.utf8.startIndex, offsetBy: budget)
            while end > plain.startIndex, plain.utf8[end] & 0xC0 == 0x80 { end = plain.utf8.index(before: end) }
            limited = String(decoding: plain.utf8[..<end], as: UTF8.self)
        }
        budget -= max(1, limited.utf8.count)
        if let context {
            let trimmed = limited.trimmingASCIIWhitespace()
            if !trimmed.isEmpty { blocks.append(TextBlock(role: context, text: trimmed)) }
        } else {
            blocks.append(contentsOf: TextSegmenter.segment(limited, isForward: isForward, writerWords: writerWords))
        }
    }

    /// Plain text when it says something (returned already decoded), else HTML, else whatever
    /// nested alternative has text.
    private func bestAlternative(_ children: [MIMEPart], defects: inout [ParseDefect]) -> (MIMEPart, String?)? {
        if let plain = children.first(where: { $0.contentType.is("text", "plain") && !$0.isAttachment }) {
            var plainDefects: [ParseDefect] = []
            if let text = decodeText(plain, defects: &plainDefects), text.utf8.contains(where: { $0 > 32 }),
               !(Self.isHTMLPlaceholder(text) && children.contains(where: { $0.contentType.is("text", "html") })) {
                defects.append(contentsOf: plainDefects)
                return (plain, text)
            }
        }
        if let html = children.last(where: { $0.contentType.is("text", "html") }) { return (html, nil) }
        return (children.last(where: { $0.contentType.isMultipart }) ?? children.first).map { ($0, nil) }
    }

    /// Soft hyphens and zero-width characters, which word processors and HTML editors put inside
    /// words ("Are\u{AD}nan", "Kabel\u{200B}gatan"): invisible to the reader, they would split a
    /// word in two for every rule. Text without them (nearly all) is returned as it is.
    static func removingInvisibles(_ text: String) -> String {
        var text = text
        let found = text.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            // Each invisible's UTF-8 holds a byte that ordinary text rarely has: 0xAD (U+00AD)
            // or 0x80 then 0x8B…0x8D, 0xA0 after 0xE2 / 0xBB 0xBF after 0xEF.
            func occurrences(of byte: UInt8, where test: (Int) -> Bool) -> Bool {
                var offset = 0
                while offset < bytes.count, let hit = memchr(base + offset, Int32(byte), bytes.count - offset) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if test(at) { return true }
                    offset = at + 1
                }
                return false
            }
            return occurrences(of: 0xAD) { $0 > 0 && bytes[$0 - 1] == 0xC2 }
                || occurrences(of: 0xE2) { at in
                    at + 2 < bytes.count && ((bytes[at + 1] == 0x80 && (0x8B...0x8D).contains(bytes[at + 2])) || (bytes[at + 1] == 0x81 && bytes[at + 2] == 0xA0))
                }
                || occurrences(of: 0xEF) { at in at + 2 < bytes.count && bytes[at + 1] == 0xBB && bytes[at + 2] == 0xBF }
        }
        guard found else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !invisibles.contains($0.value) }))
    }

    static let invisibles: Set<UInt32> = [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]

    /// "Your email client cannot display HTML", "Detta meddelande är i HTML-format": a plain
    /// alternative that only points to the HTML one, as some mail tools and ticket systems send.
    /// The message is in the HTML part, so that one is read.
    static func isHTMLPlaceholder(_ text: String) -> Bool {
        guard text.utf8.count <= 400 else { return false }
        let lowered = text.lowercased()
        guard lowered.contains("html") else { return false }
        return htmlPlaceholderWords.contains { lowered.contains($0) }
    }

    static let htmlPlaceholderWords = ["client", "program", "support", "display", "view", "browser", "format", "capable", "enable",
                                       "visa", "stöd", "klarar", "webbläsare", "läsa", "kräver", "requires"]

    /// CRLF and lone CR become LF: Swift treats "\r\n" as one Character, which would defeat
    /// every line-based rule downstream.
    static func normalizeLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(13) else { return bytes }
        return bytes.withUnsafeBufferPointer { input in
            [UInt8](unsafeUninitializedCapacity: input.count) { out, written in
                var o = 0
                var i = 0
                while i < input.count {
                    let b = input[i]
                    if b == 13 {
                        out[o] = 10
                        if i + 1 < input.count, input[i + 1] == 10 { i += 1 }
                    } else {
                        out[o] = b
                    }
                    o += 1
                    i += 1
                }
                written = o
            }
        }
    }

    func decodeText(_ part: MIMEPart, defects: inout [ParseDefect]) -> String? {
        var encoded = part.body
        if encoded.count > limits.maxTextPartBytes {
            encoded = encoded.prefix(limits.maxTextPartBytes)
            defects.append(ParseDefect(.textTruncated, partPath: part.path))
        }
        let decoded = part.transferEncoding.decode(encoded)
        if decoded.damaged {
            let code: ParseDefect.Code = part.transferEncoding == .base64 ? .damagedBase64 : .damagedQuotedPrintable
            defects.append(ParseDefect(code, partPath: part.path))
        }
        var charset = part.contentType.charset
        if part.contentType.subtype == "html", part.contentType.parameters["charset"] == nil,
           let declared = HTMLText.metaCharset(decoded.bytes) {
            charset = Charset(name: declared)
        }
        let text = charset.decode(BodyTextBuilder.normalizeLineEnds(decoded.bytes))
        if case .unknown(let name) = charset {
            defects.append(ParseDefect(.unknownCharset, partPath: part.path, detail: String(name.prefix(40))))
        } else if text.usedFallback {
            defects.append(ParseDefect(.charsetMismatch, partPath: part.path, detail: "bytes not valid in declared charset"))
        }
        if part.contentType.subtype == "plain", part.contentType.parameters["format"]?.lowercasedASCIIFast() == "flowed" {
            return FlowedText.unflow(text.text, delSp: part.contentType.parameters["delsp"]?.lowercasedASCIIFast() == "yes")
        }
        return text.text
    }
}
