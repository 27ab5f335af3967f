/// A run of body text with the role it plays in the mail.
///
/// The roles matter downstream: a location in a signature is the sender's office, not the
/// charger; a charger id in a quoted support question still belongs to the case.
public struct TextBlock: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        /// The writer's own new text.
        case own
        /// Quoted earlier messages in a reply.
        case quoted
        /// A forwarded original, inline or as message/rfc822.
        case forwarded
        /// The writer's signature and closing.
        case signature
        /// The returned message inside a bounce.
        case returned
    }

    public var role: Role
    public var text: String

    public init(role: Role, text: String) {
        self.role = role
        self.text = text
    }
}
