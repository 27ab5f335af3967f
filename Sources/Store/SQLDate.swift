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
        guard (0...9999).contains(day.year) else { return fallback(day: day, h, m, s, ms) }
        // Fixed width, ASCII digits: written straight into the string's storage.
        return String(unsafeUninitializedCapacity: 23) { buffer in
            var i = 0
            func put(_ value: Int64, _ width: Int) {
                var divisor: Int64 = 1
                for _ in 1..<width { divisor *= 10 }
                for _ in 0..<width {
                    buffer[i] = UInt8(48 + (value / divisor) % 10)
                    i += 1
                    divisor /= 10
                }
            }
            func sep(_ c: UInt8) { buffer[i] = c; i += 1 }
            put(Int64(day.year), 4); sep(45); put(Int64(day.month), 2); sep(45); put(Int64(day.day), 2); sep(32)
            put(h, 2); sep(58); put(m, 2); sep(58); put(s, 2); sep(46); put(ms, 3)
            return i
        }
    }

    /// Years outside 0…9999 cannot be written in four digits; kept as before for them.
    private static func fallback(day: LocalDate, _ h: Int64, _ m: Int64, _ s: Int64, _ ms: Int64) -> String {
        func pad(_ n: Int64, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(Int64(day.year), 4))-\(pad(Int64(day.month), 2))-\(pad(Int64(day.day), 2)) \(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(ms, 3))"
    }
}
