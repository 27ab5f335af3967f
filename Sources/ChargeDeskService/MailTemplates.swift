import Foundation
import Mustache

/// The Mustache templates of `Templates/`: `<kind>.<language>.txt.mustache` holds the wording of
/// each mail kind in each language, its first line `Subject: …`; `_layout.html.mustache` turns
/// that text into the HTML part, so that the two parts can never say different things. A kind may
/// still have its own `<kind>.<language>.html.mustache`, which then wins.
public struct MailTemplates: Sendable {
    public enum TemplateError: Error, CustomStringConvertible, Equatable {
        case directoryNotFound(String)
        case invalid(file: String, reason: String)
        case missing(String)

        public var description: String {
            switch self {
            case .directoryNotFound(let path): "template directory not found: \(path) (set CHARGEDESK_TEMPLATES_PATH)"
            case .invalid(let file, let reason): "template \(file) does not parse: \(reason)"
            case .missing(let name): "no template \(name)"
            }
        }
    }

    let library: MustacheLibrary
    public let names: Set<String>

    public init(directory: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError.directoryNotFound(directory)
        }
        var library = MustacheLibrary()
        var names: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            do { try library.register(text, named: name) } catch { throw TemplateError.invalid(file: file, reason: "\(error)") }
            names.insert(name)
        }
        self.library = library
        self.names = names
    }

    /// `CHARGEDESK_TEMPLATES_PATH`, else a `Templates` folder in the working directory or above
    /// the executable (the source checkout when run from `.build`).
    public static func locate(settings: [String: String]) -> String {
        if let path = settings["CHARGEDESK_TEMPLATES_PATH"] { return path }
        var candidates = [FileManager.default.currentDirectoryPath + "/Templates"]
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(url.appendingPathComponent("Templates").path)
            url = url.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }

    public func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard names.contains(name), let text = library.render(context, withTemplate: name) else { throw TemplateError.missing(name) }
        return text
    }
}
