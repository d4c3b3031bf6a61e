import Foundation
import GRDB
import LastmileCore

/// How an import runs.
public struct ImportOptions: Sendable {
  /// Check and count, write nothing.
  public var dryRun = false
  /// Import the good rows and write the bad ones, with their reason, to `FILE.rejected.csv`.
  public var skipInvalid = false
  /// The language of the rejected file's reason column.
  public var language: Language = .zh

  public init(dryRun: Bool = false, skipInvalid: Bool = false, language: Language = .zh) {
    self.dryRun = dryRun
    self.skipInvalid = skipInvalid
    self.language = language
  }
}

extension LastmileStore {
  /// Imports a CSV file (UTF-8, UTF-8 with BOM or GB18030; Chinese or English headers).
  ///
  /// Every row is checked first. When any row is bad, nothing is imported, unless
  /// `skipInvalid`; then the good rows are and the bad ones go to `FILE.rejected.csv`. Rows
  /// update the records they match (households by number, members by ID number or name in
  /// their household), so importing a file again changes nothing. All of it is one transaction.
  public func importCSV(
    _ table: ImportTable, from url: URL, name: String? = nil,
    options: ImportOptions = ImportOptions()
  )
    throws -> ImportReport
  {
    let file = try ImportFile.load(url, name: name ?? url.path, table: table)
    if table == .households || table == .members {
      Pinyin.prepare(file.rows.map { $0[table == .households ? .headName : .name] })
    }
    let officeName = try localitySettings().officeName
    let township = officeName.isEmpty ? Localizer(options.language)(.defaultTownship) : officeName
    let categories = try localitySettings().categories
    // A page cache of 32 MB: what does not fit goes to the write-ahead log, still one transaction
    // (a cache as big as the import held 363 MB at 100,000 households; 32 MB costs no time).
    return try bulkWrite(memoryJournals: true, cacheKiB: 32_768) { db, context in
      let places = try ImportPlaces(db, townshipName: township)
      switch table {
      case .households:
        var importer = try HouseholdImporter(file: file, today: clock.today, places: places, db)
        return try run(&importer, file, options, db, context)
      case .members:
        var importer = try MemberImporter(file: file, today: clock.today, db)
        return try run(&importer, file, options, db, context)
      case .requests:
        var importer = try RequestImporter(
          file: file, today: clock.today, policy: rules.deadlines,
          calendar: calendar, categories: categories,
          places: places, db)
        return try run(&importer, file, options, db, context)
      case .visits:
        var importer = try VisitImporter(file: file, today: clock.today, places: places, db)
        return try run(&importer, file, options, db, context)
      case .cadres:
        var importer = try CadreImporter(
          file: file, today: clock.today, rules: rules, areas: try areaChoices(db), db)
        return try run(&importer, file, options, db, context)
      }
    }
  }

  /// Checks every row, then writes them (unless a bad row refuses the file, or on a dry run).
  private func run<Importer: RowImporter>(
    _ importer: inout Importer, _ file: ImportFile, _ options: ImportOptions, _ db: Database,
    _ context: ChangeContext
  ) throws -> ImportReport {
    let l = Localizer(options.language)
    var report = ImportReport(table: file.table, encoding: file.encoding)
    report.rows = file.rows.count
    var warnings = file.warnings
    var errors: [ImportProblem] = []
    var rejected: [(ImportFile.Row, String)] = []
    var plans: [Importer.Plan] = []
    for row in file.rows {
      let shape = file.shapeProblems(row)
      let checked: RowCheck<Importer.Plan> =
        shape.isEmpty ? try importer.check(row, db, warnings: &warnings) : .refused(shape)
      switch checked {
      case .ok(let plan):
        plans.append(plan)
      case .refused(let problems):
        errors += problems
        rejected.append(
          (
            row,
            problems.map { $0.reason.text(options.language) }.joined(separator: l(.listSeparator))
          ))
      }
    }
    warnings += importer.closingWarnings()
    report.rejected = rejected.count
    report.problems = (warnings + errors).sorted {
      ($0.line, $0.isWarning ? 1 : 0) < ($1.line, $1.isWarning ? 1 : 0)
    }
    guard errors.isEmpty || options.skipInvalid else { return report }
    var suspended: [String] = []
    if !options.dryRun {
      try BulkLoad.begin(db)
      if let table = Importer.bulkTable,
        plans.count >= max(5_000, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0)
      {
        suspended = try BulkLoad.suspendIndexes(db, tables: [table])
      }
      if let table = Importer.talliedTable,
        Tallies.holdsBack(
          rows: plans.count,
          existing: try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0)
      {
        try Tallies.suspend(db)
      }
    }
    var touched: [String] = []
    for plan in plans {
      let (isNew, changes) = importer.outcome(of: plan)
      let changed = options.dryRun ? changes : try importer.write(plan, db, context)
      count(&report, isNew: isNew, changed: changed)
      touched += importer.households(of: plan)
    }
    guard !options.dryRun else { return report }
    try BulkLoad.finish(db, households: touched, columns: Importer.derived)
    if Importer.refreshesSearch { try SearchIndex.refresh(db, households: touched) }
    try BulkLoad.restoreIndexes(db, suspended)
    if Importer.derived.contains(.duplicates) { try BulkLoad.flagDuplicates(db) }
    report.written = true
    if options.skipInvalid, !rejected.isEmpty {
      let target = file.url.deletingPathExtension().appendingPathExtension("rejected.csv")
      try file.writeRejected(rejected, language: options.language, to: target)
      report.rejectedFile = target
    }
    return report
  }

  private func count(_ report: inout ImportReport, isNew: Bool, changed: Bool) {
    if isNew {
      report.added += 1
    } else if changed {
      report.updated += 1
    } else {
      report.unchanged += 1
    }
  }

  /// A header-only CSV file of `table`'s columns, in `language`, with a byte-order mark.
  public static func importTemplate(_ table: ImportTable, language: Language) -> String {
    var writer = CSVWriter()
    writer.write(table.accepted.map { $0.label(language) })
    return writer.text
  }
}
