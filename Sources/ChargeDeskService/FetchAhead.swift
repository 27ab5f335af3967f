import Desk
import Foundation
import MailTransport

/// Fetches and parses the next batch on its own thread while the current batch is committed,
/// so the server's work, our parsing and SQLite's commit overlap instead of taking turns.
///
/// It uses the pass's own IMAP connection. Only one batch is ever in flight, and the pass
/// calls `join` before it uses the connection for anything else, so the connection is never
/// used by two threads at once.
final class FetchAhead: @unchecked Sendable {
    struct Batch {
        var messages: [IMAPClient.FetchedMessage]
        var mails: [IncomingMail]
    }

    private let client: IMAPClient
    private let prepare: @Sendable ([IMAPClient.FetchedMessage]) -> [IncomingMail]
    private let queue = DispatchQueue(label: "chargedesk.ingest.fetch-ahead")
    /// Written on `queue`, read after `queue.sync`.
    private var result: Result<Batch, any Error>?

    init(client: IMAPClient, prepare: @escaping @Sendable ([IMAPClient.FetchedMessage]) -> [IncomingMail]) {
        self.client = client
        self.prepare = prepare
    }

    /// Starts fetching and parsing `uids` in the background.
    func start(_ uids: [UInt32]) {
        queue.async { [self] in
            result = Result {
                let messages = try client.fetch(uids)
                return Batch(messages: messages, mails: prepare(messages))
            }
        }
    }

    /// Waits for the batch in flight, if any, so the connection is free.
    func join() {
        queue.sync {}
    }

    /// The batch started last; throws what its fetch threw.
    func take() throws -> Batch {
        join()
        defer { result = nil }
        guard let result else { return Batch(messages: [], mails: []) }
        return try result.get()
    }

    deinit {
        queue.sync {}
    }
}
