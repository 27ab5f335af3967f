import Foundation
import Mail

/// A human-readable account of how one mail was parsed, for `chargedesk parse`.
public enum MailInspection {
    public static func describe(path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "== \(path): cannot read file" }
        let message = MessageParser().parse([UInt8](data))
        var lines = ["== \(path)"]
        lines.append("From: \(message.from.map { "\($0.displayName ?? "") <\($0.address)>" } ?? "-")")
        lines.append("Subject: \(message.subject)")
        message.root.walk { part in
            let depth = part.path.isEmpty ? 0 : part.path.split(separator: ".").count
            let name = part.filename.map { " \"\($0)\"" } ?? ""
            lines.append(String(repeating: "  ", count: depth) + "- \(part.contentType.mimeType) \(part.body.count) bytes\(name)")
        }
        for defect in message.defects { lines.append("defect: \(defect)") }
        let signals = message.autoReplySignals
        if signals.isAutomatic || signals.outOfOfficeSubject || signals.bounceSubject { lines.append("signals: \(signals)") }
        for block in message.body {
            lines.append("[\(block.role.rawValue)]")
            lines.append(block.text)
        }
        return lines.joined(separator: "\n")
    }
}
