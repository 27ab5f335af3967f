import ChargeDeskTestSupport
import Diagnostics
import Foundation
import Store
import Testing

/// A central system on loopback in this process, for tests.
final class RunningCentralSystem: Sendable {
    let system: CentralSystem
    let port: Int
    let task: Task<Void, any Error>
    let directory: URL
    var url: String { "ws://127.0.0.1:\(port)/ocpp" }

    /// `prepare` fills the store (in this server's own directory, removed with it) before the server starts.
    init(passwords: [String: String] = [:], prepare: (DeskStore) throws -> Void = { _ in }) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ocpp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try DeskStore(path: directory.appendingPathComponent("desk.sqlite").path)
        try prepare(store)
        system = CentralSystem(store: store, passwords: passwords)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = CentralSystemServer.application(system: system, port: 0, onRunning: { continuation.yield($0) })
        task = Task { try await app.runService() }
        var iterator = ports.makeAsyncIterator()
        port = await iterator.next() ?? 0
    }

    func waitUntilConnected(_ id: String, within seconds: Double = 10) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if await system.isConnected(id) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    deinit {
        task.cancel()
        try? FileManager.default.removeItem(at: directory)
    }
}

@Suite(.serialized, .enabled(if: PythonPeer.isAvailable(["ocpp", "websockets"]), "needs python3 with ocpp and websockets (scripts/setup.sh installs them)"))
struct CentralSystemTests {
    @Test func aConnectionWithoutTheOCPP16SubprotocolIsRefused() async throws {
        let server = try await RunningCentralSystem()
        for offered in ["ocpp2.0.1", ""] {
            let probe = try PythonPeer("ocpp_probe.py", ["--url", server.url, "--subprotocol", offered])
            #expect(await probe.finish(within: 10) == 3, "\(probe.text)")
        }
        let good = try PythonPeer("ocpp_probe.py", ["--url", server.url])
        #expect(await good.finish(within: 10) == 0)
        #expect(good.text.contains("connected ocpp1.6"))
    }

    @Test func aWrongPasswordIsRefusedAndTheRightOneAccepted() async throws {
        let server = try await RunningCentralSystem(passwords: ["SECURE1": "s3cret-pw"])
        let wrong = try PythonPeer("ocpp_probe.py", ["--url", server.url, "--id", "SECURE1", "--password", "guess"])
        #expect(await wrong.finish(within: 10) == 3)
        let none = try PythonPeer("ocpp_probe.py", ["--url", server.url, "--id", "SECURE1"])
        #expect(await none.finish(within: 10) == 3)
        let right = try PythonPeer("ocpp_probe.py", ["--url", server.url, "--id", "SECURE1", "--password", "s3cret-pw"])
        #expect(await right.finish(within: 10) == 0, "\(right.text)")
    }

    @Test func malformedFramesGetTheRightCallError() async throws {
        let server = try await RunningCentralSystem()
        let big = String(repeating: "x", count: 70_000)
        let frames = [
            "this is not json",
            #"{"not": "an array"}"#,
            #"[2, "m1", "BootNotification", {"chargePointVendor": "X"}]"#,
            #"[2, "m2", "Teleport", {}]"#,
            #"[2, "m3", "StatusNotification", {"connectorId": "one", "errorCode": "NoError", "status": "Available"}]"#,
            #"[2, "m4", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Exploded"}]"#,
            #"[9, "m5", {}]"#,
            #"[2, "m6", "Heartbeat"]"#,
            #"[2, "m7", "BootNotification", {"chargePointVendor": "Easee", "chargePointModel": "Home"}]"#,
            #"[2, "m8", "DataTransfer", {"vendorId": "x", "data": "\#(big)"}]"#,
            #"[2, "m9", "StatusNotification", {"connectorId": 1, "errorCode": "GroundFailure", "status": "Faulted"}]"#,
        ]
        let probe = try PythonPeer("ocpp_probe.py", ["--url", server.url, "--id", "CP-FRAMES"] + frames)
        #expect(await probe.finish(within: 20) == 0, "\(probe.text)")
        let answers = probe.lines.filter { $0.hasPrefix("[") }
        #expect(answers.count == frames.count)
        guard answers.count == frames.count else { return }
        #expect(answers[0].hasPrefix(#"[4,"-1","FormationViolation""#))
        #expect(answers[1].hasPrefix(#"[4,"-1","FormationViolation""#))
        #expect(answers[2].hasPrefix(#"[4,"m1","OccurenceConstraintViolation""#))
        #expect(answers[3].hasPrefix(#"[4,"m2","NotImplemented""#))
        #expect(answers[4].hasPrefix(#"[4,"m3","TypeConstraintViolation""#))
        #expect(answers[5].hasPrefix(#"[4,"m4","PropertyConstraintViolation""#))
        #expect(answers[6].hasPrefix(#"[4,"m5","NotSupported""#))
        #expect(answers[7].hasPrefix(#"[4,"m6","FormationViolation""#))
        #expect(answers[8].hasPrefix(#"[3,"m7",{"#) && answers[8].contains(#""interval":300"#) && answers[8].contains(#""status":"Accepted""#))
        #expect(answers[9].hasPrefix(#"[3,"m8",{"status":"UnknownVendorId"}]"#))
        #expect(answers[10] == #"[3,"m9",{}]"#)
        let latest = try server.system.store.latestStatuses(chargePoint: "CP-FRAMES")
        #expect(latest.map(\.status) == ["Faulted"] && latest.first?.errorCode == "GroundFailure")
    }

    @Test func theChargersCallIsAnsweredWhileOursIsPending() async throws {
        let server = try await RunningCentralSystem()
        let probe = try PythonPeer("ocpp_probe.py", ["--url", server.url, "--id", "CP-PENDING", "--call-while-pending"])
        #expect(await server.waitUntilConnected("CP-PENDING"))
        let result = try await server.system.call("CP-PENDING", "GetConfiguration", .object([:]), timeout: .seconds(10))
        #expect(result == .object(["configurationKey": .array([])]))
        _ = await probe.finish(within: 10)
        #expect(probe.text.contains(#"[3,"hb-1",{"currentTime":"#), "\(probe.text)")
    }

    @Test func aChargerThatNeverAnswersTimesOut() async throws {
        let server = try await RunningCentralSystem()
        let probe = try PythonPeer("ocpp_probe.py", ["--url", server.url, "--id", "CP-SILENT", "--silent", "--wait", "5"])
        #expect(await server.waitUntilConnected("CP-SILENT"))
        await #expect(throws: OCPPCallError.timeout(action: "TriggerMessage", chargePoint: "CP-SILENT")) {
            _ = try await server.system.call("CP-SILENT", "TriggerMessage", .object(["requestedMessage": .string("StatusNotification")]), timeout: .seconds(1))
        }
        probe.stop()
    }

    @Test func framesParseAndPrintBack() throws {
        let frame = #"[2,"a1","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Available"}]"#
        let message = try OCPPMessage.parse(frame)
        #expect(message.text() == frame)
        #expect(try OCPPMessage.parse(#"[4,"x","FormatViolation","bad",{}]"#) == .callError(id: "x", code: .formationViolation, description: "bad", details: .object([:])))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...60, using: &generator)).map { _ in Array("[]{}\",:0123456789abc -".utf8).randomElement(using: &generator)! }
            _ = try? OCPPMessage.parse(String(decoding: bytes, as: UTF8.self))  // never crashes
        }
    }
}
