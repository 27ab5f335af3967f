import Foundation
import Testing
@testable import Desk

@Suite struct SLAClockTests {
    static func level(_ name: String) -> SLALevel { SLALevel.builtIn.first { $0.name == name }! }

    @Test(arguments: [
        // 24x7-4h: absolute hours, any day; across the October DST change the wall clock moves back.
        ("24x7-4h", "2026-04-07T11:00:00+02:00", "2026-04-07T15:00:00+02:00"),
        ("24x7-4h", "2026-11-28T22:30:00+01:00", "2026-11-29T02:30:00+01:00"),
        ("24x7-4h", "2026-10-25T01:30:00+02:00", "2026-10-25T04:30:00+01:00"),
        ("24x7-4h", "2026-03-29T01:30:00+01:00", "2026-03-29T06:30:00+02:00"),
        // business-8h: only 08:00–16:00 on business days counts.
        ("business-8h", "2026-11-27T15:59:00+01:00", "2026-11-30T15:59:00+01:00"),
        ("business-8h", "2026-11-24T09:00:00+01:00", "2026-11-25T09:00:00+01:00"),
        ("business-8h", "2026-11-24T06:00:00+01:00", "2026-11-24T16:00:00+01:00"),
        ("business-8h", "2026-11-24T17:30:00+01:00", "2026-11-25T16:00:00+01:00"),
        ("business-8h", "2026-11-28T10:00:00+01:00", "2026-11-30T16:00:00+01:00"),
        // Maundy Thursday: Good Friday and Easter Monday are holidays.
        ("business-8h", "2026-04-02T12:00:00+02:00", "2026-04-07T12:00:00+02:00"),
        // Midsummer eve (Friday 19 June 2026) is treated as a holiday.
        ("business-8h", "2026-06-18T10:00:00+02:00", "2026-06-22T10:00:00+02:00"),
        // The October DST weekend: Friday CEST, Monday CET.
        ("business-8h", "2026-10-23T12:00:00+02:00", "2026-10-26T12:00:00+01:00"),
        // Christmas: 24th, 25th and the weekend; New Year: 31st and 1st.
        ("business-8h", "2026-12-23T15:00:00+01:00", "2026-12-28T15:00:00+01:00"),
        ("business-8h", "2026-12-30T12:00:00+01:00", "2027-01-04T12:00:00+01:00"),
        // nbd: 16:00 on the next business day after the day of receipt, whatever the hour.
        ("nbd", "2026-11-27T15:59:00+01:00", "2026-11-30T16:00:00+01:00"),
        ("nbd", "2026-11-24T07:00:00+01:00", "2026-11-25T16:00:00+01:00"),
        ("nbd", "2026-04-02T09:00:00+02:00", "2026-04-07T16:00:00+02:00"),
        ("nbd", "2026-12-23T10:00:00+01:00", "2026-12-28T16:00:00+01:00"),
        ("nbd", "2026-10-23T23:59:00+02:00", "2026-10-26T16:00:00+01:00"),
        // Received in UTC, answered in Stockholm time.
        ("nbd", "2026-11-24T23:30:00Z", "2026-11-26T16:00:00+01:00"),
    ])
    func deadlines(level: String, received: String, expected: String) throws {
        let receivedAt = try #require(StockholmTime.parse(received))
        #expect(StockholmTime.format(Self.level(level).deadline(receivedAt: receivedAt)) == expected)
    }

    @Test(arguments: [(2024, LocalDate(2024, 3, 31)), (2025, LocalDate(2025, 4, 20)), (2026, LocalDate(2026, 4, 5)),
                      (2027, LocalDate(2027, 3, 28)), (2038, LocalDate(2038, 4, 25))])
    func easter(year: Int, expected: LocalDate) {
        #expect(SwedishHolidays.easterSunday(year) == expected)
    }

    @Test func holidaysOf2026() {
        let dates = Set(SwedishHolidays.holidays(in: 2026).map(\.date))
        for date in [LocalDate(2026, 4, 3), LocalDate(2026, 4, 6), LocalDate(2026, 5, 14), LocalDate(2026, 6, 19),
                     LocalDate(2026, 10, 31), LocalDate(2026, 12, 24), LocalDate(2026, 12, 31), LocalDate(2026, 1, 6)] {
            #expect(dates.contains(date), "\(date)")
        }
        #expect(!dates.contains(LocalDate(2026, 4, 2)))  // Maundy Thursday is a working day
        let calendar = BusinessCalendar.stockholm
        #expect(!calendar.isBusinessDay(LocalDate(2026, 6, 19)))
        #expect(calendar.isBusinessDay(LocalDate(2026, 6, 22)))
        #expect(calendar.nextBusinessDay(after: LocalDate(2026, 4, 2)) == LocalDate(2026, 4, 7))
    }

    @Test func localDateArithmetic() {
        #expect(LocalDate(2026, 12, 1).weekday == 2)  // a Tuesday
        #expect(LocalDate(2024, 2, 28).adding(days: 1) == LocalDate(2024, 2, 29))
        #expect(LocalDate(dayNumber: LocalDate(1999, 12, 31).dayNumber + 1) == LocalDate(2000, 1, 1))
    }

    @Test func levelsFileAddsButCannotRedefine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sla-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.csv").path
        try "level,rule,amount\n24x7-8h,wall-clock,8\nnbd,next-business-day,16:00\n".write(toFile: good, atomically: true, encoding: .utf8)
        let levels = try SLALevel.load(path: good)
        #expect(levels.map(\.name) == ["24x7-4h", "business-8h", "nbd", "24x7-8h"])
        let bad = dir.appendingPathComponent("bad.csv").path
        try "level,rule,amount\nnbd,next-business-day,12:00\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(throws: SLALevelError.self) { try SLALevel.load(path: bad) }
    }
}

@Suite struct HolidayRuleTests {
    /// The fast day check must agree with the listed holidays on every day of many years.
    @Test func isHolidayAgreesWithTheList() {
        for year in 2000...2060 {
            let listed = Set(SwedishHolidays.holidays(in: year).map(\.date))
            var day = LocalDate(year, 1, 1)
            while day.year == year {
                #expect(SwedishHolidays.isHoliday(day) == listed.contains(day), "\(day)")
                day = day.adding(days: 1)
            }
        }
    }
}
