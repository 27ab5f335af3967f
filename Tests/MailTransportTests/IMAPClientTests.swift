import Foundation
import Testing
@testable import MailTransport
import ChargeDeskTestSupport

/// The client against a real Dovecot on loopback.
@Suite(.serialized, .enabled(if: DovecotServer.isInstalled, "dovecot-imapd is not installed (scripts/setup.sh installs it)"))
struct IMAPClientTests {
    static func message(_ n: Int, extra: String = "") -> [UInt8] {
        Array("From: kund\(n)@example.se\r\nTo: support@laddalliansen.example\r\nSubject: Test \(n) \u{00E5}\u{00E4}\u{00F6}\r\nMessage-ID: <m\(n)@example.se>\r\n\r\nLaddaren \(n) är död.\r\nA001 OK this line must not end the FETCH\r\n\(extra)".utf8)
    }

    @Test func appendSearchFetchAndMoveAreByteExact() throws {
        let server = try DovecotServer()
        let client = try IMAPClient(IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password))
        #expect(client.capabilities.contains("IMAP4REV1"))
        var binary: [UInt8] = []
        for byte in 1...255 where byte != 13 && byte != 10 { binary.append(UInt8(byte)) }
        var messages: [[UInt8]] = (1...30).map { Self.message($0) }
        var big = Self.message(31, extra: String(repeating: "x", count: 200_000) + "\r\n")
        big.append(contentsOf: binary)
        big.append(contentsOf: [13, 10])
        messages.append(big)
        for message in messages { try client.append(message, to: "INBOX") }

        let state = try client.select("INBOX")
        #expect(state.exists == messages.count && state.uidValidity > 0 && state.uidNext == UInt32(messages.count + 1))
        let uids = try client.uids(after: 0)
        #expect(uids == Array(1...UInt32(messages.count)))
        #expect(try client.uids(after: UInt32(messages.count)).isEmpty)

        let fetched = try client.fetch(uids)
        #expect(fetched.count == messages.count)
        for (message, original) in zip(fetched, messages) {
            #expect(message.bytes == original, Comment(rawValue: "UID \(message.uid) differs"))
        }
        let sizes = try client.sizes(Array(uids.prefix(3)))
        #expect(sizes[1] == messages[0].count)

        try client.create("Processed")
        try client.create("Processed")  // already there: fine
        try client.move(Array(uids.prefix(10)), to: "Processed")
        #expect(try client.select("INBOX").exists == messages.count - 10)
        #expect(try client.select("Processed").exists == 10)
        client.logout()
    }

    @Test func wrongPasswordIsAnAuthenticationError() throws {
        let server = try DovecotServer()
        do {
            _ = try IMAPClient(IMAPServerConfiguration(url: server.plainURL, username: server.user, password: "wrong"))
            Issue.record("login with a wrong password succeeded")
        } catch let error as IMAPError {
            #expect(error.code == .authentication)
            #expect(!error.description.contains("wrong"))
        }
    }

    @Test func imapsWithSelfSignedCertificateNeedsTheCAFile() throws {
        let server = try DovecotServer()
        #expect(throws: IMAPError.self) {
            _ = try IMAPClient(IMAPServerConfiguration(url: server.tlsURL, username: server.user, password: server.password))
        }
        let client = try IMAPClient(IMAPServerConfiguration(url: server.tlsURL, username: server.user, password: server.password,
                                                             caFile: server.certificatePath))
        #expect(try client.select("INBOX").exists == 0)
        let starttls = try IMAPClient(IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password,
                                                               caFile: server.certificatePath, requireTLS: true))
        #expect(try starttls.select("INBOX").exists == 0)
    }

    @Test func idleSeesNewMailWithinASecond() throws {
        let server = try DovecotServer()
        let waiting = try IMAPClient(IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password))
        _ = try waiting.select("INBOX")
        let configuration = IMAPServerConfiguration(url: server.plainURL, username: server.user, password: server.password)
        let delivered = Date()
        let writer = Thread {
            usleep(300_000)
            if let other = try? IMAPClient(configuration) { try? other.append(Self.message(1), to: "INBOX") }
        }
        writer.start()
        #expect(try waiting.idle(seconds: 10))
        #expect(Date().timeIntervalSince(delivered) < 2)
        #expect(try waiting.uids(after: 0) == [1])
    }

    @Test func sequenceSets() {
        #expect(IMAPClient.set([5, 1, 2, 3, 8, 10, 11]) == "1:3,5,8,10:11")
        #expect(IMAPClient.quote("Pro\"c") == "\"Pro\\\"c\"")
    }
}
