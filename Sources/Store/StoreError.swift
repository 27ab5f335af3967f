/// Why a store operation failed, with the input it concerned. Never carries mail bodies.
public struct StoreError: Error, CustomStringConvertible, Equatable {
    public enum Code: String, Sendable { case unknownTicket, unknownTechnician, badInput, unreadableFile }
    public var code: Code
    public var detail: String

    public init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    public var description: String { "\(code.rawValue): \(detail)" }
}
