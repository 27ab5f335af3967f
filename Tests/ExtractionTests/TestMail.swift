import Mail
@testable import Extraction

/// The mail every extraction suite writes its cases as: plain UTF-8 text from a sender, under a
/// subject, extracted against a suite's invented installed base (or none).
enum TestMail {
    static func extract(_ body: String, subject: String, from: String, headers: String = "", registry: Registry? = nil) -> Report {
        let raw = "From: \(from)\nSubject: \(subject)\n\(headers)Content-Type: text/plain; charset=utf-8\n\n\(body)\n"
        return Extractor(registry: registry).extract(MessageParser().parse(raw))
    }
}
