import ArgumentParser
import ChargeDeskService

/// `chargedesk parse FILE…`: how the mail parser reads a message (for operators debugging a mail).
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show how a mail is parsed: headers, MIME tree, defects and text blocks by role."
    )

    @Argument(help: "Mail files (RFC 5322).")
    var files: [String]

    func run() throws {
        for file in files {
            print(MailInspection.describe(path: file))
        }
    }
}
