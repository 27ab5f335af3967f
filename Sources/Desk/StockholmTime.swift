import Foundation

/// ISO 8601 in and out, with the offset of the desk's zone on output
/// (`2026-04-07T15:00:00+02:00`), so deadlines read as Swedish time.
public enum StockholmTime {
    /// Parses `2026-04-07T13:00:00Z`, `…+02:00`, fractional seconds, or a local time without an
    /// offset (taken as Stockholm time).
    public static func parse(_ text: String, calendar: BusinessCalendar = .stockholm) -> Date? {
        let withOffset = ISO8601DateFormatter()
        withOffset.formatOptions = [.withInternetDateTime]
        if let date = withOffset.date(from: text) { return date }
        withOffset.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withOffset.date(from: text) { return date }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = calendar.timeZone
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"] {
            local.dateFormat = format
            if let date = local.date(from: text) { return date }
        }
        return nil
    }

    public static func format(_ date: Date, calendar: BusinessCalendar = .stockholm) -> String {
        let p = calendar.gregorian.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = calendar.timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(p.year!)-\(two(p.month!))-\(two(p.day!))T\(two(p.hour!)):\(two(p.minute!)):\(two(p.second!))\(sign)\(two(hours)):\(two(minutes))"
    }
}
