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
  /// The file is read, checked and written a batch of rows at a time, so that memory does not
  /// grow with it. When any row is bad, nothing is imported (what was written is rolled back;
  /// the rest of the file is still checked, for its problems), unless `skipInvalid`; then the
  /// good rows are and the bad ones go to `FILE.rejected.csv`. Rows update the records they
  /// match (households by number, members by ID number or name in their household), so
  /// importing a file again changes nothing. All of it is one transaction.
  public func importCSV(
    _ table: ImportTable, from url: URL, name: String? = nil,
    options: ImportOptions = ImportOptions()
  )
    throws -> ImportReport
  {
    let (file, rows) = try ImportFile.open(url, name: name ?? url.path, table: table)
    let officeName = try localitySettings().officeName
    let township = officeName.isEmpty ? Localizer(options.language)(.defaultTownship) : officeName
    let categories = try localitySettings().categories
    // The first data of a new database is written with a rollback journal (`inRollbackJournal`).
    let firstData = options.dryRun ? false : try holdsNoData()
    do {
      // A page cache of 32 MB: what does not fit goes to the write-ahead log, still one
      // transaction (a cache as big as the import held 363 MB at 100,000 households). The
      // statement journals stay in files: an update of every household (the duplicates
      // flagged at the end) journals every page it changes, and in memory that grew with the
      // file (160 MB at 500,000 households); the rows go in many to a statement, so a journal
      // a statement costs little.
      return try inRollbackJournal(waiting: false, only: firstData) {
        try bulkWrite(cacheKiB: 32_768, feedingChain: true) { db, context in
          let places = try ImportPlaces(db, townshipName: township)
          switch table {
          case .households:
            var importer = try HouseholdImporter(file: file, today: clock.today, places: places, db)
            return try run(&importer, file, rows, options, db, context)
          case .members:
            var importer = try MemberImporter(file: file, today: clock.today, db)
            return try run(&importer, file, rows, options, db, context)
          case .requests:
            var importer = try RequestImporter(
              file: file, today: clock.today, policy: rules.deadlines,
              calendar: calendar, categories: categories,
              places: places, db)
            return try run(&importer, file, rows, options, db, context)
          case .visits:
            var importer = try VisitImporter(file: file, today: clock.today, places: places, db)
            return try run(&importer, file, rows, options, db, context)
          case .cadres:
            var importer = try CadreImporter(
              file: file, today: clock.today, rules: rules, areas: try areaChoices(db), db)
            return try run(&importer, file, rows, options, db, context)
          }
        }
      }
    } catch let refusal as ImportRefusal {
      return refusal.report
    }
  }

  /// The rows read, checked and written at a time.
  static let importBatch = 5_000

  /// Reads, checks and writes the rows a batch at a time (checks only, on a dry run); a bad row
  /// stops the writing, and once the file is read, refuses it by rolling back what was written.
  private func run<Importer: RowImporter>(
    _ importer: inout Importer, _ file: ImportFile, _ rows: ImportRows, _ options: ImportOptions,
    _ db: Database, _ context: ChangeContext
  ) throws -> ImportReport {
    let l = Localizer(options.language)
    var report = ImportReport(table: file.table, encoding: file.encoding)
    report.add(file.warnings)
    var rejected =
      options.skipInvalid && !options.dryRun ? RejectedRows(file, language: options.language) : nil
    var landed = false
    defer { if !landed { rejected?.discard() } }
    // The pinyin of a batch's names is looked up as the batch is read, on the other core.
    rows.pinyinField = Importer.pinyinField
    var writing = !options.dryRun
    var load: ImportLoad?
    var plans: [Importer.Plan] = []
    var warnings: [ImportProblem] = []
    /// The batch planned and written but for what it writes together: its rows being made on
    /// another core, and the households it touched.
    var pending: (made: InBackground<Importer.Made>, households: [String])?
    /// Writes the pending batch's rows as they were made, and indexes them.
    func flush() throws {
      guard let batch = pending else { return }
      pending = nil
      let documents = try importer.endBatch(try batch.made.value(), db, context)
      try load?.written(db, households: batch.households, documents: documents)
    }
    while true {
      let batch = try rows.next(Self.importBatch)
      if batch.isEmpty { break }
      for row in batch {
        report.rows += 1
        let shape = file.shapeProblems(row)
        let checked: RowCheck<Importer.Plan> =
          shape.isEmpty ? try importer.check(row, db, warnings: &warnings) : .refused(shape)
        switch checked {
        case .ok(let plan):
          plans.append(plan)
        case .refused(let problems):
          report.add(problems)
          report.rejected += 1
          if options.skipInvalid {
            let reason = problems.map { $0.reason.text(options.language) }
            try rejected?.add(row, reason: reason.joined(separator: l(.listSeparator)))
          } else {
            writing = false
          }
        }
        report.add(warnings)
        warnings.removeAll(keepingCapacity: true)
      }
      if writing {
        if load == nil {
          load = try ImportLoad(db, Importer.self, estimatedRows: file.estimatedRows)
        }
        var touched: [String] = []
        for plan in plans {
          let (isNew, _) = importer.outcome(of: plan)
          count(&report, isNew: isNew, changed: try importer.write(plan, db, context))
          touched += importer.households(of: plan)
        }
        importer.batchWritten()
        // The batch's rows are made on another core while the batch before is written and
        // indexed, and the next one read and checked.
        let made = InBackground(importer.takeBatch())
        try flush()
        pending = (made, touched)
      } else if options.dryRun {
        for plan in plans {
          let (isNew, changes) = importer.outcome(of: plan)
          count(&report, isNew: isNew, changed: changes)
        }
      }
      plans.removeAll(keepingCapacity: true)
      // What the batch freed goes back to the system, not kept in a heap that only grows.
      FreeMemory.giveBack()
    }
    // A batch still being made when a bad row stopped the writing is waited for, not written.
    _ = try pending?.made.value()
    report.addLate(importer.closingWarnings())
    if report.hasErrors && !options.skipInvalid {
      // Nothing is imported: what the batches before the first bad row wrote is rolled back.
      report.added = 0
      report.updated = 0
      report.unchanged = 0
      throw ImportRefusal(report: report)
    }
    guard !options.dryRun else { return report }
    try flush()
    if load == nil { load = try ImportLoad(db, Importer.self, estimatedRows: 0) }
    try load?.finish(db) { try importer.orderPlaces(db, context) }
    report.written = true
    report.rejectedFile = try rejected?.commit()
    landed = true
    return report
  }

  /// An import refused for its bad rows: the report, thrown to roll the transaction back.
  private struct ImportRefusal: Error {
    let report: ImportReport
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
