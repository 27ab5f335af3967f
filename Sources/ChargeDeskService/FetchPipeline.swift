import Desk
import Foundation
import MailTransport

/// Fetches and parses the batches of a pass ahead of the store, as a pipeline of three
/// stages: while batch N is committed, batch N + 1 is parsed (on all cores) and batch N + 2 is
/// fetched. With fetch and parse in one stage, the parsing cores sat idle during every fetch
/// and the fetch waited for every parse: a fifth of an ingest pass was spent so.
///
/// The fetch stage uses the pass's own IMAP connection. The pass takes the connection back
/// only through `pause()`, which returns once no fetch is running and none will start until
/// `resume()`, so the connection is never used by two threads at once.
final class FetchPipeline: @unchecked Sendable {
    struct Batch {
        var messages: [IMAPClient.FetchedMessage]
        var mails: [IncomingMail]
    }

    private let client: IMAPClient
    private let prepare: @Sendable ([IMAPClient.FetchedMessage]) -> [IncomingMail]
    private let fetchQueue = DispatchQueue(label: "chargedesk.ingest.fetch")
    private let parseQueue = DispatchQueue(label: "chargedesk.ingest.parse")
    private let depth: Int
    private let stages = DispatchGroup()
    /// Guards everything below.
    private let condition = NSCondition()
    private var results: [Result<Batch, any Error>] = []
    /// Batches fetched but not yet taken: at most `depth`, which bounds memory.
    private var outstanding = 0
    private var paused = false
    private var fetching = false
    private var stopped = false

    /// `depth`: batches in flight ahead of the one being stored; two keep fetch, parse and
    /// store all busy.
    init(client: IMAPClient, depth: Int = 2, prepare: @escaping @Sendable ([IMAPClient.FetchedMessage]) -> [IncomingMail]) {
        self.client = client
        self.prepare = prepare
        self.depth = max(1, depth)
    }

    /// Starts fetching and parsing `plan` in order. Call once.
    func start(_ plan: [[UInt32]]) {
        stages.enter()
        fetchQueue.async { [self] in
            defer { stages.leave() }
            for uids in plan {
                guard beginFetch() else { return }
                let fetched = Result { try client.fetch(uids) }
                endFetch()
                stages.enter()
                parseQueue.async { [self] in
                    defer { stages.leave() }
                    deliver(fetched.map { Batch(messages: $0, mails: prepare($0)) })
                }
                if case .failure = fetched { return }  // the pass stops at this batch and retries
            }
        }
    }

    /// The next batch in plan order; throws what its fetch threw.
    func next() throws -> Batch {
        condition.lock()
        while results.isEmpty { condition.wait() }
        let result = results.removeFirst()
        outstanding -= 1
        condition.broadcast()
        condition.unlock()
        return try result.get()
    }

    /// Returns once the connection is free; no fetch starts until `resume()`.
    func pause() {
        condition.lock()
        paused = true
        while fetching { condition.wait() }
        condition.unlock()
    }

    func resume() {
        condition.lock()
        paused = false
        condition.broadcast()
        condition.unlock()
    }

    /// Stops fetching and waits until neither stage is running, so that the connection can be
    /// logged out. Batches not taken are dropped: they are not committed, so the next pass
    /// fetches them again.
    func stop() {
        condition.lock()
        stopped = true
        paused = false
        condition.broadcast()
        condition.unlock()
        stages.wait()
    }

    private func beginFetch() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && (paused || outstanding >= depth) { condition.wait() }
        guard !stopped else { return false }
        outstanding += 1
        fetching = true
        return true
    }

    private func endFetch() {
        condition.lock()
        fetching = false
        condition.broadcast()
        condition.unlock()
    }

    private func deliver(_ result: Result<Batch, any Error>) {
        condition.lock()
        results.append(result)
        condition.broadcast()
        condition.unlock()
    }

    deinit {
        stop()
    }
}
