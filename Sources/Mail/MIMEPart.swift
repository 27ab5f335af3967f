/// One node of a message's MIME tree. Leaves keep their body still transfer-encoded, as a
/// slice of the message's bytes: nothing is copied or decoded until someone asks, so a 50 MB
/// attachment costs no more than the bytes already in memory.
public struct MIMEPart: Sendable {
    public var headers: Headers
    public var contentType: ContentType
    public var transferEncoding: TransferEncoding
    /// `inline`, `attachment`, or nil when the part has no Content-Disposition.
    public var disposition: String?
    public var filename: String?
    /// Dotted position in the tree (`1.2.1`); empty for the root.
    public var path: String
    /// The encoded body; empty for multiparts.
    public var body: ArraySlice<UInt8>
    /// Parts of a multipart, or the single encapsulated message of a message/rfc822 part.
    public var children: [MIMEPart]

    public var isAttachment: Bool {
        if disposition == "attachment" { return true }
        return filename != nil && !contentType.isText && !contentType.isMultipart && contentType.type != "message"
    }

    public var isEncapsulatedMessage: Bool {
        contentType.type == "message" && (contentType.subtype == "rfc822" || contentType.subtype == "global")
    }

    /// The body with its transfer encoding removed.
    public func decodedBody() -> TransferEncoding.Decoded { transferEncoding.decode(body) }

    /// Every part in depth-first order, this one first.
    public func walk(_ visit: (MIMEPart) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }
}
