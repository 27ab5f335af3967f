import Extraction
import Foundation
import Mail

#if canImport(Glibc)
import Glibc
#endif

/// Parse + extract throughput over a set of mails cycled to N messages, with peak memory.
/// The files are read once up front so the figure is the parser and extractor, not the disk.
public struct ExtractBenchmark {
    let mails: [[UInt8]]
    let extractor: Extractor

    public init(registryPath: String?, files: [String]) throws {
        mails = files.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        extractor = Extractor(registry: try registryPath.map(Registry.load(path:)))
    }

    public struct Result: Sendable {
        public var messages: Int
        public var seconds: Double
        public var peakRSSMegabytes: Double
        public var rssAfterWarmupMegabytes: Double
        public var requests: Int

        public var messagesPerSecond: Double { Double(messages) / seconds }
        public var summary: String {
            let rate = Int(messagesPerSecond.rounded())
            return "parse+extract: \(messages) messages in \(String(format: "%.3f", seconds)) s = \(rate) messages/s on one core; "
                + "peak RSS \(String(format: "%.1f", peakRSSMegabytes)) MB (after warm-up \(String(format: "%.1f", rssAfterWarmupMegabytes)) MB); requests \(requests)"
        }
    }

    public func run(messages: Int) throws -> Result {
        guard !mails.isEmpty else { throw CocoaError(.fileNoSuchFile) }
        let parser = MessageParser()
        // Warm-up: one pass, so lazily built tables are not in the timing.
        for mail in mails { _ = extractor.extract(parser.parse(mail)) }
        let rssWarm = Self.peakRSSMegabytes()
        var requests = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for i in 0..<messages {
            let report = extractor.extract(parser.parse(mails[i % mails.count]))
            if report.kind == .request { requests += 1 }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Result(messages: messages, seconds: seconds, peakRSSMegabytes: Self.peakRSSMegabytes(),
                      rssAfterWarmupMegabytes: rssWarm, requests: requests)
    }

    /// Peak resident set size of this process (getrusage ru_maxrss is in kilobytes on Linux).
    public static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
