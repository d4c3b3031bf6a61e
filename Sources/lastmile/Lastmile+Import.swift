import ArgumentParser
import Foundation
import LastmileCore
import LastmileStore

extension Lastmile {
  /// `lastmile import`: households or members from CSV.
  struct Import: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdImport))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: ArgumentHelp(
        text(.argImportTable), valueName: "households|members|requests|visits|cadres"),
      transform: ImportTable.parser())
    var table: ImportTable

    @Argument(help: ArgumentHelp(text(.argImportFile), valueName: "FILE"))
    var file: String

    @Flag(help: ArgumentHelp(text(.optDryRun)))
    var dryRun = false

    @Flag(help: ArgumentHelp(text(.optSkipInvalid)))
    var skipInvalid = false

    @Flag(help: ArgumentHelp(text(.optTemplate)))
    var template = false

    func run() throws {
      if template {
        let content = LastmileStore.importTemplate(table, language: Console.language)
        if file == "-" {
          print(content, terminator: "")
          return
        }
        var sink = try FileSink(url: UserPath.url(file))
        try sink.write(content)
        try sink.commit()
        Console.note(text(.templateWritten(file)))
        return
      }
      let store = try global.openStore(create: true, needsOperator: !dryRun)
      let report = try store.importCSV(
        table, from: UserPath.url(file),
        name: file,
        options: ImportOptions(dryRun: dryRun, skipInvalid: skipInvalid, language: Console.language)
      )
      // The first problems (the report keeps 100), then how many more: a broken file of a
      // million rows is not a million lines on the terminal (`--skip-invalid` writes every
      // refused row to a file).
      for problem in report.problems { Console.note(problem.text(Console.language)) }
      if report.problemsLeftOut > 0 {
        // Warnings alone (new villages and cadres) are no bad rows to write aside.
        let more: CommandText =
          report.hasErrors
          ? .importMoreProblems(report.problemsLeftOut)
          : .importMoreWarnings(report.problemsLeftOut)
        Console.note(text(more))
      }
      if report.hasErrors && !skipInvalid {
        Console.error(text(.importRefused(report.rejected)))
        throw ExitCode(1)
      }
      let name = table.title(Console.language)
      print(
        text(
          .importSummary(
            name, report.added, report.updated, report.unchanged, report.rejected,
            report.rows,
            report.encoding.rawValue)))
      if dryRun { print(text(.importDryRun)) }
      if let rejected = report.rejectedFile { print(text(.importRejectedWritten(rejected.path))) }
    }
  }
}
