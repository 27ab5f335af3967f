import Foundation
import Store
import Testing

/// Two `chargedesk intake` processes on the same database with the same mails create each
/// ticket once: the digest check and the ticket are in one IMMEDIATE transaction.
@Suite struct ConcurrentIntakeTests {
    static var corpusExists: Bool {
        FileManager.default.fileExists(atPath: ExtractCommandTests.root.appendingPathComponent("../shared/corpus/registry.csv").standardized.path)
    }

    static func mailFiles() throws -> [String] {
        let root = ExtractCommandTests.root
        for folder in ["../shared/corpus", "samples/mail"] {
            let dir = root.appendingPathComponent(folder).standardized
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".eml") }.sorted() ?? []
            if !files.isEmpty { return files.map { dir.appendingPathComponent($0).path } }
        }
        return []
    }

    static func registry(for files: [String]) -> String {
        URL(fileURLWithPath: files[0]).deletingLastPathComponent().appendingPathComponent("registry.csv").path
    }

    static func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = try ExtractCommandTests.binary()
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, out)
    }

    @Test func twoProcessesCreateEachTicketOnce() throws {
        let files = try Self.mailFiles()
        try #require(!files.isEmpty)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("concurrent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let registry = Self.registry(for: files)

        let single = dir.appendingPathComponent("single.sqlite").path
        let (alone, aloneOut) = try Self.start(["intake", "--database", single, "--registry", registry] + files)
        _ = aloneOut.fileHandleForReading.readDataToEndOfFile()
        alone.waitUntilExit()
        let expected = try DeskStore(path: single).ticketCount()
        #expect(expected > 0)

        let shared = dir.appendingPathComponent("shared.sqlite").path
        _ = try DeskStore(path: shared)  // migrate once, as a deployment would
        let (a, aOut) = try Self.start(["intake", "--database", shared, "--registry", registry] + files)
        let (b, bOut) = try Self.start(["intake", "--database", shared, "--registry", registry] + files.reversed())
        let textA = String(decoding: aOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let textB = String(decoding: bOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        #expect(try DeskStore(path: shared).ticketCount() == expected)
        let created = (textA + textB).split(separator: "\n").filter { $0.contains(": created(") }.count
        #expect(created == expected)
        #expect(!(textA + textB).contains("failed"))
    }
}
