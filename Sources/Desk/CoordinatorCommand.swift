import Foundation

/// A command line at the top of a coordinator's or technician's reply (`#assign anna`,
/// `#status resolved`, `#eta 2026-11-26 10:00`, `#contract SLA-2024-0031`, `#internal`,
/// `#dispatch`). Parsing is pure; whether to obey is the desk's decision.
public enum CoordinatorCommand: Sendable, Equatable {
    case assign(String)
    case status(Ticket.Status)
    case eta(Date)
    case contract(String)
    case `internal`
    case dispatch

    public struct ParseResult: Sendable, Equatable {
        public var commands: [CoordinatorCommand]
        /// Lines that looked like commands but could not be read, with the reason.
        public var errors: [String]
        /// The rest of the text: the note for the history.
        public var note: String
    }

    /// Reads `#` lines at the top of `text` (blank lines between them allowed); stops at the first
    /// other line, so a `#` further down in quoted text is never a command.
    public static func parse(_ text: String) -> ParseResult {
        var commands: [CoordinatorCommand] = []
        var errors: [String] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
        while let first = lines.first {
            if first.isEmpty { lines.removeFirst(); continue }
            guard first.hasPrefix("#") else { break }
            lines.removeFirst()
            let words = first.dropFirst().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let verb = words.first?.lowercased() else { continue }
            let argument = words.dropFirst().joined(separator: " ")
            switch verb {
            case "assign":
                if argument.isEmpty { errors.append("#assign needs a handle") } else { commands.append(.assign(argument.lowercased())) }
            case "status":
                if let status = Ticket.Status(rawValue: argument.lowercased()) { commands.append(.status(status)) }
                else { errors.append("#status \(argument): use new, open, waiting, resolved or closed") }
            case "eta":
                if let date = StockholmTime.parse(argument) { commands.append(.eta(date)) }
                else { errors.append("#eta \(argument): use YYYY-MM-DD HH:MM (Stockholm time)") }
            case "contract":
                let number = argument.uppercased()
                if number.range(of: #"^SLA-\d{4}-\d{4}$"#, options: .regularExpression) != nil { commands.append(.contract(number)) }
                else { errors.append("#contract \(argument): use SLA-YYYY-NNNN") }
            case "internal": commands.append(.internal)
            case "dispatch": commands.append(.dispatch)
            default: errors.append("unknown command #\(verb)")
            }
        }
        let note = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return ParseResult(commands: commands, errors: errors, note: note)
    }
}
