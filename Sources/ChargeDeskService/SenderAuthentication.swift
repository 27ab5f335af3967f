import Mail

/// Whether a coordinator's mail may steer a ticket: the sender must pass DKIM, SPF or DMARC
/// as recorded by *our* receiving server in `Authentication-Results` (RFC 8601). Headers from
/// other servers are ignored, since anyone can write one.
public struct SenderAuthentication: Sendable {
    public enum Policy: Sendable, Equatable {
        /// Trust the roster address alone (tests, closed networks).
        case none
        /// Require a pass in an Authentication-Results header whose authserv-id is ours
        /// (any authserv-id when nil).
        case requirePass(authservID: String?)
    }

    public var policy: Policy

    public init(policy: Policy) { self.policy = policy }

    public func passes(_ message: Message) -> Bool {
        guard case .requirePass(let authservID) = policy else { return true }
        let fromDomain = message.from?.domain.lowercased() ?? ""
        for header in message.headers.all("authentication-results") {
            let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
            guard let server = parts.first?.split(separator: " ").first.map(String.init) else { continue }
            if let authservID, server != authservID.lowercased() { continue }
            for result in parts.dropFirst() {
                if result.hasPrefix("dkim=pass"), result.contains("header.d=\(fromDomain)") { return true }
                if result.hasPrefix("dmarc=pass") { return true }
                if result.hasPrefix("spf=pass"), result.contains("@\(fromDomain)") || result.contains("smtp.mailfrom=\(fromDomain)") { return true }
            }
        }
        return false
    }
}
