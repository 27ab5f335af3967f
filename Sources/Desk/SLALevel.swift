import Extraction
import Foundation

/// A service level of a support agreement: how the guaranteed response time (inställelsetid)
/// is counted from receipt. Levels are data (`samples/sla-levels.csv`); the three built-in ones
/// have fixed names and meanings so that they can be checked from outside.
public struct SLALevel: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        /// A number of hours after receipt, any day, any hour.
        case wallClock(hours: Double)
        /// A number of business hours after receipt.
        case businessHours(hours: Double)
        /// A local time of day on the next business day after the day of receipt.
        case nextBusinessDay(minutes: Int)
    }

    public var name: String
    public var rule: Rule
    public var description: String

    public init(name: String, rule: Rule, description: String) {
        self.name = name
        self.rule = rule
        self.description = description
    }

    public static let builtIn: [SLALevel] = [
        SLALevel(name: "24x7-4h", rule: .wallClock(hours: 4), description: "4 hours after receipt, any day, any hour"),
        SLALevel(name: "business-8h", rule: .businessHours(hours: 8), description: "8 business hours after receipt"),
        SLALevel(name: "nbd", rule: .nextBusinessDay(minutes: 16 * 60), description: "16:00 on the next business day"),
    ]

    public func deadline(receivedAt received: Date, calendar: BusinessCalendar = .stockholm) -> Date {
        switch rule {
        case .wallClock(let hours):
            return received.addingTimeInterval(hours * 3600)
        case .businessHours(let hours):
            return calendar.adding(businessSeconds: hours * 3600, to: received)
        case .nextBusinessDay(let minutes):
            let day = calendar.nextBusinessDay(after: calendar.localDate(of: received))
            return calendar.instant(on: day, minutes: minutes)
        }
    }
}

/// Why a levels file could not be read.
public struct SLALevelError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var line: Int
    public var detail: String
    public var description: String { "SLA levels \(path):\(line): \(detail)" }
}

extension SLALevel {
    /// Reads `level,rule,amount,description` rows; `rule` is `wall-clock` or `business-hours`
    /// (amount in hours) or `next-business-day` (amount a local time `HH:MM`). Built-in levels are
    /// always present; a file may add levels but not change the meaning of a built-in one.
    public static func load(path: String) throws -> [SLALevel] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SLALevelError(path: path, line: 0, detail: "cannot read file")
        }
        var levels = builtIn
        for row in CSVParser.parse(String(decoding: data, as: UTF8.self)).dropFirst() {
            let fields = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 3 else { throw SLALevelError(path: path, line: row.line, detail: "expected level,rule,amount[,description]") }
            let rule: Rule
            switch fields[1] {
            case "wall-clock", "business-hours":
                guard let hours = Double(fields[2]), hours > 0 else { throw SLALevelError(path: path, line: row.line, detail: "bad hours '\(fields[2])'") }
                rule = fields[1] == "wall-clock" ? .wallClock(hours: hours) : .businessHours(hours: hours)
            case "next-business-day":
                let parts = fields[2].split(separator: ":").compactMap { Int($0) }
                guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
                    throw SLALevelError(path: path, line: row.line, detail: "bad time '\(fields[2])'")
                }
                rule = .nextBusinessDay(minutes: parts[0] * 60 + parts[1])
            default:
                throw SLALevelError(path: path, line: row.line, detail: "unknown rule '\(fields[1])'")
            }
            let level = SLALevel(name: fields[0], rule: rule, description: fields.count > 3 ? fields[3] : "")
            if let existing = levels.firstIndex(where: { $0.name == level.name }) {
                guard levels[existing].rule == level.rule else {
                    throw SLALevelError(path: path, line: row.line, detail: "built-in level \(level.name) cannot be redefined")
                }
                levels[existing] = level
            } else {
                levels.append(level)
            }
        }
        return levels
    }
}
