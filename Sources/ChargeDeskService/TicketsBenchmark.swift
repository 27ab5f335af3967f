import Desk
import Extraction
import Foundation
import Store

/// Tickets created per second from already-extracted reports, and `tickets list` latency on a
/// store of a million tickets. Runs on a fresh database in a temporary directory.
public struct TicketsBenchmark {
    public var reports: Int
    public var history: Int

    public init(reports: Int, history: Int) {
        self.reports = reports
        self.history = history
    }

    public func run() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chargedesk-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try DeskStore(path: directory.appendingPathComponent("bench.sqlite").path)

        let synthetic = SyntheticDesk(reports: reports)
        try synthetic.loadInstalledBase(into: store)
        let mails = synthetic.mails
        let half = reports / 2
        let singleStart = DispatchTime.now().uptimeNanoseconds
        for mail in mails[..<half] { _ = try store.intake(mail) }
        let singleSeconds = Double(DispatchTime.now().uptimeNanoseconds - singleStart) / 1e9
        let batchStart = DispatchTime.now().uptimeNanoseconds
        for chunk in stride(from: half, to: reports, by: 100) { _ = try store.intake(batch: Array(mails[chunk..<min(reports, chunk + 100)])) }
        let batchSeconds = Double(DispatchTime.now().uptimeNanoseconds - batchStart) / 1e9
        let created = try store.ticketCount()

        try store.insertSyntheticHistory(count: max(0, history - created))
        let total = try store.ticketCount()
        func time(_ body: () throws -> Int) rethrows -> (Double, Int) {
            var best = Double.infinity
            var rows = 0
            for _ in 0..<5 {
                let t0 = DispatchTime.now().uptimeNanoseconds
                rows = try body()
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
            return (best, rows)
        }
        let (openMs, openRows) = try time { try store.tickets().count }
        let (closedMs, closedRows) = try time { try store.tickets(status: [.closed]).count }
        return """
            tickets created: \(created) (one transaction each: \(Int(Double(half) / singleSeconds))/s; batches of 100: \(Int(Double(reports - half) / batchSeconds))/s)
            tickets list on \(total) tickets: open (soonest deadline first) \(String(format: "%.1f", openMs)) ms for \(openRows) rows; closed (newest first) \(String(format: "%.1f", closedMs)) ms for \(closedRows) rows
            """
    }
}
