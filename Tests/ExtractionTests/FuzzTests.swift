import Foundation
import Mail
import Testing
@testable import Extraction

#if canImport(Glibc)
import Glibc
#endif

/// Seeded, deterministic mutation fuzzing of parse + extract over the corpus mails (or the
/// samples when the corpus is not beside the checkout). Part of every test run: no crash, no
/// hang, memory that does not grow with the number of messages.
@Suite struct FuzzTests {
    static let iterations = 10_000

    static func seedMails() -> [[UInt8]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for folder in [root.appendingPathComponent("../shared/corpus"), root.appendingPathComponent("samples/mail")] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".eml") }.sorted() ?? []
            let mails = files.compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path).map { [UInt8]($0) } }
            if !mails.isEmpty {
                print("fuzz: \(mails.count) seed mails from \(folder.standardized.path)")
                return mails
            }
        }
        return []
    }

    @Test func mutatedMailsNeverCrashOrHang() throws {
        let seeds = Self.seedMails()
        try #require(!seeds.isEmpty, "no seed mails found")
        var random = SplitMix64(seed: 0xC4A2_6E_D35C)
        let parser = MessageParser()
        let extractor = Extractor(registry: nil)
        var defects = 0
        var requests = 0
        let rssBefore = Self.residentMegabytes()
        for iteration in 0..<Self.iterations {
            var mail = seeds[iteration % seeds.count]
            let rounds = 1 + Int(random.next() % 6)
            for _ in 0..<rounds { Mutator.mutate(&mail, random: &random) }
            let message = parser.parse(mail)
            let report = extractor.extract(message)
            defects += message.defects.count
            if report.kind == .request { requests += 1 }
        }
        let growth = Self.residentMegabytes() - rssBefore
        print("fuzz: \(Self.iterations) mutated mails, \(defects) defects recorded, \(requests) read as requests, RSS growth \(Int(growth)) MB")
        #expect(growth < 256, "memory grew by \(growth) MB over the fuzz run")
    }

    @Test func hostileShapesFinish() {
        let parser = MessageParser()
        let hostile: [String] = [
            String(repeating: "Content-Type: message/rfc822\n\n", count: 5_000),
            "Content-Type: multipart/mixed; boundary=a\n\n" + String(repeating: "--a\n\n", count: 50_000),
            "Subject: " + String(repeating: "=?UTF-8?B?", count: 20_000),
            String(repeating: "X: y\n", count: 100_000) + "\nbody",
            "Content-Type: text/html\n\n" + String(repeating: "<blockquote><a href=\"", count: 20_000),
            "Content-Type: text/html\n\n" + String(repeating: "&#99999999999;&", count: 20_000),
        ]
        for raw in hostile {
            let message = parser.parse(raw)
            _ = Extractor().extract(message)
        }
    }

    static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }
}

/// Byte-level mutations that resemble real damage: flipped and inserted bytes, cut and
/// repeated ranges, and injected MIME syntax.
enum Mutator {
    static let fragments: [[UInt8]] = [
        "\r\n", "\n\n", "--", "=?UTF-8?B?", "?=", "=\r\n", "=C3", "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
        "Content-Transfer-Encoding: base64\r\n", "charset=\"x-unknown\"", "<blockquote>", "&#x", "\u{0}", "SLA-2024-", "EH 482",
        "\u{FF}\u{FE}", "Auto-Submitted: auto-replied\r\n",
    ].map { Array($0.utf8) }

    static func mutate(_ mail: inout [UInt8], random: inout SplitMix64) {
        guard !mail.isEmpty else { mail = fragments[Int(random.next() % UInt64(fragments.count))]; return }
        let position = Int(random.next() % UInt64(mail.count))
        switch random.next() % 6 {
        case 0: mail[position] ^= UInt8(truncatingIfNeeded: random.next() | 1)
        case 1: mail.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        case 2:
            let length = min(mail.count - position, Int(random.next() % 512))
            mail.removeSubrange(position..<(position + length))
        case 3:
            let length = min(mail.count - position, Int(random.next() % 256))
            mail.insert(contentsOf: mail[position..<(position + length)], at: position)
        case 4: mail.insert(contentsOf: fragments[Int(random.next() % UInt64(fragments.count))], at: position)
        default: mail.removeSubrange(position...)
        }
    }
}

/// A small deterministic PRNG (SplitMix64), so a failing run can be replayed exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
