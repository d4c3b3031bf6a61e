import ArgumentParser
import Foundation
import LastmileCore
import LastmileStore

extension Lastmile {
  /// `lastmile export`: households, members, visits or requests as CSV or JSON.
  struct Export: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdExport))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: ArgumentHelp(
        text(.optExportTable), valueName: "households|members|visits|requests|cadres"),
      transform: ExportTable.parser())
    var table: ExportTable

    @Option(
      help: ArgumentHelp(text(.optFormat), valueName: "csv|json"),
      transform: ExportFormat.parser())
    var format = ExportFormat.csv

    @Option(help: ArgumentHelp(text(.optOut), valueName: "FILE"))
    var out: String?

    @Flag(help: ArgumentHelp(text(.optUnmask)))
    var unmask = false

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: unmask)
      let options = ExportOptions(
        format: format, language: Console.language, unmask: unmask)
      guard let out, out != "-" else {
        var sink = StandardOutputSink()
        try store.export(table, options: options, to: &sink)
        return
      }
      let url = UserPath.url(out)
      var sink = try FileSink(url: url)
      do {
        let rows = try store.export(table, options: options, to: &sink)
        try sink.commit()
        Console.note(text(.exportWritten(rows, url.path)))
      } catch {
        sink.discard()
        throw error
      }
    }
  }
}
