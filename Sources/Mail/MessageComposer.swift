import Foundation

/// Turns an `OutgoingMessage` into RFC 5322/MIME bytes: encoded and folded headers, our own
/// Message-ID, threading headers, `Auto-Submitted`, and quoted-printable UTF-8 text with an
/// optional HTML alternative and base64 attachments. CRLF throughout, as SMTP wants.
public struct MessageComposer: Sendable {
    public init() {}

    public func compose(_ message: OutgoingMessage) throws -> [UInt8] {
        guard !message.to.isEmpty else { throw ComposeError.noRecipients }
        var head = ""
        head += try HeaderEncoder.addressField("From", [message.from])
        head += try HeaderEncoder.addressField("To", message.to)
        if let replyTo = message.replyTo { head += try HeaderEncoder.addressField("Reply-To", [replyTo]) }
        head += HeaderEncoder.field("Subject", message.subject)
        head += "Date: \(MailDate.format(message.date))\r\n"
        head += HeaderEncoder.idField("Message-ID", [message.messageID]) ?? ""
        if let inReplyTo = message.inReplyTo, let field = HeaderEncoder.idField("In-Reply-To", [inReplyTo]) { head += field }
        if let field = HeaderEncoder.idField("References", message.references) { head += field }
        if let auto = message.autoSubmitted {
            head += "Auto-Submitted: \(auto.rawValue)\r\n"
            // Asks Exchange and others not to send their own auto-replies back (RFC 3834 §5 spirit).
            head += "X-Auto-Response-Suppress: All\r\n"
        }
        head += "MIME-Version: 1.0\r\n"

        let textPart = "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + QuotedPrintableEncoder.encode(message.text) + "\r\n"
        var body: String
        if let html = message.html {
            let boundary = Self.boundary(message.messageID, "a")
            let htmlPart = "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + QuotedPrintableEncoder.encode(html) + "\r\n"
            body = "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"\r\n\r\n"
                + "--\(boundary)\r\n\(textPart)--\(boundary)\r\n\(htmlPart)--\(boundary)--\r\n"
        } else {
            body = textPart
        }
        if !message.attachments.isEmpty {
            let boundary = Self.boundary(message.messageID, "m")
            var mixed = "Content-Type: multipart/mixed;\r\n boundary=\"\(boundary)\"\r\n\r\n--\(boundary)\r\n" + body
            for attachment in message.attachments {
                let name = HeaderEncoder.neutralise(attachment.filename).filter { $0 != "\"" && $0 != "\\" }
                let type = attachment.contentType.utf8.allSatisfy { $0 > 32 && $0 < 127 && $0 != 59 && $0 != 34 } ? attachment.contentType : "application/octet-stream"
                let encodedName = name.unicodeScalars.contains { $0.value > 0x7E } ? "filename*=utf-8''" + Self.percentEncode(name) : "filename=\"\(name)\""
                mixed += "--\(boundary)\r\nContent-Type: \(type)\r\nContent-Transfer-Encoding: base64\r\n"
                    + "Content-Disposition: attachment; \(encodedName)\r\n\r\n" + Base64Encoder.encodeLines(attachment.bytes)
            }
            body = mixed + "--\(boundary)--\r\n"
        }
        return Array((head + body).utf8)
    }

    /// Cannot occur in quoted-printable or base64 output ("=_" is never produced by either).
    /// Derived from the Message-ID so that composing the same message again gives the same bytes.
    static func boundary(_ messageID: String, _ level: String) -> String {
        "=_cd_" + level + "_" + SHA256.hex(Array(messageID.utf8)).prefix(24)
    }

    /// RFC 2231 value encoding.
    static func percentEncode(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var result = ""
        for byte in text.utf8 {
            if (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 46 || byte == 45 || byte == 95 {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return result
    }
}
