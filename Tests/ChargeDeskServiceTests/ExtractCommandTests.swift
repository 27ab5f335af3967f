import Foundation
import Testing
@testable import ChargeDeskService

/// The `chargedesk extract` contract, driven through the built binary as a user or script would.
@Suite struct ExtractCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func binary() throws -> URL {
        for configuration in ["debug", "release"] {
            let url = root.appendingPathComponent(".build/\(configuration)/chargedesk")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "chargedesk binary (run swift build first)"])
    }

    /// Starts the binary in the background, output discarded (crash and daemon tests).
    static func launch(_ arguments: [String], environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func oneLinePerFileInOrderAndBadFilesDoNotStopTheRun() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("samples/mail").path)
            .filter { $0.hasSuffix(".eml") }.sorted().map { "samples/mail/" + $0 }
        let arguments = ["extract", "--registry", "samples/registry.csv", samples[0], "does/not/exist.eml"] + samples.dropFirst()
        let result = try Self.run(arguments)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == samples.count + 1)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects[1]["error"] as? String == "no such file")
        #expect(objects[1]["file"] as? String == "does/not/exist.eml")
        let reports = [objects[0]] + objects.dropFirst(2)
        for (report, file) in zip(reports, samples) {
            #expect(report["file"] as? String == file)
            for key in ["kind", "language", "location", "owner", "contract", "charger_id", "category", "linked_charger"] {
                #expect(report.keys.contains(key), "\(file) lacks \(key)")
            }
        }
    }

    @Test func wrongArgumentsExitNonZero() throws {
        #expect(try Self.run(["extract"]).status != 0)
        #expect(try Self.run(["extract", "--registry", "missing.csv", "samples/mail/01-brf-fuse-latin1.eml"]).status != 0)
    }

    /// A benchmark over an unreadable file once divided by zero mails; it must say which file instead.
    @Test func benchmarkNamesAnUnreadableMailInsteadOfCrashing() throws {
        for extra in [[], ["--parse-only"]] {
            let result = try Self.run(["bench", "extract", "--messages", "10"] + extra + ["does/not/exist.eml"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("cannot read mail file does/not/exist.eml"), "\(result.stderr)")
        }
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSONLine.quote("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }
}
