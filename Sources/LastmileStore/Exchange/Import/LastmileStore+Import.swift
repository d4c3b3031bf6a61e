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
  public func importCSV(_ table: ImportTable, from url: URL, name: String? = nil, options: ImportOptions = ImportOptions())
    throws -> ImportReport
  {
    let file = try ImportFile.load(url, name: name ?? url.path, table: table)
    var report = ImportReport(table: table, encoding: file.encoding)
    report.rows = file.rows.count
    var warnings = file.warnings
    var errors: [ImportProblem] = []
    var rejected: [(ImportFile.Row, String)] = []
    let township = try localitySettings().officeName
    try write { db, context in
      var places = try ImportPlaces(db, townshipName: township.isEmpty ? Localizer(options.language)(.defaultTownship) : township)
      var touched: [String] = []
      func reject(_ row: ImportFile.Row, _ problems: [ImportProblem]) {
        errors += problems
        report.rejected += 1
        rejected.append((row, problems.map { $0.reason.text(options.language) }.joined(separator: Localizer(options.language)(.listSeparator))))
      }
      switch table {
      case .households:
        var importer = try HouseholdImporter(file: file, db)
        var plans: [HouseholdImporter.Plan] = []
        for row in file.rows {
          switch try importer.plan(row, db, places: places, warnings: &warnings) {
          case .ok(let plan): plans.append(plan)
          case .refused(let problems): reject(row, problems)
          }
        }
        guard errors.isEmpty || options.skipInvalid else { return }
        for plan in plans {
          if options.dryRun {
            count(&report, isNew: plan.isNew, changed: plan.changes)
            continue
          }
          let changed = try importer.apply(plan, db, context, places: &places, today: clock.today)
          count(&report, isNew: plan.isNew, changed: changed)
          touched.append(plan.household.id.databaseText)
        }
      case .members:
        var importer = try MemberImporter(file: file, today: clock.today, db)
        var plans: [MemberImporter.Plan] = []
        for row in file.rows {
          switch try importer.plan(row, db, warnings: &warnings) {
          case .ok(let plan): plans.append(plan)
          case .refused(let problems): reject(row, problems)
          }
        }
        guard errors.isEmpty || options.skipInvalid else { return }
        for plan in plans {
          if options.dryRun {
            count(&report, isNew: plan.isNew, changed: plan.changes)
            continue
          }
          count(&report, isNew: plan.isNew, changed: try importer.apply(plan, db, context))
          touched.append(plan.member.householdId.databaseText)
        }
      }
      guard !options.dryRun else { return }
      try SearchIndex.refresh(db, households: touched)
      report.written = true
      if options.skipInvalid, !rejected.isEmpty {
        let target = url.deletingPathExtension().appendingPathExtension("rejected.csv")
        try file.writeRejected(rejected, language: options.language, to: target)
        report.rejectedFile = target
      }
    }
    report.problems = (warnings + errors).sorted { ($0.line, $0.isWarning ? 1 : 0) < ($1.line, $1.isWarning ? 1 : 0) }
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
