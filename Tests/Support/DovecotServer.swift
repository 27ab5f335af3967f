import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A private Dovecot on 127.0.0.1 for tests: its own config, users, certificate and mail in a
/// fresh directory, ports chosen by the kernel, stopped and removed afterwards.
/// (Set-up facts: ../shared/MAIL-SERVERS.md.)
public final class DovecotServer {
    public let directory: URL
    public let port: UInt16
    public let tlsPort: UInt16
    public let user = "support"
    public let password = "secret-\(UUID().uuidString.prefix(8))"
    public var configPath: String { directory.appendingPathComponent("dovecot.conf").path }
    public var certificatePath: String { directory.appendingPathComponent("cert.pem").path }

    public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/sbin/dovecot") }

    public init() throws {
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("chargedesk-dovecot-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        chmod(directory.path, 0o755)
        port = try Self.freePort()
        tlsPort = try Self.freePort()
        let (uid, gid) = try Self.ids(of: "dovecot")
        let mail = directory.appendingPathComponent("mail")
        try FileManager.default.createDirectory(at: mail.appendingPathComponent(user), withIntermediateDirectories: true)
        chown(mail.path, uid, gid)
        chown(mail.appendingPathComponent(user).path, uid, gid)
        try "\(user):{PLAIN}\(password):\(uid):\(gid)::\(mail.path)/\(user)\n"
            .write(to: directory.appendingPathComponent("users"), atomically: true, encoding: .utf8)
        try Self.runChecked("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", directory.appendingPathComponent("key.pem").path,
                                          "-out", certificatePath, "-days", "2", "-subj", "/CN=127.0.0.1",
                                          "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
        let dir = directory.path
        let config = """
            base_dir = \(dir)/run
            state_dir = \(dir)/state
            instance_name = chargedesk-test-\(port)
            protocols = imap
            listen = 127.0.0.1
            log_path = \(dir)/dovecot.log
            default_internal_user = dovecot
            default_login_user = dovenull
            ssl = yes
            ssl_cert = <\(dir)/cert.pem
            ssl_key = <\(dir)/key.pem
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%n \(dir)/users
            }
            userdb {
              driver = passwd-file
              args = username_format=%n \(dir)/users
            }
            mail_location = maildir:\(dir)/mail/%n/Maildir
            first_valid_uid = 1
            namespace inbox {
              inbox = yes
              separator = /
            }
            service imap-login {
              inet_listener imap {
                port = \(port)
              }
              inet_listener imaps {
                port = \(tlsPort)
                ssl = yes
              }
            }
            """
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        try start()
    }

    private var running = false

    /// Starts Dovecot as a daemon through posix_spawn and waits for its first process to exit
    /// (it forks the master). Foundation's Process did not notice that exit inside the test run.
    public func start() throws {
        let status = Self.spawnAndWait("/usr/sbin/dovecot", ["-c", configPath])
        guard status == 0, Self.waitUntil(seconds: 5, { Self.accepts(self.port) }) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "dovecot did not start (\(status)); see \(directory.path)/dovecot.log"])
        }
        running = true
    }

    /// SIGTERM to the master (from its pid file), then SIGKILL to its process group if it lingers.
    public func stop() {
        guard running else { return }
        running = false
        let pidFile = directory.appendingPathComponent("run/master.pid").path
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
              let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return }
        kill(pid, SIGTERM)
        // Probing the port would make Dovecot start login processes and slow its shutdown; wait
        // on the pid, then make sure the whole group is gone.
        if !Self.waitUntil(seconds: 5, { kill(pid, 0) != 0 }) {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
        }
    }

    /// Runs a program with stdin/stdout/stderr on /dev/null and returns its exit status.
    static func spawnAndWait(_ path: String, _ arguments: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in [Int32(0), 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno == EINTR { continue }
            return errno == ECHILD ? 0 : -1  // someone else reaped it
        }
        return (status >> 8) & 0xFF
    }

    /// Polls `condition` every 25 ms until it holds or time runs out.
    public static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(25_000)
        }
        return condition()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    public var plainURL: String { "imap://127.0.0.1:\(port)" }
    public var tlsURL: String { "imaps://127.0.0.1:\(tlsPort)" }

    // MARK: Helpers

    static func runChecked(_ executable: String, _ arguments: [String]) throws {
        let status = spawnAndWait(executable, arguments)
        guard status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(executable) exited \(status)"]) }
    }

    static func ids(of name: String) throws -> (uid_t, gid_t) {
        guard let entry = getpwnam(name) else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no user \(name)"]) }
        return (entry.pointee.pw_uid, entry.pointee.pw_gid)
    }

    public static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return UInt16(bigEndian: address.sin_port)
    }

    static func accepts(_ port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}
