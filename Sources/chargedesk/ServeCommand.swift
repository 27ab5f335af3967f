import ArgumentParser
import ChargeDeskService
import Diagnostics
import Foundation

/// `chargedesk serve`: the OCPP 1.6J central system (chargers connect to
/// ws://HOST:PORT/ocpp/{chargePointId}) and the remote-repair workflows it runs.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the OCPP central system and the remote-repair workflows.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let configuration = try store.configuration()
        let desk = try configuration.openStore()
        try configuration.loadInstalledBase(into: desk)
        let settings: DiagnosticsSettings
        do { settings = try DiagnosticsSettings(settings: configuration.settings) } catch { throw ValidationError("\(error)") }
        let system = CentralSystem(store: desk, passwords: settings.passwords)
        await system.setHeartbeatInterval(settings.heartbeatSeconds)
        let workflow = RepairWorkflow(system: system, uploadBaseURL: settings.publicURL, policy: try configuration.mail().policy)
        let log: @Sendable (String) -> Void = { line in
            print(line)
            fflush(nil)
        }
        let runner = WorkflowRunner(workflow: workflow, categories: settings.autoCategories, log: log)
        let app = CentralSystemServer.application(system: system, host: settings.host, port: settings.port) { port in
            log("OCPP central system on ws://\(settings.host):\(port)/ocpp/{chargePointId}; uploads to \(settings.publicURL)/diagnostics/")
        }
        let workflows = Task { await runner.run() }
        defer { workflows.cancel() }
        try await app.runService()  // until SIGTERM or SIGINT, then a graceful shutdown
    }
}
