import Desk
import Foundation

/// Dates in GRDB's storage format (`YYYY-MM-DD HH:MM:SS.SSS`, UTC) made with integer arithmetic:
/// GRDB's own conversion goes through a DateFormatter and was a tenth of ticket intake time.
/// Reading back is GRDB's, so the format must stay exactly this.
enum SQLDate {
    static func string(_ date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var days = millis / 86_400_000
        var rest = millis % 86_400_000
        if rest < 0 { rest += 86_400_000; days -= 1 }
        let day = LocalDate(dayNumber: Int(days))
        let h = rest / 3_600_000, m = rest % 3_600_000 / 60_000, s = rest % 60_000 / 1000, ms = rest % 1000
        func pad(_ n: Int64, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(Int64(day.year), 4))-\(pad(Int64(day.month), 2))-\(pad(Int64(day.day), 2)) \(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(ms, 3))"
    }
}
