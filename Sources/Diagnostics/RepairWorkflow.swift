import Desk
import Extraction
import Foundation
import Store
import Synchronization

/// The remote-repair workflow for one ticket, as operations do it by hand: is the charger
/// connected, what is its status, fetch and read its log, soft reset, then hard reset, and only
/// when that fails send someone. Physical damage skips the restarts: the connector is made
/// Inoperative for safety and a technician goes at once. Every step is a ticket event, and the
/// step reached is stored with it, so a restarted process resumes without repeating a reset.
public struct RepairWorkflow: Sendable {
    public struct Timing: Sendable {
        public var status: Duration = .seconds(15)
        public var upload: Duration = .seconds(120)
        public var recovery: Duration = .seconds(180)
        public var call: Duration = .seconds(30)
        public init() {}
    }

    /// Where the workflow goes next; stored in `repair_workflow.step`.
    enum Step: String {
        case start, status, diagnostics, softReset = "soft-reset", awaitSoft = "await-soft", hardReset = "hard-reset", awaitHard = "await-hard"
    }

    public let system: CentralSystem
    public var uploadBaseURL: String
    public var policy: AutomaticMailPolicy
    public var timing = Timing()
    public var signatures = FaultSignature.builtIn

    public init(system: CentralSystem, uploadBaseURL: String, policy: AutomaticMailPolicy) {
        self.system = system
        self.uploadBaseURL = uploadBaseURL
        self.policy = policy
    }

    var store: DeskStore { system.store }

    /// Runs (or resumes) the workflow of a ticket to its end; `log` gets one line per step.
    public func run(ticketID: Int64, log: @Sendable (String) -> Void = { _ in }) async throws {
        guard let ticket = try store.ticket(String(ticketID)) else { throw WorkflowError.unknownTicket(ticketID) }
        guard let chargePoint = ticket.linkedCharger ?? ticket.chargerID else { throw WorkflowError.noCharger(ticket.reference) }
        var state = try store.workflow(ticketID: ticketID)
            ?? RepairWorkflowState(ticketID: ticketID, chargePoint: chargePoint, step: Step.start.rawValue, uploadToken: UUID().uuidString)
        if state.finished { log("\(ticket.reference): already finished (\(state.step))"); return }
        func advance(_ step: Step, _ detail: String) throws {
            state.step = step.rawValue
            try store.advanceWorkflow(state, event: TicketEvent(ticketID: ticketID, at: Date(), kind: .diagnosed, actor: "system:diagnostics", detail: detail))
            log("\(ticket.reference): \(detail)")
        }
        func finish(resolved: Bool, _ detail: String) throws {
            try store.finishRepair(ticketID: ticketID, resolved: resolved, detail: detail, policy: policy)
            log("\(ticket.reference): \(resolved ? "resolved" : "dispatched"): \(detail)")
        }

        /// After a reset: resolved when Available; after the soft one, on to the hard one; after
        /// the hard one, a technician. True when the workflow has ended.
        func conclude(soft: Bool, available: Bool) async throws -> Bool {
            if available {
                try finish(resolved: true, "resolved remotely: \(chargePoint) Available after a \(soft ? "soft" : "hard") reset")
                return true
            }
            if soft {
                try advance(.hardReset, "not Available after the soft reset")
                return false
            }
            let connected = await system.isConnected(chargePoint)
            try finish(resolved: false, "dispatch: \(connected ? "still faulted" : "offline") after soft and hard reset")
            return true
        }

        var step = Step(rawValue: state.step) ?? .start
        while true {
            switch step {
            case .start:
                guard await system.isConnected(chargePoint) else {
                    try advance(.start, "\(chargePoint) is not connected to the central system")
                    try finish(resolved: false, "dispatch: charger offline")
                    return
                }
                if ticket.category == .physicalDamage {
                    try advance(.start, "physical damage reported: no restart; setting \(chargePoint) Inoperative for safety")
                    let answer = try? await system.call(chargePoint, "ChangeAvailability", .from(OCPP16.ChangeAvailability(connectorId: 0, type: "Inoperative")),
                                                        timeout: timing.call)
                    try finish(resolved: false, "dispatch: physical damage; ChangeAvailability Inoperative: \(answer?["status"]?.stringValue ?? "no answer")")
                    return
                }
                try advance(.status, "\(chargePoint) is connected; asking for its status")
                step = .status
            case .status:
                let expectation = await system.expect { if case .status(let s) = $0 { return s.chargePoint.lowercased() == chargePoint.lowercased() }; return false }
                _ = try? await system.call(chargePoint, "TriggerMessage", .from(OCPP16.TriggerMessage(requestedMessage: "StatusNotification")), timeout: timing.call)
                _ = await system.wait(expectation, timeout: timing.status)
                let statuses = try store.latestStatuses(chargePoint: chargePoint)
                let summary = statuses.map { "connector \($0.connector): \($0.status) (\($0.errorCode))" }.joined(separator: ", ")
                try advance(.diagnostics, "status: \(summary.isEmpty ? "none reported" : summary); requesting diagnostics")
                step = .diagnostics
            case .diagnostics:
                await system.allowUpload(token: state.uploadToken, chargePoint: chargePoint, ticketID: ticketID)
                let expectation = await system.expect { [token = state.uploadToken] in if case .uploaded(let t) = $0 { return t == token }; return false }
                let location = "\(uploadBaseURL)/diagnostics/\(state.uploadToken)"
                let answer = try? await system.call(chargePoint, "GetDiagnostics", .from(OCPP16.GetDiagnostics(location: location)), timeout: timing.call)
                let uploaded = answer != nil ? await system.wait(expectation, timeout: timing.upload) : false
                if uploaded, let upload = try store.upload(token: state.uploadToken) {
                    let manufacturer = try store.chargerManufacturer(chargePoint)
                    let found = FaultSignature.scan(String(decoding: upload.content, as: UTF8.self), manufacturer: manufacturer, signatures: signatures)
                    let findings = found.map(\.finding).joined(separator: "; ")
                    if let blocking = found.first(where: { !$0.remotelyFixable }) {
                        try advance(.diagnostics, "log \(upload.filename) (\(upload.content.count) bytes) stored; found: \(findings)")
                        try finish(resolved: false, "dispatch: \(blocking.finding)")
                        return
                    }
                    try advance(.softReset, "log \(upload.filename) (\(upload.content.count) bytes) stored; \(found.isEmpty ? "no known fault signature" : "found: \(findings)")")
                } else {
                    try advance(.softReset, "no diagnostics uploaded (\(answer == nil ? "GetDiagnostics not answered" : "upload timed out")); going on")
                }
                step = .softReset
            case .softReset, .hardReset:
                let type = step == .softReset ? "Soft" : "Hard"
                // Recorded before the reset is sent: after a crash the reset is not sent again.
                try advance(step == .softReset ? .awaitSoft : .awaitHard, "\(type.lowercased()) reset requested")
                let backUp = await system.expect(Self.statusAfterBoot(chargePoint))
                let answer = try? await system.call(chargePoint, "Reset", .from(OCPP16.Reset(type: type)), timeout: timing.call)
                guard answer?["status"]?.stringValue == "Accepted" else {
                    if step == .softReset {
                        try advance(.hardReset, "soft reset \(answer == nil ? "not answered" : "rejected")")
                        step = .hardReset
                        continue
                    }
                    try finish(resolved: false, "dispatch: still faulted; hard reset \(answer == nil ? "not answered" : "rejected")")
                    return
                }
                let rebooted = await system.wait(backUp, timeout: timing.recovery)
                if try await conclude(soft: step == .softReset, available: try await checkAvailable(chargePoint, rebooted: rebooted)) { return }
                step = .hardReset
            case .awaitSoft, .awaitHard:
                // Reached directly only after a restart of ChargeDesk: the reset was sent; look at
                // the charger before deciding, never reset again.
                var available = try isAvailableNow(chargePoint)
                if !available {
                    let backUp = await system.expect(Self.statusAfterBoot(chargePoint))
                    let rebooted = await system.isConnected(chargePoint) ? false : await system.wait(backUp, timeout: timing.recovery)
                    available = try await checkAvailable(chargePoint, rebooted: rebooted)
                }
                if try await conclude(soft: step == .awaitSoft, available: available) { return }
                step = .hardReset
            }
        }
    }

    /// Whether the charger's connectors are Available now; asks for a fresh status first unless
    /// it just reported one after rebooting.
    func checkAvailable(_ chargePoint: String, rebooted: Bool) async throws -> Bool {
        if !rebooted, await system.isConnected(chargePoint) {
            let fresh = await system.expect { if case .status(let s) = $0 { return s.chargePoint.lowercased() == chargePoint.lowercased() }; return false }
            _ = try? await system.call(chargePoint, "TriggerMessage", .from(OCPP16.TriggerMessage(requestedMessage: "StatusNotification")), timeout: timing.call)
            _ = await system.wait(fresh, timeout: timing.status)
        }
        return try isAvailableNow(chargePoint)
    }

    /// Matches the first connector status a charger reports after it has booted again.
    static func statusAfterBoot(_ chargePoint: String) -> @Sendable (ChargerEvent) -> Bool {
        let booted = Mutex(false)
        return { event in
            switch event {
            case .booted(let id) where id.lowercased() == chargePoint.lowercased():
                booted.withLock { $0 = true }
                return false
            case .status(let status) where status.chargePoint.lowercased() == chargePoint.lowercased() && status.connector > 0:
                return booted.withLock { $0 }
            default:
                return false
            }
        }
    }

    func isAvailableNow(_ chargePoint: String) throws -> Bool {
        let statuses = try store.latestStatuses(chargePoint: chargePoint).filter { $0.connector > 0 }
        return !statuses.isEmpty && statuses.allSatisfy { $0.status == "Available" }
    }
}

public enum WorkflowError: Error, CustomStringConvertible {
    case unknownTicket(Int64)
    case noCharger(String)

    public var description: String {
        switch self {
        case .unknownTicket(let id): "no ticket \(id)"
        case .noCharger(let reference): "\(reference) names no charger: nothing to diagnose remotely"
        }
    }
}
