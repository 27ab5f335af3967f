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

        // An installed base with one charger per report so every report opens a ticket.
        let manufacturers = ["Easee", "Zaptec", "Garo", "ABB", "Wallbox"]
        let levels = ["24x7-4h", "business-8h", "nbd"]
        var chargers: [RegistryCharger] = []
        var contracts: [Contract] = []
        for i in 0..<reports {
            let contract = i % 3 == 0 ? "" : "SLA-2024-\(String(format: "%04d", i % 9000 + 1))"
            chargers.append(RegistryCharger(chargerID: "BENCH\(i)", siteName: "Site \(i)", address: "Gatan \(i % 200 + 1)",
                                            postalCode: "\(100 + i % 880) \(10 + i % 90)", city: "Stad", owner: "Ägare \(i)", contract: contract,
                                            manufacturer: manufacturers[i % 5], model: i % 7 == 0 ? "Terra 54 DC" : "AC", installed: "2024-01-01", lastService: "2025-01-01"))
            if !contract.isEmpty, i < 9000 {
                contracts.append(Contract(number: contract, level: levels[i % 3], maintenanceIncluded: true, validFrom: LocalDate(2024, 1, 1)))
            }
        }
        let roster = (0..<12).map { t in
            Technician(handle: "tech\(t)", name: "Tech \(t)", email: "tech\(t)@desk.example", role: .technician,
                       regions: ["\(1 + t * 8)-\(8 + t * 8)"], skills: Set(manufacturers.map { $0.lowercased() } + (t % 2 == 0 ? ["dc"] : [])))
        }
        try store.loadInstalledBase(chargers: chargers, contracts: contracts, roster: roster)

        let start = Date(timeIntervalSince1970: 1_780_000_000)
        let mails = (0..<reports).map { i in
            let report = Report(kind: .request, language: i % 4 == 0 ? .en : .sv, location: "Gatan \(i % 200 + 1)", owner: "Ägare \(i)",
                                contract: chargers[i].contract.isEmpty ? nil : chargers[i].contract, chargerID: "BENCH\(i)",
                                category: .chargingFailure, linkedCharger: "BENCH\(i)")
            return IncomingMail(digest: "bench:\(i)", messageID: "bench-\(i)@customer.example", subject: "Laddaren fungerar inte \(i)",
                                senderAddress: "kund\(i)@customer.example", receivedAt: start.addingTimeInterval(Double(i) * 37),
                                ownText: "Laddaren fungerar inte.", report: report)
        }
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
