/// Migration 024, frozen.
///
/// The audit log is hash-chained: each entry's hash is taken over the one before it and the
/// entry's fields, and the chain's value is sealed after the last entry of every write (every
/// 10,000 entries in a bulk one). `check` works the chain out again from the first entry, so
/// that a row changed or removed with the append-only triggers dropped and recreated is found
/// by the seal after it. The seals are append-only too.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration024AuditSeals: FrozenMigration {
  static let identifier = "024 audit seals"

  static let sql = """
    CREATE TABLE audit_seal (
      last_seq INTEGER PRIMARY KEY,
      hash TEXT NOT NULL,
      sealed_at TEXT NOT NULL
    );

    CREATE TRIGGER audit_seal_no_update BEFORE UPDATE ON audit_seal
      BEGIN SELECT RAISE(ABORT, 'the audit seals are append-only'); END;

    CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal
      BEGIN SELECT RAISE(ABORT, 'the audit seals are append-only'); END;
    """
}
