import Extraction
import Foundation
import Store

/// Runs repair workflows in the central system process: resumes unfinished ones (after a
/// restart, or asked for by `chargedesk diagnose`) and starts one for each new ticket about a
/// charger we manage, in the categories where a remote check makes sense.
public actor WorkflowRunner {
    public let workflow: RepairWorkflow
    public let categories: [Report.Category]
    private var running: Set<Int64> = []
    private let log: @Sendable (String) -> Void

    public init(workflow: RepairWorkflow, categories: [Report.Category], log: @escaping @Sendable (String) -> Void) {
        self.workflow = workflow
        self.categories = categories
        self.log = log
    }

    /// One look at the store; call it every few seconds.
    public func tick() async {
        let store = workflow.system.store
        do {
            try store.centralSystemAlive()
            for (ticketID, chargePoint) in try store.ticketsAwaitingDiagnosis(categories: categories) {
                try store.requestWorkflow(ticketID: ticketID, chargePoint: chargePoint)
            }
            for state in try store.unfinishedWorkflows() where !running.contains(state.ticketID) {
                start(state.ticketID)
            }
        } catch {
            log("diagnostics: \(error)")
        }
    }

    private func start(_ ticketID: Int64) {
        running.insert(ticketID)
        let workflow = self.workflow, log = self.log
        Task {
            do { try await workflow.run(ticketID: ticketID, log: log) } catch { log("diagnostics: ticket \(ticketID): \(error)") }
            self.finished(ticketID)
        }
    }

    private func finished(_ ticketID: Int64) { running.remove(ticketID) }

    /// Ticks until cancelled.
    public func run(every interval: Duration = .seconds(2)) async {
        while !Task.isCancelled {
            await tick()
            try? await Task.sleep(for: interval)
        }
    }
}
