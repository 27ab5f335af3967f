import Desk
import Extraction
import Foundation
import Store

/// A made-up installed base and one extracted report per charger, for benchmarks: every report
/// opens its own ticket, two in three under an agreement, spread over twelve technicians.
struct SyntheticDesk {
    let chargers: [RegistryCharger]
    let contracts: [Contract]
    let roster: [Technician]
    let mails: [IncomingMail]

    init(reports: Int) {
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
        roster = (0..<12).map { t in
            Technician(handle: "tech\(t)", name: "Tech \(t)", email: "tech\(t)@desk.example", role: .technician,
                       regions: ["\(1 + t * 8)-\(8 + t * 8)"], skills: Set(manufacturers.map { $0.lowercased() } + (t % 2 == 0 ? ["dc"] : [])))
        }
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        mails = (0..<reports).map { i in
            let report = Report(kind: .request, language: i % 4 == 0 ? .en : .sv, location: "Gatan \(i % 200 + 1)", owner: "Ägare \(i)",
                                contract: chargers[i].contract.isEmpty ? nil : chargers[i].contract, chargerID: "BENCH\(i)",
                                category: .chargingFailure, linkedCharger: "BENCH\(i)")
            return IncomingMail(digest: "bench:\(i)", messageID: "bench-\(i)@customer.example", subject: "Laddaren fungerar inte \(i)",
                                senderAddress: "kund\(i)@customer.example", receivedAt: start.addingTimeInterval(Double(i) * 37),
                                ownText: "Laddaren fungerar inte.", report: report)
        }
        self.chargers = chargers
        self.contracts = contracts
    }

    func loadInstalledBase(into store: DeskStore) throws {
        try store.loadInstalledBase(chargers: chargers, contracts: contracts, roster: roster)
    }
}
