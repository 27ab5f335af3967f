import Extraction
import Foundation
import Mail

/// `chargedesk extract`: each file parsed and extracted on its own, so one unreadable or
/// malformed file gives an error line and the rest go on.
public struct ExtractJob: Sendable {
    public let extractor: Extractor
    public let parser = MessageParser()

    public init(registryPath: String?) throws {
        extractor = Extractor(registry: try registryPath.map(Registry.load(path:)))
    }

    public func run(files: [String], output: (String) -> Void) {
        for file in files { output(line(for: file)) }
    }

    public func line(for file: String) -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            let reason = FileManager.default.fileExists(atPath: file) ? "cannot read file" : "no such file"
            return ReportEncoding.errorLine(file: file, error: reason)
        }
        let message = parser.parse([UInt8](data))
        let report = extractor.extract(message)
        return ReportEncoding.jsonLine(report, file: file, defects: message.defects)
    }
}
