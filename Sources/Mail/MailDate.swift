import Foundation

/// RFC 5322 `Date:` values (`Mon, 12 Jan 2026 08:14:31 +0100`), read leniently as mail programs
/// write them: day name optional, seconds optional, two- and three-digit years (§4.3), named and
/// military zones, comments such as `(CET)`, and stray spaces or commas. Hand-written because
/// `DateFormatter` costs more per call than parsing and extracting the whole message.
public enum MailDate {
    public static func parse(_ value: String) -> Date? {
        var words: [Substring] = []
        var depth = 0
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(Substring(current)) }
            current = ""
        }
        for character in value {
            if character == "(" { depth += 1; flush(); continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if character == " " || character == "\t" || character == "," || character == "\r" || character == "\n" { flush(); continue }
            current.append(character)
        }
        flush()
        if let first = words.first, first.first?.isLetter == true, month(first) == nil { words.removeFirst() }  // day name
        guard words.count >= 4 else { return nil }
        // `12 Jan 2026 08:14:31 +0100`, also `Jan 12 2026 …` from some old clients.
        var dayWord = words[0], monthWord = words[1]
        if month(dayWord) != nil { swap(&dayWord, &monthWord) }
        guard let day = Int(dayWord), (1...31).contains(day), let month = month(monthWord), var year = Int(words[2]) else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 } else if words[2].count == 3 { year += 1900 }
        let time = words[3].split(separator: ":")
        guard time.count == 2 || time.count == 3, let hour = Int(time[0]), let minute = Int(time[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        let second = time.count == 3 ? Int(time[2]) ?? -1 : 0
        guard (0...60).contains(second) else { return nil }
        let offset = words.count > 4 ? zoneOffset(words[4]) : 0
        guard let offset else { return nil }
        let days = CivilDate.dayNumber(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + min(second, 59) - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(_ word: Substring) -> Int? {
        guard word.count >= 3 else { return nil }
        return months.firstIndex(of: word.prefix(3).lowercased()).map { $0 + 1 }
    }

    /// Seconds east of UTC; nil when the zone is unreadable. Unknown letters count as UTC, as
    /// RFC 5322 §4.3 says of military zones.
    private static func zoneOffset(_ word: Substring) -> Int? {
        if let sign = word.first, sign == "+" || sign == "-" {
            let digits = word.dropFirst()
            guard digits.count == 4, let value = Int(digits) else { return nil }
            let seconds = (value / 100) * 3_600 + (value % 100) * 60
            return sign == "-" ? -seconds : seconds
        }
        let named = ["UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
                     "CET": 1, "CEST": 2]
        return (named[word.uppercased()] ?? 0) * 3_600
    }
}

extension MailDate {
    /// RFC 5322 date-time in Swedish time with its offset: `Tue, 01 Dec 2026 14:05:09 +0100`.
    public static func format(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "Europe/Stockholm") ?? .gmt) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        var days = local / 86_400
        var seconds = local % 86_400
        if seconds < 0 { seconds += 86_400; days -= 1 }
        let (year, month, day) = CivilDate.components(dayNumber: days)
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((days % 7) + 7) % 7]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let sign = offset < 0 ? "-" : "+"
        let zone = sign + two(abs(offset) / 3_600) + two(abs(offset) % 3_600 / 60)
        return "\(weekday), \(two(day)) \(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]) \(year) "
            + "\(two(seconds / 3_600)):\(two(seconds % 3_600 / 60)):\(two(seconds % 60)) \(zone)"
    }
}
