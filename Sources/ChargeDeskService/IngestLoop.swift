import Foundation
import MailTransport

/// Keeps ingest going through server trouble: a lost connection, a timeout or a restarting
/// server is retried with exponential backoff and jitter and one clear log line per attempt; a
/// refused login or a command the server rejects is a configuration problem and ends the run at
/// once, so that a wrong password is reported clearly rather than hammered.
public struct IngestLoop: Sendable {
    public var ingest: MailboxIngest
    public var initialBackoff: Double = 1
    public var maximumBackoff: Double = 300
    public var pollInterval = 60
    /// Sends the acknowledgements a pass queued, right after it (nil: no SMTP configured).
    public var outbox: OutboxSender?

    public init(ingest: MailboxIngest) { self.ingest = ingest }

    /// One complete pass, however many reconnects it takes, within `giveUpAfter` seconds.
    public func runOnce(giveUpAfter: Double, log: (String) -> Void, progress: (Int, Int) -> Void = { _, _ in }) throws -> MailboxIngest.Summary {
        var summary = MailboxIngest.Summary()
        let deadline = Date().addingTimeInterval(giveUpAfter)
        try withRetries(until: deadline, log: log) {
            try ingest.pass(into: &summary, report: log, progress: progress)
        }
        flushOutbox(log: log)
        return summary
    }

    /// Passes forever: after each, wait for new mail with IDLE (re-issued before the server's
    /// 29-minute timeout) or, without IDLE, poll every `pollInterval` seconds.
    public func runForever(log: (String) -> Void, progress: (Int, Int) -> Void = { _, _ in }) throws -> Never {
        while true {
            try withRetries(until: nil, log: log) {
                var summary = MailboxIngest.Summary()
                try ingest.pass(into: &summary, report: log, progress: progress)
                log(summary.description)
                flushOutbox(log: log)
                let client = try IMAPClient(ingest.server)
                defer { client.logout() }
                if client.capabilities.contains("IDLE") {
                    _ = try client.select(ingest.mailbox)
                    _ = try client.idle(seconds: 25 * 60)
                } else {
                    Thread.sleep(forTimeInterval: Double(pollInterval))
                }
            }
        }
    }

    /// Mail trouble never stops ingest: what is not sent stays due for the next flush.
    private func flushOutbox(log: (String) -> Void) {
        guard let outbox else { return }
        do {
            log("outbox: \(try outbox.flush(log: log))")
        } catch {
            log("outbox: \(error)")
        }
    }

    private func withRetries(until deadline: Date?, log: (String) -> Void, _ body: () throws -> Void) throws {
        var backoff = Backoff(initial: initialBackoff, maximum: maximumBackoff)
        while true {
            do {
                try body()
                return
            } catch let error as IMAPError where error.isTransient {
                let wait = backoff.next()
                if let deadline, Date().addingTimeInterval(wait) > deadline {
                    log("ingest: \(error); giving up after \(backoff.attempt) attempts")
                    throw error
                }
                log("ingest: \(error); retrying in \(String(format: "%.1f", wait)) s (attempt \(backoff.attempt))")
                Thread.sleep(forTimeInterval: wait)
            }
        }
    }
}
