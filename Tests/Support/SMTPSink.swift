import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real SMTP server for tests: `smtp_sink.py` (aiosmtpd) on 127.0.0.1, saving what it gets in
/// a fresh directory. It can be stopped and started again on the same port, to play an outage.
public final class SMTPSink {
    public struct Received: Sendable {
        public var bytes: [UInt8]
        public var mailFrom: String
        public var recipients: [String]
    }

    public let directory: URL
    public let port: UInt16
    public var url: String { "smtp://127.0.0.1:\(port)" }
    public var tempfailFile: String { directory.appendingPathComponent("tempfail").path }
    private let extraArguments: [String]
    private var process: Process?

    public static var isAvailable: Bool {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import aiosmtpd"]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return false }
        check.waitUntilExit()
        return check.terminationStatus == 0
    }

    public init(reject: [String] = [], arguments: [String] = []) throws {
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("chargedesk-smtp-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("mail"), withIntermediateDirectories: true)
        port = try DovecotServer.freePort()
        extraArguments = reject.flatMap { ["--reject", $0] } + arguments
        try start()
    }

    public func start() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("smtp_sink.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--port", "\(port)", "--dir", directory.appendingPathComponent("mail").path,
                             "--tempfail-file", tempfailFile] + extraArguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        guard line.contains("ready") else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "smtp_sink.py did not start: \(line)"])
        }
        self.process = process
    }

    public func stop() {
        guard let process else { return }
        process.terminate()
        process.waitUntilExit()
        self.process = nil
    }

    /// Everything received so far, in arrival order.
    public func received() throws -> [Received] {
        let mail = directory.appendingPathComponent("mail")
        let names = try FileManager.default.contentsOfDirectory(atPath: mail.path).filter { $0.hasSuffix(".eml") }.sorted()
        return try names.map { name in
            let bytes = [UInt8](try Data(contentsOf: mail.appendingPathComponent(name)))
            let envelope = try JSONSerialization.jsonObject(with: Data(contentsOf: mail.appendingPathComponent(name.replacingOccurrences(of: ".eml", with: ".json")))) as? [String: Any]
            return Received(bytes: bytes, mailFrom: envelope?["mail_from"] as? String ?? "", recipients: envelope?["rcpt_tos"] as? [String] ?? [])
        }
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }
}
