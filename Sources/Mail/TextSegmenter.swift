/// Splits a plain-text body into own text, quoted replies, forwarded originals and signature.
///
/// Markers are those that the common mail programs write (Outlook, Apple Mail, Gmail,
/// Thunderbird, phones), in Swedish and English. Every line is kept; only its role changes.
public enum TextSegmenter {
    public static func segment(_ text: String) -> [TextBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.last == "\r" ? line.dropLast() : line
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

        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: " \t\u{00A0}")
            let lower = trimmed.lowercased()
            if isForwardMarker(lower) {
                role = .forwarded
                emit(line, as: .forwarded)
                continue
            }
            if role != .forwarded, isReplyHeader(lower, following: lines, after: index) {
                role = .quoted
                emit(line, as: .quoted)
                continue
            }
            if trimmed.hasPrefix(">") {
                emit(line, as: role == .forwarded ? .forwarded : .quoted)
                continue
            }
            switch role {
            case .own:
                if line == "-- " || line == "--" || isClosing(lower) || isDeviceFooter(lower) {
                    role = .signature
                }
            case .signature:
                if lower.hasPrefix("ps ") || lower.hasPrefix("ps.") || lower.hasPrefix("p.s") || lower.hasPrefix("ps:") { role = .own }
            default:
                break
            }
            emit(line, as: role)
        }
        if !current.isEmpty { blocks.append(TextBlock(role: currentRole, text: current.joined(separator: "\n"))) }
        return blocks.filter { !$0.text.trimmingASCIIWhitespace().isEmpty }
    }

    static let forwardMarkers = [
        "---------- forwarded message", "-------- forwarded message", "begin forwarded message",
        "---------- vidarebefordrat meddelande", "-------- vidarebefordrat meddelande", "vidarebefordrat meddelande:",
        "vidarebefordrat brev", "start of forwarded message", "-----forwarded message-----", "forwarded message:",
        "-------- original message --------", "-------- ursprungligt meddelande --------",
    ]

    static func isForwardMarker(_ lower: String) -> Bool {
        forwardMarkers.contains { lower.hasPrefix($0) } || (lower.hasPrefix("-") && lower.contains("forwarded message"))
            || (lower.hasPrefix("-") && lower.contains("vidarebefordra"))
    }

    static let replySeparators = ["-----original message-----", "-----ursprungligt meddelande-----", "-----originalmeddelande-----",
                                  "________________________________"]

    static func isReplyHeader(_ lower: String, following lines: [Substring], after index: Int) -> Bool {
        if replySeparators.contains(where: { lower.hasPrefix($0) }) { return true }
        // "On Tue, 3 Feb 2026 at 10:12, Anna <a@x> wrote:" / "Den 3 feb. 2026 kl. 10:12 skrev Anna <a@x>:"
        if lower.hasSuffix("wrote:") && (lower.hasPrefix("on ") || lower.contains("@")) { return true }
        if lower.hasSuffix(":") && (lower.hasPrefix("den ") || lower.hasPrefix("på ") || lower.hasPrefix("tis ") || lower.contains("@")) && lower.contains(" skrev") { return true }
        if lower.hasSuffix("skrev:") && lower.count < 200 && (lower.contains("@") || lower.contains(" kl")) { return true }
        // Outlook's header block without a separator: "Från: …" then "Skickat: …" (or From/Sent).
        if lower.hasPrefix("från:") || lower.hasPrefix("from:") {
            let window = lines[(index + 1)..<min(lines.count, index + 4)].map { $0.lowercased() }
            return window.contains { $0.hasPrefix("skickat:") || $0.hasPrefix("sent:") || $0.hasPrefix("datum:") || $0.hasPrefix("date:") }
        }
        return false
    }

    static let closings = [
        "med vänlig hälsning", "med vänliga hälsningar", "vänliga hälsningar", "vänlig hälsning", "bästa hälsningar",
        "med vanlig halsning", "med vanliga halsningar", "vanliga halsningar", "vanlig halsning", "basta halsningar",
        "hälsningar", "halsningar", "mvh", "m.v.h", "tack på förhand", "tack pa forhand", "tack och hälsningar",
        "best regards", "kind regards", "warm regards", "regards", "best wishes", "many thanks", "thanks in advance",
        "sincerely", "yours sincerely", "yours faithfully", "all the best", "cheers",
    ]
    static let exactClosings: Set<String> = ["tack!", "tack", "tack,", "thanks!", "thanks", "thanks,", "thank you,", "thank you!", "best,", "br,", "br", "/"]

    static func isClosing(_ lower: String) -> Bool {
        guard lower.count <= 40 else { return false }
        if exactClosings.contains(lower) { return true }
        if lower.hasPrefix("/"), lower.count > 1, lower.count < 30, lower.dropFirst().first?.isLetter == true { return true }
        return closings.contains { closing in
            guard lower.hasPrefix(closing) else { return false }
            let rest = lower.dropFirst(closing.count)
            return rest.allSatisfy { !$0.isLetter } || rest.hasPrefix(" från") || rest.hasPrefix(" from") || rest.hasPrefix(" /")
        }
    }

    static let deviceFooters = ["skickat från min", "sent from my", "skickat från outlook", "hämta outlook", "get outlook for",
                                "skickades från min", "sent from outlook", "skickat från samsung", "sent from samsung", "sent from yahoo"]

    static func isDeviceFooter(_ lower: String) -> Bool { deviceFooters.contains { lower.hasPrefix($0) } }
}
