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

    /// Why a benchmark cannot start: a figure over fewer mails than asked for would mislead.
    public enum SetupError: Error, CustomStringConvertible {
        case noMails
        case unreadable(path: String)

        public var description: String {
            switch self {
            case .noMails: "no mail files given to cycle through"
            case .unreadable(let path): "cannot read mail file \(path)"
            }
        }
    }

    public init(registryPath: String?, extraSites: Int = 0, files: [String]) throws {
        guard !files.isEmpty else { throw SetupError.noMails }
        mails = try files.map { path in
            guard let data = FileManager.default.contents(atPath: path) else { throw SetupError.unreadable(path: path) }
            return [UInt8](data)
        }
        var registry = try registryPath.map(Registry.load(path:))
        if extraSites > 0 { registry = Registry(chargers: (registry?.chargers ?? []) + Self.madeUpChargers(extraSites)) }
        extractor = Extractor(registry: registry)
    }

    /// Chargers at sites named like real ones ("Brf Lundviken 12", "Garage Bergsdal") on
    /// streets like real ones, so the site words share prefixes and common words with the mails
    /// but no site matches one by accident.
    static func madeUpChargers(_ count: Int) -> [RegistryCharger] {
        let syllables = ["kal", "lo", "vin", "ström", "berg", "dal", "sjö", "lund", "tor", "mar", "nes", "vik", "holm", "fors", "ås", "rud"]
        let kinds = ["Brf", "Garage", "Hotell", "Parkering", ""]
        let streets = ["vägen", "gatan", "gränd", "stigen", "allén"]
        func name(_ n: Int) -> String {
            let a = syllables[n % 16], b = syllables[(n / 16) % 16], c = syllables[(n / 256) % 16]
            return (a + b + c).capitalized
        }
        return (0..<count).map { i in
            let site = [kinds[i % 5], name(i * 7 + 3), i % 3 == 0 ? "\(i % 40 + 1)" : ""].filter { !$0.isEmpty }.joined(separator: " ")
            return RegistryCharger(chargerID: "XS\(100_000 + i)", siteName: site, address: "\(name(i * 11 + 5))\(streets[i % 5]) \(i % 90 + 1)",
                                   postalCode: "\(100 + i % 880) \(10 + i % 90)", city: name(i * 13 + 1), owner: site, contract: "",
                                   manufacturer: "Easee", model: "Charge", installed: "2024-01-01", lastService: "2025-01-01")
        }
    }

    public struct Result: Sendable {
        public var messages: Int
        public var seconds: Double
        public var peakRSSMegabytes: Double
        public var rssAfterWarmupMegabytes: Double
        public var requests: Int
        /// Time in the parser alone, from a separate pass over the same messages.
        public var parseSeconds: Double
        /// Microseconds per message in each extraction stage.
        public var stages: [(String, Double)]
        /// The same messages with each mail repeated `blockLength` times in a row: the rate
        /// once the processor has seen a mail's path through the rules. The gap to the cycled
        /// rate is what varied mail costs in instruction cache and branch prediction.
        public var blockedSeconds: Double
        public static let blockLength = 50

        public var messagesPerSecond: Double { Double(messages) / seconds }
        public var summary: String {
            let rate = Int(messagesPerSecond.rounded())
            return "parse+extract: \(messages) messages in \(String(format: "%.3f", seconds)) s = \(rate) messages/s on one core; "
                + "parse alone \(Int((Double(messages) / parseSeconds).rounded())) messages/s; "
                + "peak RSS \(String(format: "%.1f", peakRSSMegabytes)) MB (after warm-up \(String(format: "%.1f", rssAfterWarmupMegabytes)) MB); requests \(requests)\n"
                + "  each mail \(Self.blockLength) times in a row: \(Int((Double(messages) / blockedSeconds).rounded())) messages/s\n"
                + "  per message: parse \(String(format: "%.1f", parseSeconds * 1e6 / Double(messages))) µs; "
                + stages.map { $0.0 == "tokens" ? "\(Int($0.1.rounded())) tokens" : "\($0.0) \(String(format: "%.1f", $0.1)) µs" }.joined(separator: ", ")
        }
    }

    public func run(messages: Int) throws -> Result {
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
        let parseStart = DispatchTime.now().uptimeNanoseconds
        var parts = 0
        for i in 0..<messages { parts += parser.parse(mails[i % mails.count]).body.count }
        let parseSeconds = Double(DispatchTime.now().uptimeNanoseconds - parseStart) / 1e9
        let blockedStart = DispatchTime.now().uptimeNanoseconds
        var blockedRequests = 0
        for i in 0..<messages {
            let report = extractor.extract(parser.parse(mails[(i / Result.blockLength) % mails.count]))
            if report.kind == .request { blockedRequests += 1 }
        }
        let blockedSeconds = Double(DispatchTime.now().uptimeNanoseconds - blockedStart) / 1e9
        return Result(messages: messages, seconds: seconds, peakRSSMegabytes: Self.peakRSSMegabytes(),
                      rssAfterWarmupMegabytes: rssWarm, requests: requests, parseSeconds: max(parseSeconds, 1e-9) + (parts < 0 ? 1 : 0),
                      stages: stageBreakdown(parser: parser), blockedSeconds: max(blockedSeconds, 1e-9) + (blockedRequests < 0 ? 1 : 0))
    }

    /// Parse only: messages per second, for profiling the parser alone.
    public func parseOnly(messages: Int) -> String {
        let parser = MessageParser()
        let start = DispatchTime.now().uptimeNanoseconds
        var blocks = 0
        for i in 0..<messages { blocks += parser.parse(mails[i % mails.count]).body.count }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return "parse: \(messages) messages in \(String(format: "%.3f", seconds)) s = \(Int(Double(messages) / seconds)) messages/s (\(blocks) text blocks)"
    }

    /// Per-stage extraction time over one pass of the mails, in µs per message.
    func stageBreakdown(parser: MessageParser) -> [(String, Double)] {
        let messages = mails.map(parser.parse)
        var totals: [String: UInt64] = [:]
        var order: [String] = []
        for _ in 0..<20 {
            for (name, nanos) in extractor.stageTimings(messages) {
                if totals[name] == nil { order.append(name) }
                totals[name, default: 0] += nanos
            }
        }
        // "tokens" is a count, not nanoseconds: reported per message as it is.
        return order.map { ($0, Double(totals[$0]!) / ($0 == "tokens" ? 1 : 1000) / Double(messages.count * 20)) }
    }

    /// Peak resident set size of this process (getrusage ru_maxrss is in kilobytes on Linux).
    public static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
