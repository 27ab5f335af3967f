/// Splits a plain-text body into own text, quoted replies, forwarded originals and signature.
///
/// Markers are those that the common mail programs write (Outlook, Apple Mail, Gmail,
/// Thunderbird, phones), in Swedish and English. Every line is kept; only its role changes.
/// Lines are compared as lower-cased bytes: this runs on every line of every mail.
public enum TextSegmenter {
    public static func segment(_ text: String) -> [TextBlock] {
        let lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { bytes -> Substring in
            Substring(bytes.last == 13 ? bytes.dropLast() : bytes)
        }
        var blocks: [TextBlock] = []
        var role = TextBlock.Role.own
        var currentRole = TextBlock.Role.own
        var current: [Substring] = []

        func emit(_ line: Substring, as lineRole: TextBlock.Role) {
            if lineRole != currentRole, !current.isEmpty {
                blocks.append(TextBlock(role: currentRole, text: current.joined(separator: "\n")))
                current.removeAll()
            }
            currentRole = lineRole
            current.append(line)
        }

        let lowered = lines.map(Line.init)
        for (index, line) in lines.enumerated() {
            let lower = lowered[index]
            if lower.isForwardMarker {
                role = .forwarded
                emit(line, as: .forwarded)
                continue
            }
            if role != .forwarded, lower.isReplyHeader(following: lowered[(index + 1)..<min(lowered.count, index + 4)]) {
                role = .quoted
                emit(line, as: .quoted)
                continue
            }
            if lower.bytes.first == UInt8(ascii: ">") {
                emit(line, as: role == .forwarded ? .forwarded : .quoted)
                continue
            }
            switch role {
            case .own:
                if line == "-- " || line == "--" || lower.isClosing || lower.isDeviceFooter { role = .signature }
            case .signature:
                if lower.hasPrefix("ps ") || lower.hasPrefix("ps.") || lower.hasPrefix("p.s") || lower.hasPrefix("ps:") { role = .own }
            default:
                break
            }
            emit(line, as: role)
        }
        if !current.isEmpty { blocks.append(TextBlock(role: currentRole, text: current.joined(separator: "\n"))) }
        return blocks.filter { block in block.text.utf8.contains { $0 != 32 && $0 != 9 && $0 != 10 } }
    }

    /// A line trimmed of spaces (and no-break spaces) and lower-cased, as bytes. Lines longer
    /// than any marker keep no bytes, so the checks cost nothing for paragraphs.
    struct Line {
        let bytes: [UInt8]

        init(_ line: Substring) {
            let raw = line.utf8
            var start = raw.startIndex, end = raw.endIndex
            while start < end {
                let b = raw[start]
                if b == 32 || b == 9 { start = raw.index(after: start); continue }
                if b == 0xC2, raw.index(after: start) < end, raw[raw.index(after: start)] == 0xA0 { start = raw.index(start, offsetBy: 2); continue }
                break
            }
            while start < end {
                let last = raw.index(before: end)
                if raw[last] == 32 || raw[last] == 9 { end = last } else { break }
            }
            guard raw.distance(from: start, to: end) <= 200 else { bytes = []; return }
            var utf8 = Array(raw[start..<end])
            // ASCII and the Swedish capitals Å Ä Ö (C3 85/84/96 → C3 A5/A4/B6) are lower-cased.
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                if b >= 65 && b <= 90 { utf8[i] = b + 32 }
                else if b == 0xC3, i + 1 < utf8.count, [0x85, 0x84, 0x96].contains(utf8[i + 1]) { utf8[i + 1] += 0x20; i += 1 }
                i += 1
            }
            bytes = utf8
        }

        func hasPrefix(_ prefix: String) -> Bool { bytes.starts(with: prefix.utf8) }
        @inline(__always)
        func hasPrefix(_ prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && bytes[0] == prefix[0] && bytes.starts(with: prefix) }
        func hasSuffix(_ suffix: String) -> Bool { bytes.count >= suffix.utf8.count && bytes.reversed().starts(with: suffix.utf8.reversed()) }
        func contains(_ needle: String) -> Bool { ByteSearch.contains(bytes, needle) }

        var isForwardMarker: Bool {
            guard !bytes.isEmpty else { return false }
            if TextSegmenter.forwardMarkerBytes.contains(where: hasPrefix) { return true }
            return bytes[0] == UInt8(ascii: "-") && (contains("forwarded message") || contains("vidarebefordra"))
        }

        func isReplyHeader(following next: ArraySlice<Line>) -> Bool {
            guard !bytes.isEmpty else { return false }
            if TextSegmenter.replySeparatorBytes.contains(where: hasPrefix) { return true }
            // "On Tue, 3 Feb 2026 at 10:12, Anna <a@x> wrote:" / "Den 3 feb. 2026 kl. 10:12 skrev Anna <a@x>:"
            if hasSuffix("wrote:") && (hasPrefix("on ") || contains("@")) { return true }
            if hasSuffix(":") && contains(" skrev") && (hasPrefix("den ") || hasPrefix("på ") || contains("@")) { return true }
            if hasSuffix("skrev:") && (contains("@") || contains(" kl")) { return true }
            // Outlook's header block without a separator: "Från: …" then "Skickat: …" (or From/Sent).
            if hasPrefix("från:") || hasPrefix("from:") {
                return next.contains { $0.hasPrefix("skickat:") || $0.hasPrefix("sent:") || $0.hasPrefix("datum:") || $0.hasPrefix("date:") }
            }
            return false
        }

        var isClosing: Bool {
            guard !bytes.isEmpty, bytes.count <= 60, TextSegmenter.closingLeads.contains(bytes[0]) else { return false }
            let text = String(decoding: bytes, as: UTF8.self)
            if TextSegmenter.exactClosings.contains(text) { return true }
            if bytes[0] == UInt8(ascii: "/"), bytes.count > 1, bytes.count < 30, let second = text.dropFirst().first, second.isLetter { return true }
            return TextSegmenter.closings.contains { closing in
                guard hasPrefix(closing) else { return false }
                let rest = text.dropFirst(closing.count)
                return rest.allSatisfy { !$0.isLetter } || rest.hasPrefix(" från") || rest.hasPrefix(" from") || rest.hasPrefix(" /")
            }
        }

        var isDeviceFooter: Bool { !bytes.isEmpty && TextSegmenter.deviceFooterBytes.contains(where: hasPrefix) }
    }

    static let forwardMarkers = [
        "---------- forwarded message", "-------- forwarded message", "begin forwarded message",
        "---------- vidarebefordrat meddelande", "-------- vidarebefordrat meddelande", "vidarebefordrat meddelande:",
        "vidarebefordrat brev", "start of forwarded message", "-----forwarded message-----", "forwarded message:",
        "-------- original message --------", "-------- ursprungligt meddelande --------",
    ]

    static let replySeparators = ["-----original message-----", "-----ursprungligt meddelande-----", "-----originalmeddelande-----",
                                  "________________________________"]

    static let closings = [
        "med vänlig hälsning", "med vänliga hälsningar", "vänliga hälsningar", "vänlig hälsning", "bästa hälsningar",
        "med vanlig halsning", "med vanliga halsningar", "vanliga halsningar", "vanlig halsning", "basta halsningar",
        "hälsningar", "halsningar", "mvh", "m.v.h", "tack på förhand", "tack pa forhand", "tack och hälsningar",
        "best regards", "kind regards", "warm regards", "regards", "best wishes", "many thanks", "thanks in advance",
        "sincerely", "yours sincerely", "yours faithfully", "all the best", "cheers",
    ]
    static let exactClosings: Set<String> = ["tack!", "tack", "tack,", "thanks!", "thanks", "thanks,", "thank you,", "thank you!", "best,", "br,", "br", "/"]

    static let forwardMarkerBytes = forwardMarkers.map { Array($0.utf8) }
    static let replySeparatorBytes = replySeparators.map { Array($0.utf8) }
    static let deviceFooterBytes = deviceFooters.map { Array($0.utf8) }
    /// First bytes of every closing, so most lines are dismissed by one set lookup.
    static let closingLeads: Set<UInt8> = Set((closings + Array(exactClosings)).compactMap { $0.utf8.first } + [UInt8(ascii: "/")])

    static let deviceFooters = ["skickat från min", "sent from my", "skickat från outlook", "hämta outlook", "get outlook for",
                                "skickades från min", "sent from outlook", "skickat från samsung", "sent from samsung", "sent from yahoo"]
}
