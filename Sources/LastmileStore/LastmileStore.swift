import Foundation
import GRDB
import LastmileCore
import LastmileRules

/// The one way into the database: opening it safely, and reading and writing by intent.
///
/// Every write runs in one transaction that also appends to the audit log, stamped with the
/// operator, this device and the time.
public struct LastmileStore: Sendable {
  /// The database file.
  public let url: URL
  /// The connections (a pool in WAL mode, `synchronous=FULL`, foreign keys on, busy timeout;
  /// read-only, a pool or a single connection that never writes).
  let pool: any DatabaseWriter
  /// Whether the database can only be read (this user may not write it, or it was asked so):
  /// every list, card and report works, and every write is refused with one sentence.
  public let isReadOnly: Bool
  /// This device's id, stamped on every row it writes.
  public let deviceId: String
  /// Who is at the keyboard; recorded with every change.
  public let operatorName: String
  /// What the program takes as today.
  public let clock: Clock
  /// The working-day calendar deadlines are computed with.
  public let calendar: WorkingDayCalendar
  /// The rules in force: the roles cadres hold, their quotas, and the queue's deadlines (the
  /// shipped ones unless the caller gives the locality's, `with(rules:)`).
  public private(set) var rules: Rules = RulesFile.defaults
  /// Whether opening rolled back a write cut short (a crash, a power cut, a kill): the data is
  /// as it was before that write began.
  public private(set) var recovered = false

  /// Opens the database at `url`, creating it (folder 0700, file 0600) when `create` is true,
  /// and migrates it to the current schema.
  ///
  /// A file that is not a database, or one written by a newer lastmile, is refused and left
  /// untouched. Without `create`, a missing file is refused too.
  /// A file this user may not write is opened read-only, as is any with `readOnly`.
  ///
  /// `newDeviceId` is the id a database made now takes for this device (a fixed one makes the
  /// request numbers of tests the same on every run); a database that has one keeps it.
  public static func open(
    at url: URL, create: Bool = true, operatorName: String? = nil, clock: Clock = .system,
    calendar: WorkingDayCalendar = .builtIn, readOnly: Bool = false, newDeviceId: String? = nil
  ) throws -> LastmileStore {
    try open(
      at: url, create: create, operatorName: operatorName, clock: clock, calendar: calendar,
      readOnly: readOnly, newDeviceId: newDeviceId, trace: nil)
  }

  /// Opens the database as `open(at:…)` does; `trace` sees every statement run, with its
  /// arguments written in (for the query-plan tests).
  static func open(
    at url: URL, create: Bool, operatorName: String?, clock: Clock, calendar: WorkingDayCalendar,
    readOnly: Bool = false, newDeviceId: String? = nil, trace: (@Sendable (String) -> Void)?
  ) throws -> LastmileStore {
    /// What the file is; nil when it is missing and may be made.
    func inspect() throws -> DatabaseFile.Facts? {
      if FileManager.default.fileExists(atPath: url.path) {
        let facts = try DatabaseFile.ensureOpenable(at: url, knownMigrations: Migrations.known)
        // A file with nothing in it is made a database only where one may be created.
        if facts.applied.isEmpty, !create || readOnly {
          throw StoreError.notInitialized(path: url.path)
        }
        return facts
      }
      guard create, !readOnly else { throw StoreError.databaseMissing(path: url.path) }
      return nil
    }
    let facts = try inspect()
    let settingUp =
      facts.map { !readOnly && $0.writable && $0.applied.count < Migrations.known.count } ?? true
    guard settingUp else {
      let opening = {
        try open(
          url, facts: facts, operatorName: operatorName, clock: clock, calendar: calendar,
          readOnly: readOnly, newDeviceId: newDeviceId, trace: trace)
      }
      // Opened to write, it waits for a lastmile that writes the first data alone.
      guard let facts, !readOnly, facts.writable else { return try opening() }
      return try WriterWait.whileSettingUp(url, opening)
    }
    // Making or upgrading the schema is done by one lastmile at a time; the next finds it done.
    try DatabaseFile.prepareFolder(for: url)
    return try WriterWait.whileSettingUp(url) {
      var facts = try inspect()
      if facts == nil {
        try DatabaseFile.makeNew(at: url)
        facts = try inspect()
      }
      // An upgrade takes a backup first: a schema change is the one write that cannot be undone.
      if let facts, !facts.applied.isEmpty, facts.applied.count < Migrations.known.count {
        var configuration = Configuration()
        configuration.busyMode = WriterWait.busyMode
        let reader = try DatabaseFile.readOnlyQueue(url, configuration)
        defer { try? reader.close() }
        _ = try backup(
          of: reader, database: url, to: nil, now: Date(),
          label: "-before-upgrade-\(facts.applied.count)")
      }
      return try open(
        url, facts: facts, operatorName: operatorName, clock: clock, calendar: calendar,
        readOnly: readOnly, newDeviceId: newDeviceId, trace: trace)
    }
  }

  /// Opens the file `facts` describe (nil: one just made), migrating it when it is behind.
  private static func open(
    _ url: URL, facts: DatabaseFile.Facts?, operatorName: String?, clock: Clock,
    calendar: WorkingDayCalendar, readOnly: Bool, newDeviceId: String?,
    trace: (@Sendable (String) -> Void)?
  ) throws -> LastmileStore {
    var configuration = Configuration()
    configuration.busyMode = WriterWait.busyMode
    configuration.foreignKeysEnabled = true
    configuration.label = "lastmile"
    if let trace {
      configuration.publicStatementArguments = true
      configuration.prepareDatabase { db in
        db.trace(options: .statement) { event in
          if case .statement(let statement) = event { trace(statement.expandedSQL) }
        }
      }
    }
    if let facts, readOnly || !facts.writable {
      guard facts.applied.count == Migrations.known.count else {
        throw StoreError.readOnlyOlderSchema(path: url.path)
      }
      var store = try openReadOnly(
        url, configuration, operatorName: operatorName, clock: clock, calendar: calendar)
      store.recovered = facts.recovered
      return store
    }
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: url.path, configuration: configuration)
      // The pool sets synchronous=NORMAL with WAL; FULL keeps the last commits when the
      // battery dies.
      try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
      // A database at the current schema is not migrated: looking would take the write lock.
      if (facts?.applied.count ?? 0) < Migrations.known.count {
        try Migrations.migrate(pool)
      }
    } catch let error as DatabaseError {
      throw StoreError(error, path: url.path)
    }
    DatabaseFile.restrictPermissions(at: url)
    let settings = try SettingsAccess.prepare(pool, newDeviceId: newDeviceId)
    var store = LastmileStore(
      url: url, pool: pool, isReadOnly: false, deviceId: settings.deviceId,
      operatorName: operatorName ?? settings.lastOperator ?? "", clock: clock, calendar: calendar)
    store.recovered = facts?.recovered ?? false
    return store
  }

  /// Opens a database that can only be read: as a pool of readers where SQLite can share the
  /// write-ahead log, else as one read-only connection, else as an immutable file (a folder
  /// this user may not write, where the log's files cannot be made).
  private static func openReadOnly(
    _ url: URL, _ configuration: Configuration, operatorName: String?, clock: Clock,
    calendar: WorkingDayCalendar
  ) throws -> LastmileStore {
    let reader: DatabaseQueue
    do {
      reader = try DatabaseFile.readOnlyQueue(url, configuration)
    } catch let error as DatabaseError {
      throw StoreError(error, path: url.path)
    }
    let settings = try reader.read { db in
      (try SettingsAccess.get(db, .deviceId) ?? "", try SettingsAccess.get(db, .lastOperator))
    }
    return LastmileStore(
      url: url, pool: reader, isReadOnly: true, deviceId: settings.0,
      operatorName: operatorName ?? settings.1 ?? "", clock: clock, calendar: calendar)
  }

  /// The same store, with `name` at the keyboard; remembered as the last operator.
  public func acting(as name: String) throws -> LastmileStore {
    let trimmed = name.trimmed
    guard !trimmed.isEmpty else {
      throw StoreError.emptyOperator
    }
    // Remembered only when it changes: a reader started during another's write takes no lock.
    if !isReadOnly, lastOperator != trimmed {
      try write { db, _ in try SettingsAccess.set(db, .lastOperator, trimmed) }
    }
    var store = LastmileStore(
      url: url, pool: pool, isReadOnly: isReadOnly, deviceId: deviceId, operatorName: trimmed,
      clock: clock,
      calendar: calendar, rules: rules)
    store.recovered = recovered
    return store
  }

  /// This store under `rules` (the locality's rules in force).
  public func with(rules: Rules) -> LastmileStore {
    var copy = self
    copy.rules = rules
    return copy
  }

  /// The operator remembered from the last session, if any.
  public var lastOperator: String? {
    (try? read { db in try SettingsAccess.get(db, .lastOperator) }) ?? nil
  }

  /// Runs `body` in one write transaction with the change's context; SQLite errors become
  /// `StoreError`s that say what was refused. The sync log's clock moves on first, so that the
  /// operations the transaction appends carry its time; a row in the conflicts list that the
  /// write changed has its conflicts worked out again.
  ///
  /// `feedingChain`: the audit chain is worked out as the entries are written (`AuditFeed`).
  @discardableResult
  func write<T>(feedingChain: Bool = false, _ body: (Database, ChangeContext) throws -> T)
    throws -> T
  {
    guard !isReadOnly else { throw StoreError.readOnly(path: url.path) }
    let context = ChangeContext(
      operatorName: operatorName.isEmpty ? "?" : operatorName, deviceId: deviceId,
      timestamp: Timestamp.text(clock.instant))
    do {
      return try WriterWait.noticing(url.path) { started in
        try pool.write { db in
          started()
          return try transaction(db, context, feedingChain: feedingChain, body)
        }
      }
    } catch let error as DatabaseError {
      throw StoreError(error, path: url.path)
    }
  }

  /// The body of every write transaction: the clock first, the conflicts list and the audit
  /// log's seal after.
  private func transaction<T>(
    _ db: Database, _ context: ChangeContext, feedingChain: Bool,
    _ body: (Database, ChangeContext) throws -> T
  ) throws -> T {
    try SyncLog.tick(db, wall: SyncLog.wall(clock.instant))
    let watch = try SyncConflicts.watch(db)
    func work(_ feed: AuditFeed?) throws -> T {
      let result = try body(db, context)
      try SyncConflicts.refresh(db, after: watch)
      try AuditChain.seal(db, at: context.timestamp, feed: feed)
      return result
    }
    return try feedingChain ? AuditFeed.feeding(db, work) : work(nil)
  }

  /// Runs a large write (an import, demo data, a merge) with a page cache big enough to hold it
  /// until the commit, so that SQLite does not spill pages to the log as it goes.
  ///
  /// `cacheKiB` bounds the cache where the write must stay within a memory budget (a merge, an
  /// import). Statement journals and sorts stay in files past SQLite's first 64 KB: in memory,
  /// an update of every household would keep a copy of each page it changes.
  ///
  /// `foreignKeys: false` leaves references unchecked for the while: a merge's batch may bring
  /// a row that names one a later batch of the same bundle brings.
  @discardableResult
  func bulkWrite<T>(
    cacheKiB: Int = 1_000_000, foreignKeys: Bool = true, feedingChain: Bool = false,
    _ body: (Database, ChangeContext) throws -> T
  ) throws -> T {
    guard !isReadOnly else { throw StoreError.readOnly(path: url.path) }
    try pool.writeWithoutTransaction { db in
      if !foreignKeys { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
      try db.execute(sql: "PRAGMA cache_size = -\(cacheKiB)")
    }
    defer {
      try? pool.writeWithoutTransaction { db in
        try db.execute(
          sql: "PRAGMA cache_size = -2000; PRAGMA foreign_keys = ON")
      }
    }
    return try write(feedingChain: feedingChain, body)
  }

  /// Runs `body` on a read-only snapshot.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.read(body)
    } catch let error as DatabaseError {
      throw StoreError(error, path: url.path)
    }
  }

  /// Closes the pool's connections (a store is also closed when its last copy goes away).
  public func close() throws {
    try pool.close()
  }
}

extension StoreError {
  /// The store's sentence for an SQLite error; SQLite's own message stays in the value, for
  /// the support log.
  init(_ error: DatabaseError, path: String) {
    let detail = "\(error.extendedResultCode): \(error.message ?? "")"
    switch error.resultCode {
    case .SQLITE_NOTADB: self = .notADatabase(path: path)
    case .SQLITE_PERM, .SQLITE_AUTH: self = .unreadable(path: path, problem: .permissionDenied)
    case .SQLITE_CANTOPEN: self = .unreadable(path: path, problem: .other(detail: detail))
    case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path)
    case .SQLITE_READONLY: self = .readOnly(path: path)
    case .SQLITE_FULL: self = .diskFull(path: path)
    default: self = .databaseRefused(detail: detail)
    }
  }
}
