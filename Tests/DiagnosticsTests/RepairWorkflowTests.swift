import ChargeDeskTestSupport
import Desk
import Diagnostics
import Extraction
import Foundation
import Store
import Testing

/// The remote-repair workflow against simulated OCPP 1.6 charge points (the Python `ocpp` package).
@Suite(.serialized, .enabled(if: PythonPeer.isAvailable(["ocpp", "websockets"]), "needs python3 with ocpp and websockets (scripts/setup.sh installs them)"))
struct RepairWorkflowTests {
    static let chargers = ["SIMREC1", "SIMFLT1", "SIMOFF1", "SIMDMG1", "SIMRCD1"]

    /// A store with the simulated chargers in the installed base, and a ticket for `charger`.
    static func setUp(_ charger: String, category: Report.Category) async throws -> (RunningCentralSystem, Int64) {
        var ticket: Int64 = 0
        let server = try await RunningCentralSystem { store in
            try store.loadInstalledBase(chargers: chargers.map {
                RegistryCharger(chargerID: $0, siteName: "Testplatsen", address: "Provgatan 1", postalCode: "123 45", city: "Testby", owner: "BRF Test",
                                contract: "", manufacturer: "Easee", model: "Charge", installed: "2024-01-01", lastService: "2025-01-01")
            }, contracts: [], roster: [])
            ticket = try store.openByPhone(location: "Provgatan 1, Testby", owner: "BRF Test", contract: nil, charger: charger, category: category,
                                           description: "Laddar inte", takenBy: "anna", at: Date(), customerAddress: "kund@example.se").0
        }
        return (server, ticket)
    }

    static func workflow(_ server: RunningCentralSystem) -> RepairWorkflow {
        var workflow = RepairWorkflow(system: server.system, uploadBaseURL: "http://127.0.0.1:\(server.port)", policy: AutomaticMailPolicy())
        workflow.timing.status = .seconds(5)
        workflow.timing.upload = .seconds(10)
        workflow.timing.recovery = .seconds(15)
        workflow.timing.call = .seconds(10)
        return workflow
    }

    static func charger(_ server: RunningCentralSystem, _ id: String, _ scenario: String, log: String = "2026-12-01 firmware crash in main loop\n") async throws -> PythonPeer {
        let peer = try PythonPeer("ocpp_charger.py", ["--url", server.url, "--id", id, "--scenario", scenario, "--log", log])
        #expect(await server.waitUntilConnected(id), "\(peer.text)")
        #expect(await peer.waitFor("status", within: 10))
        return peer
    }

    @Test func aChargerThatComesBackAfterASoftResetIsResolvedRemotely() async throws {
        let (server, ticketID) = try await Self.setUp("SIMREC1", category: .chargingFailure)
        let peer = try await Self.charger(server, "SIMREC1", "recovers")
        defer { peer.stop() }
        try await Self.workflow(server).run(ticketID: ticketID)
        let store = server.system.store
        #expect(try store.ticket(String(ticketID))?.status == .resolved)
        let events = try store.events(ticketID: ticketID)
        #expect(events.contains { $0.kind == .resolved && $0.detail.contains("soft reset") })
        #expect(events.filter { $0.kind == .diagnosed }.map(\.detail).contains { $0.contains("diagnostics.log") && $0.contains("firmware crashed") })
        let workflow = try #require(try store.workflow(ticketID: ticketID))
        #expect(workflow.finished)
        #expect(try store.upload(token: workflow.uploadToken)?.content == Array("2026-12-01 firmware crash in main loop\n".utf8))
        #expect(peer.text.contains("trigger StatusNotification") && peer.text.contains("reset Soft") && !peer.text.contains("reset Hard"))
        #expect(try store.outbox().contains { $0.kind == .resolution && $0.recipient == "kund@example.se" })
    }

    @Test func aChargerStillFaultedAfterSoftAndHardResetIsDispatched() async throws {
        let (server, ticketID) = try await Self.setUp("SIMFLT1", category: .chargingFailure)
        let peer = try await Self.charger(server, "SIMFLT1", "stays-faulted")
        defer { peer.stop() }
        try await Self.workflow(server).run(ticketID: ticketID)
        let events = try server.system.store.events(ticketID: ticketID)
        #expect(events.contains { $0.kind == .dispatched && $0.detail.contains("still faulted after soft and hard reset") })
        #expect(peer.text.contains("reset Soft") && peer.text.contains("reset Hard"))
        #expect(try server.system.store.ticket(String(ticketID))?.status == .open)
    }

    @Test func anOfflineChargerIsDispatchedAtOnce() async throws {
        let (server, ticketID) = try await Self.setUp("SIMOFF1", category: .noPower)
        try await Self.workflow(server).run(ticketID: ticketID)
        let events = try server.system.store.events(ticketID: ticketID)
        #expect(events.contains { $0.kind == .dispatched && $0.detail.contains("offline") })
    }

    @Test func physicalDamageMakesTheChargerInoperativeAndDispatchesWithoutARestart() async throws {
        let (server, ticketID) = try await Self.setUp("SIMDMG1", category: .physicalDamage)
        let peer = try await Self.charger(server, "SIMDMG1", "stays-faulted")
        defer { peer.stop() }
        try await Self.workflow(server).run(ticketID: ticketID)
        let events = try server.system.store.events(ticketID: ticketID)
        #expect(events.contains { $0.kind == .dispatched && $0.detail.contains("physical damage") && $0.detail.contains("Accepted") })
        #expect(peer.text.contains("availability 0 Inoperative"))
        #expect(!peer.text.contains("reset"))
        #expect(await peer.waitFor("status Unavailable", within: 5))
    }

    @Test func aLogSignatureOnlyAVisitCanFixSkipsTheRestarts() async throws {
        let (server, ticketID) = try await Self.setUp("SIMRCD1", category: .noPower)
        let peer = try await Self.charger(server, "SIMRCD1", "stays-faulted", log: "2026-12-01T20:01:02Z ERROR RCD tripped: residual current 32 mA\n")
        defer { peer.stop() }
        try await Self.workflow(server).run(ticketID: ticketID)
        let events = try server.system.store.events(ticketID: ticketID)
        #expect(events.contains { $0.kind == .dispatched && $0.detail.contains("residual-current device tripped") })
        #expect(!peer.text.contains("reset"))
    }
}
