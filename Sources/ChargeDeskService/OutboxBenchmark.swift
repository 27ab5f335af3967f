import Desk
import Foundation
import Mail
import MailTransport
import Store

/// Mails rendered and sent per second over one SMTP connection: `reports` tickets are taken in
/// (each queuing a customer acknowledgement and a technician notice), then the outbox is flushed
/// to `server`. Render + compose alone is timed separately, on a second store.
public struct OutboxBenchmark {
    public var reports: Int
    public var server: SMTPServerConfiguration
    public var templatesPath: String

    public init(reports: Int, server: SMTPServerConfiguration, templatesPath: String) {
        self.reports = reports
        self.server = server
        self.templatesPath = templatesPath
    }

    public func run() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chargedesk-outbox-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let synthetic = SyntheticDesk(reports: reports)
        let renderer = MailRenderer(templates: try MailTemplates(directory: templatesPath), from: MailAddress(displayName: "ChargeDesk", address: "support@desk.example"))
        let policy = AutomaticMailPolicy(ownAddresses: ["support@desk.example"], perRecipientPerHour: 5, messageIDDomain: "desk.example")

        func queued(_ name: String) throws -> DeskStore {
            let store = try DeskStore(path: directory.appendingPathComponent(name).path)
            try synthetic.loadInstalledBase(into: store)
            for chunk in stride(from: 0, to: reports, by: 500) {
                _ = try store.intake(batch: Array(synthetic.mails[chunk..<min(reports, chunk + 500)]), policy: policy)
            }
            return store
        }

        // Render + compose + store the bytes, no network.
        let renderStore = try queued("render.sqlite")
        let sender = OutboxSender(store: renderStore, renderer: renderer, server: server)
        let due = try renderStore.claimDueMail(limit: Int.max)
        let renderStart = DispatchTime.now().uptimeNanoseconds
        for mail in due { _ = try sender.prepare(mail) }
        let renderSeconds = Double(DispatchTime.now().uptimeNanoseconds - renderStart) / 1e9

        // The whole flush: claim, render, compose, send, commit each.
        let sendStore = try queued("send.sqlite")
        let flushStart = DispatchTime.now().uptimeNanoseconds
        let summary = try OutboxSender(store: sendStore, renderer: renderer, server: server).flush()
        let flushSeconds = Double(DispatchTime.now().uptimeNanoseconds - flushStart) / 1e9
        return """
            outbox: \(due.count) mails from \(reports) tickets
            render + compose only: \(Int(Double(due.count) / renderSeconds)) mails/s
            flush to \(server.url) over one connection: \(summary) in \(String(format: "%.2f", flushSeconds)) s = \(Int(Double(summary.sent) / flushSeconds)) mails/s; peak RSS \(String(format: "%.1f", ExtractBenchmark.peakRSSMegabytes())) MB
            """
    }
}
