import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOCore
import Store

/// The HTTP side of the central system on Hummingbird: chargers connect at
/// `ws://host:port/ocpp/{chargePointId}` with the `ocpp1.6` subprotocol, and upload diagnostics
/// with PUT or POST to `/diagnostics/{token}/{filename}`, size-limited and stored per ticket.
public enum CentralSystemServer {
    public static let subprotocol = "ocpp1.6"

    /// `onRunning` gets the port actually bound (useful with port 0).
    public static func application(system: CentralSystem, host: String = "127.0.0.1", port: Int, uploadLimit: Int = 20 << 20,
                                   onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "chargedesk.ocpp")
        logger.logLevel = .warning
        let router = Router(context: BasicWebSocketRequestContext.self)
        router.ws("ocpp/:id", shouldUpgrade: { request, context in
            let offered = request.headers[values: .secWebSocketProtocol].flatMap { $0.split(separator: ",") }
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard offered.contains(subprotocol) else { return .dontUpgrade }
            guard let id = chargePointID(request.uri.path), await system.admits(id, authorization: request.headers[.authorization]) else {
                return .dontUpgrade
            }
            return .upgrade([.secWebSocketProtocol: subprotocol])
        }) { inbound, outbound, context in
            guard let id = chargePointID(context.request.uri.path) else { return }
            let connection = await system.connected(id, outbound: outbound)
            do {
                for try await message in inbound.messages(maxSize: 1 << 20) {
                    guard case .text(let text) = message else { continue }  // OCPP-J is text frames only
                    if let reply = await system.handle(text, from: connection) { try await outbound.write(.text(reply)) }
                }
            } catch {
                context.logger.warning("OCPP connection \(id) ended: \(error)")
            }
            await system.disconnected(connection)
        }
        for method in [HTTPRequest.Method.put, .post] {
            router.on("diagnostics/:token/:filename", method: method) { request, context -> Response in
                guard let token = context.parameters.get("token"), let filename = context.parameters.get("filename") else { return Response(status: .badRequest) }
                let body: ByteBuffer
                do { body = try await request.body.collect(upTo: uploadLimit) } catch { return Response(status: .contentTooLarge) }
                guard let owner = try await system.uploadOwner(token: token) else { return Response(status: .notFound) }
                try system.store.storeUpload(token: token, chargePoint: owner.chargePoint, ticketID: owner.ticketID,
                                             filename: filename.removingPercentEncoding ?? filename, content: Array(buffer: body))
                await system.uploaded(token: token)
                return Response(status: .created)
            }
        }
        return Application(router: router, server: .http1WebSocketUpgrade(webSocketRouter: router, configuration: .init(maxFrameSize: 1 << 20)),
                           configuration: .init(address: .hostname(host, port: port), serverName: "ChargeDesk"),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) }, logger: logger)
    }

    /// The last path segment, percent-decoded: `/ocpp/SE%2ALAN%2AE001` → `SE*LAN*E001`.
    static func chargePointID(_ path: String) -> String? {
        guard let last = path.split(separator: "/").last, let decoded = String(last).removingPercentEncoding, !decoded.isEmpty else { return nil }
        return decoded
    }
}
