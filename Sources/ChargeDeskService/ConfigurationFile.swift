import Foundation
import Yams

/// The settings file, in either of two forms with one vocabulary, the environment's:
/// - YAML (`chargedesk.yaml`, read by default when present): sections and keys,
///   `imap: {url: imaps://…}` meaning `CHARGEDESK_IMAP_URL`;
/// - flat lines (`CHARGEDESK_IMAP_URL = imaps://…`), for files any other extension.
/// The environment wins over the file: an operator can override one setting for one run.
public enum ConfigurationFile {
    /// A yes/no setting: `1`, `yes`, `true` or `on` (YAML turns `yes` into `true`).
    public static func isTrue(_ value: String?) -> Bool { ["1", "yes", "true", "on"].contains(value?.lowercased() ?? "") }

    /// Read when no file is named and it exists in the working directory.
    public static let defaultPath = "chargedesk.yaml"

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

    /// YAML sections and keys flattened to setting names: `imap: {url: x}` → `CHARGEDESK_IMAP_URL`.
    public static func parseYAML(_ text: String, path: String = "config.yaml") throws -> [String: String] {
        let document: Any?
        do { document = try Yams.load(yaml: text) } catch { throw Error(path: path, line: 0, reason: "not valid YAML: \(error)") }
        guard let document else { return [:] }
        guard let root = document as? [String: Any] else { throw Error(path: path, line: 0, reason: "the top level must be a mapping of sections") }
        var settings: [String: String] = [:]
        func flatten(_ value: Any, _ name: String) throws {
            if let mapping = value as? [String: Any] {
                for (key, inner) in mapping { try flatten(inner, name + "_" + key.uppercased().replacingOccurrences(of: "-", with: "_")) }
            } else if let list = value as? [Any] {
                settings[name] = list.map { "\($0)" }.joined(separator: ",")
            } else if value is NSNull {
                return
            } else {
                settings[name] = "\(value)"
            }
        }
        for (key, value) in root {
            let upper = key.uppercased().replacingOccurrences(of: "-", with: "_")
            try flatten(value, upper.hasPrefix("CHARGEDESK_") ? upper : "CHARGEDESK_" + upper)
        }
        return settings
    }

    /// The effective settings: the file named by `path` (or `CHARGEDESK_CONFIG`, or
    /// `chargedesk.yaml` when present), overridden by the environment.
    public static func settings(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String: String] {
        let named = path ?? environment["CHARGEDESK_CONFIG"]
        guard let path = named ?? (FileManager.default.fileExists(atPath: defaultPath) ? defaultPath : nil) else { return environment }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Error(path: path, line: 0, reason: "cannot read the file as UTF-8")
        }
        let isYAML = path.hasSuffix(".yaml") || path.hasSuffix(".yml")
        return try (isYAML ? parseYAML(text, path: path) : parse(text, path: path)).merging(environment) { _, fromEnvironment in fromEnvironment }
    }
}
