/// Why a registry file could not be loaded, with the file and line.
public struct RegistryError: Error, CustomStringConvertible, Equatable {
    public enum Code: String, Sendable { case unreadable, missingColumn, badRow, duplicateCharger }
    public var code: Code
    public var path: String
    public var line: Int
    public var detail: String

    public var description: String { "registry \(path):\(line): \(code.rawValue): \(detail)" }
}
