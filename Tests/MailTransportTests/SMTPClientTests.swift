import ChargeDeskTestSupport
import Foundation
import Mail
import MailTransport
import Testing

/// libcurl SMTP against a real aiosmtpd on loopback.
@Suite(.serialized, .enabled(if: SMTPSink.isAvailable, "needs python3 with aiosmtpd (scripts/setup.sh installs it)"))
struct SMTPClientTests {
    static func mail(_ n: Int, to: String = "kund@example.se") -> [UInt8] {
        Array("From: support@chargedesk.example\r\nTo: \(to)\r\nSubject: Test \(n)\r\nMessage-ID: <t\(n)@chargedesk.example>\r\n\r\nRad ett\r\n.ensam punkt\r\n\r\n".utf8)
    }

    @Test func severalMailsOverOneConnectionArriveByteExact() throws {
        let sink = try SMTPSink()
        let client = try SMTPClient(SMTPServerConfiguration(url: sink.url))
        for n in 0..<5 { try client.send(from: n == 0 ? nil : "bounces@chargedesk.example", to: ["kund\(n)@example.se"], message: Self.mail(n)) }
        let received = try sink.received()
        #expect(received.count == 5)
        #expect(received[0].bytes == Self.mail(0))  // dot-stuffing undone by the server: byte-exact
        #expect(received[0].mailFrom == "<>")  // the null reverse-path, as aiosmtpd records it
        #expect(received[1].mailFrom == "bounces@chargedesk.example")
        #expect(received[3].recipients == ["kund3@example.se"])
    }

    @Test func replyCodesAreClassified() throws {
        let sink = try SMTPSink(reject: ["nobody@*"])
        let client = try SMTPClient(SMTPServerConfiguration(url: sink.url))
        #expect(throws: SMTPError.self) { try client.send(from: nil, to: ["nobody@example.se"], message: Self.mail(1)) }
        do { try client.send(from: nil, to: ["nobody@example.se"], message: Self.mail(1)) } catch let error as SMTPError {
            #expect(error.code == .permanent && error.reply == 550)
        }
        // The refusal does not spoil the connection for the next message.
        try client.send(from: nil, to: ["kund@example.se"], message: Self.mail(2))
        FileManager.default.createFile(atPath: sink.tempfailFile, contents: Data())
        do { try client.send(from: nil, to: ["kund@example.se"], message: Self.mail(3)); Issue.record("no error") } catch let error as SMTPError {
            #expect(error.code == .temporary && error.reply == 451)
        }
        sink.stop()
        do { try client.send(from: nil, to: ["kund@example.se"], message: Self.mail(4)); Issue.record("no error") } catch let error as SMTPError {
            #expect(error.code == .connection && error.stopsBatch)
        }
        #expect(try sink.received().count == 1)
    }

    @Test func envelopeInjectionIsRefusedBeforeTheServerSeesIt() throws {
        let sink = try SMTPSink()
        let client = try SMTPClient(SMTPServerConfiguration(url: sink.url))
        #expect(throws: SMTPError.self) { try client.send(from: nil, to: ["a@example.se>\r\nRCPT TO:<b@example.se"], message: Self.mail(1)) }
        #expect(try sink.received().isEmpty)
    }

    @Test func starttlsWithAuthNeedsTheCAAndTheRightPassword() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cert = dir.appendingPathComponent("cert.pem").path, key = dir.appendingPathComponent("key.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
                             "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        let sink = try SMTPSink(arguments: ["--tls", cert, key, "--auth", "desk:s3cret"])
        var configuration = SMTPServerConfiguration(url: sink.url, username: "desk", password: "s3cret", requireTLS: true)
        do { try SMTPClient(configuration).send(from: nil, to: ["kund@example.se"], message: Self.mail(1)); Issue.record("sent without trusting the CA") } catch let error as SMTPError {
            #expect(error.code == .tls)
        }
        configuration.caFile = cert
        try SMTPClient(configuration).send(from: nil, to: ["kund@example.se"], message: Self.mail(2))
        configuration.password = "wrong"
        do { try SMTPClient(configuration).send(from: nil, to: ["kund@example.se"], message: Self.mail(3)); Issue.record("sent with a wrong password") } catch let error as SMTPError {
            #expect(error.code == .authentication)
        }
        #expect(try sink.received().count == 1)
    }
}
