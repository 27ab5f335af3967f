import Foundation
import MailTransport

/// A second IMAP connection that moves (or flags) handled mail on its own thread, one job at a
/// time, while the pass goes on fetching. A failure is kept and thrown at the next submit or at
/// `finish`, so the pass stops and retries as for any connection trouble; nothing is lost,
/// because the checkpoint already covers the mail being moved.
final class BackgroundDisposer: @unchecked Sendable {
    private let client: IMAPClient
    private let queue = DispatchQueue(label: "chargedesk.ingest.disposer")
    private let lock = NSLock()
    private var failure: (any Error)?

    init(server: IMAPServerConfiguration, mailbox: String) throws {
        client = try IMAPClient(server)
        _ = try client.select(mailbox)
    }

    func submit(_ uids: [UInt32], _ work: @escaping @Sendable (IMAPClient, [UInt32]) throws -> Void) throws {
        try rethrow()
        queue.async { [self] in
            guard lock.withLock({ failure == nil }) else { return }
            do { try work(client, uids) } catch { lock.withLock { failure = error } }
        }
    }

    /// Waits for the submitted work and logs out.
    func finish() throws {
        queue.sync {}
        client.logout()
        try rethrow()
    }

    private func rethrow() throws {
        if let failure = lock.withLock({ failure }) { throw failure }
    }

    deinit {
        queue.sync {}
    }
}
