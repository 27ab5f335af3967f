import ChargeDeskTestSupport
import Desk
import Foundation
import Store
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `chargedesk serve` and `chargedesk diagnose` as processes, with a simulated charger.
@Suite(.serialized, .enabled(if: PythonPeer.isAvailable(["ocpp", "websockets"]), "needs python3 with ocpp and websockets"))
struct DiagnoseCommandTests {
    struct Desk {
        let directory: URL
        let database: String
        let port: UInt16
        let environment: [String: String]

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            database = directory.appendingPathComponent("desk.sqlite").path
            port = try DovecotServer.freePort()
            let registry = directory.appendingPathComponent("registry.csv").path
            try """
                charger_id,site_name,address,postal_code,city,owner,contract,manufacturer,model,installed,last_service
                SIMKILL1,Testplatsen,Provgatan 1,123 45,Testby,BRF Test,,Easee,Charge,2024-01-01,2025-01-01
                """.write(toFile: registry, atomically: true, encoding: .utf8)
            var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CHARGEDESK_") }
            environment["CHARGEDESK_OCPP_PORT"] = "\(port)"
            environment["CHARGEDESK_DATABASE_PATH"] = database
            environment["CHARGEDESK_REGISTRY_PATH"] = registry
            self.environment = environment
        }

        func start(_ arguments: [String]) throws -> Process { try ExtractCommandTests.launch(arguments, environment: environment) }
    }

    /// Polls the store until `condition` holds (another process writes it).
    static func eventually(_ seconds: Double, _ condition: () throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return try condition()
    }

    @Test func killedDuringAWorkflowItResumesWithoutResettingTwice() async throws {
        let desk = try Desk()
        defer { try? FileManager.default.removeItem(at: desk.directory) }
        var serve = try desk.start(["serve"])
        defer { if serve.isRunning { serve.terminate() } }
        // A charger that stays away 8 s after a reset: time enough to kill ChargeDesk meanwhile.
        let charger = try PythonPeer("ocpp_charger.py", ["--url", "ws://127.0.0.1:\(desk.port)/ocpp", "--id", "SIMKILL1", "--scenario", "recovers",
                                                         "--reboot-delay", "8"])
        defer { charger.stop() }
        #expect(await charger.waitFor("status Faulted", within: 20), "\(charger.text)")

        // A ticket about the charger: serve starts the workflow by itself.
        let open = try desk.start(["tickets", "open", "--location", "Provgatan 1, Testby", "--owner", "BRF Test", "--charger", "SIMKILL1",
                                   "--category", "charging_failure", "--description", "Laddar inte", "--taken-by", "anna"])
        open.waitUntilExit()
        #expect(open.terminationStatus == 0)
        let store = try DeskStore(path: desk.database)
        let ticket = try #require(try store.tickets(limit: 5).first)
        let ticketID = try #require(ticket.id)
        #expect(try await Self.eventually(30) { try store.events(ticketID: ticketID).contains { $0.detail == "soft reset requested" } })
        // Kill while the charger reboots, i.e. once it has the reset. The event is written just
        // before the Reset is sent (at most once by design); a kill inside that window leaves the
        // reset unsent, and the resumed workflow rightly goes on to a hard reset: not this case.
        #expect(await charger.waitFor("reset Soft", within: 10), "\(charger.text)")
        kill(serve.processIdentifier, SIGKILL)
        serve.waitUntilExit()
        #expect(try store.workflow(ticketID: ticketID)?.finished == false)

        serve = try desk.start(["serve"])
        #expect(try await Self.eventually(40) { try store.workflow(ticketID: ticketID)?.finished == true })
        let events = try store.events(ticketID: ticketID)
        #expect(events.filter { $0.detail == "soft reset requested" }.count == 1)
        #expect(events.filter { $0.detail.contains("requesting diagnostics") }.count == 1)
        #expect(try store.ticket(String(ticketID))?.status == .resolved, "\(events.map(\.detail))")
        #expect(charger.lines.filter { $0.hasPrefix("reset") } == ["reset Soft"])
        serve.terminate()
        serve.waitUntilExit()
    }

    @Test func diagnosePrintsTheStepsOfTheRunningWorkflow() async throws {
        let desk = try Desk()
        defer { try? FileManager.default.removeItem(at: desk.directory) }
        var environment = desk.environment
        environment["CHARGEDESK_OCPP_AUTO_CATEGORIES"] = "physical_damage"  // this one is asked for by hand
        let serveDesk = Desk(copying: desk, environment: environment)
        let serve = try serveDesk.start(["serve"])
        defer { serve.terminate() }
        let charger = try PythonPeer("ocpp_charger.py", ["--url", "ws://127.0.0.1:\(desk.port)/ocpp", "--id", "SIMKILL1", "--scenario", "recovers"])
        defer { charger.stop() }
        #expect(await charger.waitFor("status Faulted", within: 20))
        let open = try desk.start(["tickets", "open", "--location", "Provgatan 1, Testby", "--owner", "BRF Test", "--charger", "SIMKILL1",
                                   "--category", "charging_failure", "--description", "Laddar inte", "--taken-by", "anna"])
        open.waitUntilExit()
        let store = try DeskStore(path: desk.database)
        #expect(try await Self.eventually(10) { (try store.centralSystemLastAlive()) != nil })

        let process = Process()
        process.executableURL = try ExtractCommandTests.binary()
        process.arguments = ["diagnose", "1", "--wait", "60"]
        process.environment = desk.environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("requesting diagnostics") && text.contains("soft reset requested") && text.contains("resolved remotely"), "\(text)")
    }
}

extension DiagnoseCommandTests.Desk {
    init(copying desk: DiagnoseCommandTests.Desk, environment: [String: String]) {
        directory = desk.directory
        database = desk.database
        port = desk.port
        self.environment = environment
    }
}
