import Foundation

/// Working time of the service desk: 08:00–16:00 Europe/Stockholm, Monday to Friday, except
/// Swedish public holidays and the eves treated as holidays. Converts between absolute time and
/// local wall-clock time through the zone's rules, so DST changes are handled.
public struct BusinessCalendar: Sendable {
    public let timeZone: TimeZone
    /// Minutes after local midnight.
    public let opens: Int
    public let closes: Int
    /// Built once: constructing a Calendar per conversion dominated deadline computation.
    let gregorian: Calendar

    public static let stockholm = BusinessCalendar(timeZone: TimeZone(identifier: "Europe/Stockholm")!, opens: 8 * 60, closes: 16 * 60)

    public init(timeZone: TimeZone, opens: Int, closes: Int) {
        self.timeZone = timeZone
        self.opens = opens
        self.closes = closes
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        gregorian = calendar
    }

    private var calendar: Calendar { gregorian }

    public func isHoliday(_ date: LocalDate) -> Bool { SwedishHolidays.isHoliday(date) }

    public func isBusinessDay(_ date: LocalDate) -> Bool { !date.isWeekend && !isHoliday(date) }

    /// The first business day strictly after `date`.
    public func nextBusinessDay(after date: LocalDate) -> LocalDate {
        var day = date.adding(days: 1)
        while !isBusinessDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// The local date of an instant.
    public func localDate(of instant: Date) -> LocalDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(parts.year!, parts.month!, parts.day!)
    }

    /// The instant at local wall-clock time `minutes` after midnight on `date`.
    public func instant(on date: LocalDate, minutes: Int) -> Date {
        let parts = DateComponents(year: date.year, month: date.month, day: date.day, hour: minutes / 60, minute: minutes % 60)
        return calendar.date(from: parts)!
    }

    /// `seconds` of business time after `start`: time outside business hours does not count.
    public func adding(businessSeconds seconds: TimeInterval, to start: Date) -> Date {
        var remaining = seconds
        var day = localDate(of: start)
        var cursor = start
        // Bounded: even a year of holidays ends; 10,000 days is far past any agreement.
        for _ in 0..<10_000 {
            if isBusinessDay(day) {
                let open = instant(on: day, minutes: opens)
                let close = instant(on: day, minutes: closes)
                let from = max(cursor, open)
                if from < close {
                    let available = close.timeIntervalSince(from)
                    if remaining <= available { return from.addingTimeInterval(remaining) }
                    remaining -= available
                }
            }
            day = day.adding(days: 1)
            cursor = instant(on: day, minutes: 0)
        }
        return cursor
    }
}
