import Foundation

/// A settings file with the same names as the environment (`CHARGEDESK_IMAP_URL = imaps://…`),
/// so that one vocabulary serves both and a deployment can keep its settings in one file.
/// The environment wins over the file: an operator can override one setting for one run.
/// Blank lines and lines starting with `#` are ignored; values may be quoted.
public enum ConfigurationFile {
    public struct Error: Swift.Error, CustomStringConvertible, Equatable {
        public var path: String
        public var line: Int
        public var reason: String
        public init(path: String, line: Int, reason: String) {
            self.path = path
            self.line = line
            self.reason = reason
        }

        public var description: String { "\(path):\(line): \(reason)" }
    }

    public static func parse(_ text: String, path: String = "config") throws -> [String: String] {
        var settings: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw Error(path: path, line: index + 1, reason: "expected NAME = value")
            }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard name.hasPrefix("CHARGEDESK_"), name.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }) else {
                throw Error(path: path, line: index + 1, reason: "unknown setting name '\(name)' (names are CHARGEDESK_… in capitals)")
            }
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            settings[name] = value
        }
        return settings
    }

    /// The effective settings: the file named by `path` (or `CHARGEDESK_CONFIG`), overridden by
    /// the environment.
    public static func settings(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String: String] {
        guard let path = path ?? environment["CHARGEDESK_CONFIG"] else { return environment }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Error(path: path, line: 0, reason: "cannot read the file as UTF-8")
        }
        return try parse(text, path: path).merging(environment) { _, fromEnvironment in fromEnvironment }
    }
}
