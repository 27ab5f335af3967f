import Desk
import Foundation
import GRDB
import Synchronization

/// The desk's persistence: SQLite through GRDB, WAL mode, foreign keys on, migrations from an
/// empty file. Every change that belongs together (a ticket, its events, its checkpoint) is
/// written in one transaction.
public final class DeskStore: Sendable {
    public let path: String
    let pool: DatabasePool
    /// The roster as last read, with the `roster_version` it was read at.
    let rosterCache = Mutex<(version: Int64, technicians: [Technician])?>(nil)

    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // A larger page cache than SQLite's 2 MB keeps the ticket indexes' upper levels in
            // memory during intake. 16 MB per connection, not more: on a 100,000-message
            // mailbox ingest's whole footprint must stay under 100 MB, and the cache fills.
            try db.execute(sql: "PRAGMA cache_size = -16384")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    /// Written with literal table and column names; a shipped migration is never edited.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE contract (
                    number TEXT PRIMARY KEY NOT NULL,
                    level TEXT NOT NULL,
                    maintenance_included INTEGER NOT NULL,
                    valid_from TEXT,
                    valid_to TEXT,
                    owner TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE charger (
                    charger_id TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    site_name TEXT NOT NULL, address TEXT NOT NULL, postal_code TEXT NOT NULL, city TEXT NOT NULL,
                    owner TEXT NOT NULL, contract TEXT, manufacturer TEXT NOT NULL, model TEXT NOT NULL,
                    installed TEXT, last_service TEXT
                );
                CREATE TABLE technician (
                    handle TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    role TEXT NOT NULL,
                    regions TEXT NOT NULL,
                    skills TEXT NOT NULL,
                    duty_days TEXT NOT NULL,
                    off_duty TEXT NOT NULL
                );
                CREATE TABLE ticket (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    reference TEXT NOT NULL UNIQUE,
                    status TEXT NOT NULL,
                    received_at DATETIME NOT NULL,
                    customer_address TEXT COLLATE NOCASE,
                    customer_name TEXT,
                    subject TEXT NOT NULL,
                    language TEXT NOT NULL,
                    category TEXT NOT NULL,
                    location TEXT, owner TEXT, contract_given TEXT, contract TEXT, service_level TEXT,
                    charger_id TEXT, linked_charger TEXT COLLATE NOCASE,
                    deadline DATETIME,
                    deadline_source TEXT NOT NULL,
                    assignee TEXT,
                    flags TEXT NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX ticket_status_deadline ON ticket(status, deadline);
                CREATE INDEX ticket_status_id ON ticket(status, id);
                CREATE INDEX ticket_open_charger ON ticket(linked_charger) WHERE status IN ('new', 'open', 'waiting');
                CREATE TABLE ticket_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    ticket_id INTEGER NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
                    at DATETIME NOT NULL,
                    kind TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    detail TEXT NOT NULL,
                    internal INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX ticket_event_ticket ON ticket_event(ticket_id, id);
                CREATE TABLE ticket_message (
                    message_id TEXT PRIMARY KEY NOT NULL,
                    ticket_id INTEGER NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
                    direction TEXT NOT NULL
                );
                CREATE TABLE ticket_party (
                    ticket_id INTEGER NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
                    address TEXT NOT NULL COLLATE NOCASE,
                    role TEXT NOT NULL,
                    PRIMARY KEY (ticket_id, address)
                );
                CREATE TABLE processed_message (
                    digest TEXT PRIMARY KEY NOT NULL,
                    mailbox TEXT,
                    uid INTEGER,
                    ticket_id INTEGER REFERENCES ticket(id) ON DELETE SET NULL,
                    outcome TEXT NOT NULL,
                    processed_at DATETIME NOT NULL
                );
                CREATE TABLE mailbox_checkpoint (
                    mailbox TEXT PRIMARY KEY NOT NULL,
                    uid_validity INTEGER NOT NULL,
                    last_uid INTEGER NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    ticket_id INTEGER REFERENCES ticket(id) ON DELETE SET NULL,
                    kind TEXT NOT NULL,
                    recipient TEXT NOT NULL,
                    message BLOB NOT NULL,
                    status TEXT NOT NULL DEFAULT 'pending',
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at DATETIME NOT NULL,
                    last_error TEXT,
                    created_at DATETIME NOT NULL,
                    sent_at DATETIME
                );
                CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
                CREATE TABLE technician_load (handle TEXT PRIMARY KEY NOT NULL, open_tickets INTEGER NOT NULL);
                -- Open tickets per assignee, kept by triggers so that no code path can forget it and
                -- assignment reads one row instead of counting a growing backlog.
                CREATE TRIGGER ticket_load_insert AFTER INSERT ON ticket
                WHEN NEW.assignee IS NOT NULL AND NEW.status IN ('new', 'open', 'waiting')
                BEGIN
                    INSERT INTO technician_load (handle, open_tickets) VALUES (NEW.assignee, 1)
                    ON CONFLICT(handle) DO UPDATE SET open_tickets = open_tickets + 1;
                END;
                CREATE TRIGGER ticket_load_update AFTER UPDATE OF assignee, status ON ticket
                BEGIN
                    UPDATE technician_load SET open_tickets = open_tickets - 1
                    WHERE handle = OLD.assignee AND OLD.status IN ('new', 'open', 'waiting');
                    INSERT INTO technician_load (handle, open_tickets)
                    SELECT NEW.assignee, 1 WHERE NEW.assignee IS NOT NULL AND NEW.status IN ('new', 'open', 'waiting')
                    ON CONFLICT(handle) DO UPDATE SET open_tickets = open_tickets + 1;
                END;
                CREATE TRIGGER ticket_load_delete AFTER DELETE ON ticket
                WHEN OLD.assignee IS NOT NULL AND OLD.status IN ('new', 'open', 'waiting')
                BEGIN
                    UPDATE technician_load SET open_tickets = open_tickets - 1 WHERE handle = OLD.assignee;
                END;
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
                INSERT INTO meta (key, value) VALUES ('roster_version', 0);
                """)
        }
        // The outbox holds what to say until the sender renders it, so it needs the threading
        // headers and the Message-ID fixed at queue time, and a lease so that two senders never
        // take the same row.
        migrator.registerMigration("v2-outbox") { db in
            try db.execute(sql: """
                ALTER TABLE outbox ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
                ALTER TABLE outbox ADD COLUMN in_reply_to TEXT;
                ALTER TABLE outbox ADD COLUMN refs TEXT NOT NULL DEFAULT '';
                ALTER TABLE outbox ADD COLUMN language TEXT NOT NULL DEFAULT 'sv';
                ALTER TABLE outbox ADD COLUMN detail TEXT NOT NULL DEFAULT '';
                ALTER TABLE outbox ADD COLUMN lease_until DATETIME;
                CREATE INDEX outbox_recipient ON outbox(recipient COLLATE NOCASE, created_at);
                """)
        }
        // What the OCPP central system knows of each charger, the status history per connector,
        // uploaded diagnostics, and where each remote-repair workflow stands (so it resumes).
        migrator.registerMigration("v3-ocpp") { db in
            try db.execute(sql: """
                CREATE TABLE charge_point (
                    id TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    vendor TEXT, model TEXT, serial TEXT, firmware TEXT,
                    connected INTEGER NOT NULL DEFAULT 0,
                    booted_at DATETIME, last_seen DATETIME
                );
                CREATE TABLE connector_status (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    charge_point TEXT NOT NULL COLLATE NOCASE,
                    connector INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    error_code TEXT NOT NULL,
                    info TEXT,
                    vendor_error_code TEXT,
                    at DATETIME NOT NULL
                );
                CREATE INDEX connector_status_latest ON connector_status(charge_point, connector, id);
                CREATE TABLE diagnostics_upload (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    token TEXT NOT NULL,
                    ticket_id INTEGER REFERENCES ticket(id) ON DELETE SET NULL,
                    charge_point TEXT NOT NULL,
                    filename TEXT NOT NULL,
                    content BLOB NOT NULL,
                    received_at DATETIME NOT NULL
                );
                CREATE INDEX diagnostics_upload_token ON diagnostics_upload(token);
                CREATE TABLE repair_workflow (
                    ticket_id INTEGER PRIMARY KEY REFERENCES ticket(id) ON DELETE CASCADE,
                    charge_point TEXT NOT NULL,
                    step TEXT NOT NULL,
                    upload_token TEXT NOT NULL,
                    finished INTEGER NOT NULL DEFAULT 0,
                    updated_at DATETIME NOT NULL
                );
                """)
        }
        return migrator
    }
}
