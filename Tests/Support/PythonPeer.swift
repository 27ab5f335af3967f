import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A Python test peer from `Tests/Support` (OCPP charge points, probes), run as a child process
/// and awaited without blocking the caller's thread.
public final class PythonPeer: @unchecked Sendable {
    public let process = Process()
    private let output = Pipe()
    private var collected = Data()
    private let lock = NSLock()

    public static func isAvailable(_ modules: [String]) -> Bool {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", modules.map { "import \($0)" }.joined(separator: "; ")]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return false }
        check.waitUntilExit()
        return check.terminationStatus == 0
    }

    public init(_ script: String, _ arguments: [String]) throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(script).path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path] + arguments
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.collected.append(data) }
        }
        try process.run()
    }

    public var text: String { lock.withLock { String(decoding: collected, as: UTF8.self) } }
    public var lines: [String] { text.split(separator: "\n").map(String.init) }

    /// Waits for the process to end (up to `seconds`) and returns its status, or nil if it still runs.
    public func finish(within seconds: Double) async -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        guard !process.isRunning else { return nil }
        try? await Task.sleep(for: .milliseconds(50))
        return process.terminationStatus
    }

    /// Waits until a line containing `needle` has been printed.
    public func waitFor(_ needle: String, within seconds: Double) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if text.contains(needle) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return text.contains(needle)
    }

    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(2)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    deinit { stop() }
}
