/// Swedish public holidays (allmänna helgdagar, lag 1989:253) and the eves that are treated as
/// holidays in working life (midsummer eve, Christmas eve, New Year's eve), computed from
/// rules for any year, never listed per year.
public enum SwedishHolidays {
    public struct Holiday: Sendable, Hashable {
        public var date: LocalDate
        public var name: String
    }

    public static func holidays(in year: Int) -> [Holiday] {
        let easter = easterSunday(year)
        let midsummerEve = firstDate(weekday: 5, from: LocalDate(year, 6, 19))  // Friday 19–25 June
        let allSaints = firstDate(weekday: 6, from: LocalDate(year, 10, 31))  // Saturday 31 Oct–6 Nov
        return [
            Holiday(date: LocalDate(year, 1, 1), name: "Nyårsdagen"),
            Holiday(date: LocalDate(year, 1, 6), name: "Trettondedag jul"),
            Holiday(date: easter.adding(days: -2), name: "Långfredagen"),
            Holiday(date: easter.adding(days: -1), name: "Påskafton"),
            Holiday(date: easter, name: "Påskdagen"),
            Holiday(date: easter.adding(days: 1), name: "Annandag påsk"),
            Holiday(date: LocalDate(year, 5, 1), name: "Första maj"),
            Holiday(date: easter.adding(days: 39), name: "Kristi himmelsfärdsdag"),
            Holiday(date: easter.adding(days: 49), name: "Pingstdagen"),
            Holiday(date: LocalDate(year, 6, 6), name: "Sveriges nationaldag"),
            Holiday(date: midsummerEve, name: "Midsommarafton"),
            Holiday(date: midsummerEve.adding(days: 1), name: "Midsommardagen"),
            Holiday(date: allSaints, name: "Alla helgons dag"),
            Holiday(date: LocalDate(year, 12, 24), name: "Julafton"),
            Holiday(date: LocalDate(year, 12, 25), name: "Juldagen"),
            Holiday(date: LocalDate(year, 12, 26), name: "Annandag jul"),
            Holiday(date: LocalDate(year, 12, 31), name: "Nyårsafton"),
        ]
    }

    /// Whether `date` is one of `holidays(in:)`, without building the list: asked for every day
    /// the SLA clock walks over.
    public static func isHoliday(_ date: LocalDate) -> Bool {
        switch (date.month, date.day) {
        case (1, 1), (1, 6), (5, 1), (6, 6), (12, 24), (12, 25), (12, 26), (12, 31): return true
        case (6, 19...26): return (date.weekday == 5 && date.day <= 25) || (date.weekday == 6 && date.day >= 20)  // midsummer eve and day
        case (10, 31), (11, 1...6): return date.weekday == 6  // All Saints' Day
        case (3, _), (4, _), (5, _), (6, _):
            let offset = date.dayNumber - easterSunday(date.year).dayNumber
            return [-2, -1, 0, 1, 39, 49].contains(offset)
        default: return false
        }
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year, month, day)
    }

    static func firstDate(weekday: Int, from start: LocalDate) -> LocalDate {
        var date = start
        while date.weekday != weekday { date = date.adding(days: 1) }
        return date
    }
}
