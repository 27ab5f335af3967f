import Desk
import Foundation
import Mail
import MailTransport
import Store

/// Drains the outbox over SMTP: claims due rows (a lease, so two senders never take the same
/// row), renders each (the same bytes every time: Message-ID, date and MIME boundaries are fixed
/// by the row), sends over one connection and commits each result at once, keeping the bytes sent. A 4xx or a lost connection is retried later with backoff; a 5xx
/// is given up with a ticket event and does not hold up the others. A crash between the server's
/// OK and our commit is the only way a mail goes twice, and then with the same Message-ID.
public struct OutboxSender: Sendable {
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public var sent = 0
        public var deferred = 0
        public var failed = 0
        public init() {}
        public var description: String { "sent \(sent), deferred \(deferred), failed \(failed)" }
    }

    public var store: DeskStore
    public var renderer: MailRenderer
    public var server: SMTPServerConfiguration
    /// Temporary failures are retried for this long, then given up.
    public var giveUpAfter: TimeInterval = 2 * 86_400
    public var initialRetry: TimeInterval = 30
    public var maximumRetry: TimeInterval = 3_600
    /// How long a claimed row stays ours; a crashed sender's rows are taken again after it.
    public var lease: TimeInterval = 120
    let composer = MessageComposer()

    public init(store: DeskStore, renderer: MailRenderer, server: SMTPServerConfiguration) {
        self.store = store
        self.renderer = renderer
        self.server = server
    }

    /// Sends everything due now; stops early (leaving the rest due) when the server is unreachable.
    public func flush(now: Date = Date(), batch: Int = 100, log: (String) -> Void = { _ in }) throws -> Summary {
        var summary = Summary()
        var client: SMTPClient?
        while true {
            let due = try store.claimDueMail(now: now, lease: lease, limit: batch)
            if due.isEmpty { return summary }
            let rendered = renderAhead(due)
            for (index, mail) in due.enumerated() {
                do {
                    let bytes = try rendered.wait(index).get()
                    if client == nil { client = try SMTPClient(server) }
                    let envelopeFrom = mail.kind.isToCustomer ? nil : renderer.from.address
                    try client!.send(from: envelopeFrom, to: [mail.recipient], message: bytes)
                    try store.markSent(mail, message: bytes)
                    summary.sent += 1
                } catch let error as SMTPError where !error.isPermanentForMessage {
                    try defer_(mail, error: "\(error)", now: now, summary: &summary, log: log)
                    if error.stopsBatch {
                        // The server or our settings are the problem: leave the rest for later.
                        for rest in due[(index + 1)...] { try store.release(rest) }
                        log("outbox: \(error); \(due.count - index - 1) more left for the next flush")
                        return summary
                    }
                } catch {
                    // 5xx, an address that cannot be written, a template that does not render.
                    try store.markFailed(mail, error: "\(error)")
                    summary.failed += 1
                    log("outbox: \(mail.kind.rawValue) to \(mail.recipient) failed for good: \(error)")
                }
            }
        }
    }

    /// Renders a claimed batch on all cores in the background, in send order, so that rendering
    /// the next mails overlaps sending this one.
    func renderAhead(_ due: [OutboxMail]) -> RenderedSlots {
        let slots = RenderedSlots(count: due.count)
        let workers = max(1, min(due.count, ProcessInfo.processInfo.activeProcessorCount))
        let sender = self
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: due.count, by: workers) {
                    slots.fill(index, Result { try sender.prepare(due[index]) })
                }
            }
        }
        return slots
    }

    /// The message of a row: the stored bytes when there are any, else rendered now.
    func prepare(_ mail: OutboxMail) throws -> [UInt8] {
        if !mail.message.isEmpty { return mail.message }
        guard let ticketID = mail.ticketID, let facts = try store.mailFacts(ticketID: ticketID) else {
            throw RenderError.ticketGone(mail.ticketID)
        }
        return try composer.compose(try renderer.render(mail, facts: facts))
    }

    private func defer_(_ mail: OutboxMail, error: String, now: Date, summary: inout Summary, log: (String) -> Void) throws {
        if now.timeIntervalSince(mail.createdAt) > giveUpAfter {
            try store.markFailed(mail, error: "gave up after \(mail.attempts + 1) attempts: \(error)")
            summary.failed += 1
            return
        }
        let wait = min(maximumRetry, initialRetry * pow(2, Double(min(mail.attempts, 20)))) * Double.random(in: 0.8...1.2)
        try store.markDeferred(mail, error: error, next: now.addingTimeInterval(wait))
        summary.deferred += 1
    }

    enum RenderError: Error, CustomStringConvertible {
        case ticketGone(Int64?)
        var description: String {
            switch self { case .ticketGone(let id): "ticket \(id.map(String.init) ?? "?") no longer exists" }
        }
    }
}

/// Rendered messages handed from the rendering workers to the sending loop, one slot each.
final class RenderedSlots: @unchecked Sendable {
    private var results: [Result<[UInt8], Error>?]
    private let ready: [DispatchSemaphore]
    private let lock = NSLock()

    init(count: Int) {
        results = Array(repeating: nil, count: count)
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    func fill(_ index: Int, _ result: Result<[UInt8], Error>) {
        lock.withLock { results[index] = result }
        ready[index].signal()
    }

    func wait(_ index: Int) -> Result<[UInt8], Error> {
        ready[index].wait()
        return lock.withLock { results[index]! }
    }
}
