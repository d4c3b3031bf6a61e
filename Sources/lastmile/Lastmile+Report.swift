import ArgumentParser
import Foundation
import LastmileApp
import LastmileCore
import LastmileRules
import LastmileStore

extension Lastmile {
  /// `lastmile report`: the reports reviewers read and print.
  struct Report: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: text(.cmdReport),
        subcommands: [
          Overdue.self, Reception.self, Rota.self, Agenda.self, Quotas.self, Rates.self,
          Summary.self,
        ])
    }
  }
}

/// The days a report covers (`--from`, `--to`, both included), the first not after the last.
struct DateRange: ParsableArguments {
  @Option(
    help: ArgumentHelp(text(.optRatesFrom), valueName: "YYYY-MM-DD"),
    transform: LocalDate.parser())
  var from: LocalDate

  @Option(
    help: ArgumentHelp(text(.optRatesTo), valueName: "YYYY-MM-DD"),
    transform: LocalDate.parser())
  var to: LocalDate

  /// The days as a printed report names them.
  var description: String { "\(from) – \(to)" }

  func validate() throws {
    guard from <= to else { throw ValidationError(text(.ratesFromAfterTo(from, to))) }
  }
}

/// The options every report takes: its format and where it goes.
struct ReportOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(text(.optReportFormat), valueName: "text|markdown|html|csv|json"),
    transform: ReportFormat.parser())
  var format = ReportFormat.text

  @Option(help: ArgumentHelp(text(.optOut), valueName: "FILE"))
  var out: String?

  /// Where a printed report comes from: the office, `period`, the database, now.
  func letterhead(_ store: LastmileStore, _ global: GlobalOptions, period: String) throws
    -> Letterhead
  {
    Letterhead(
      office: try store.localitySettings().officeName, period: period,
      database: global.databaseURL.path, made: store.clock.now)
  }

  /// Writes the report to `--out` (whole, or not at all) or to standard output.
  func emit(_ report: String) throws {
    guard let out, out != "-" else {
      print(report, terminator: "")
      return
    }
    let url = UserPath.url(out)
    var sink = try FileSink(url: url)
    do {
      try sink.write(report)
      try sink.commit()
      Console.note(text(.reportWritten(url.path)))
    } catch {
      sink.discard()
      throw error
    }
  }
}

extension Lastmile.Report {
  /// `lastmile report overdue`: the requests past their deadline as of `--today`.
  struct Overdue: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdReportOverdue))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: false)
      try report.emit(
        try store.overdueRequests().rendered(
          report.format, language: Console.language,
          letterhead: report.letterhead(store, global, period: store.clock.today.description)))
    }
  }

  /// `lastmile report reception`: a reception day's record book.
  struct Reception: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdReportReception))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    @Option(
      help: ArgumentHelp(text(.optReportDate), valueName: "YYYY-MM-DD"),
      transform: LocalDate.parser())
    var date: LocalDate?

    @Flag(help: ArgumentHelp(text(.optUnmask)))
    var unmask = false

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: unmask)
      let day = date ?? store.clock.today
      try report.emit(
        try store.receptionBook(on: day, revealing: unmask).rendered(
          report.format, language: Console.language, unmask: unmask))
    }
  }
}

extension Lastmile.Report {
  /// `lastmile report agenda`: the matters waiting for a meeting, to print for it.
  struct Agenda: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdReportAgenda))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    @Option(
      help: ArgumentHelp(text(.optMeeting), valueName: "office|branch"),
      transform: MeetingKind.parser())
    var meeting = MeetingKind.office

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: false)
      let agenda = try store.meetingAgenda(meeting)
      try report.emit(
        agenda.rendered(
          report.format, language: Console.language,
          letterhead: report.letterhead(store, global, period: agenda.asOf.description)))
    }
  }

  /// `lastmile report rota`: a month's duty rota, for the notice board.
  struct Rota: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdReportRota))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    @Option(help: ArgumentHelp(text(.optRotaMonth), valueName: "YYYY-MM"))
    var month: String?

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: false)
      var first = store.clock.today
      if let month {
        guard month.count == 7, let day = LocalDate(parsing: month + "-01") else {
          throw ValidationError(text(.badMonth(month)))
        }
        first = day
      }
      let rota = try store.rotaReport(month: first)
      try report.emit(
        rota.rendered(
          report.format, language: Console.language,
          letterhead: report.letterhead(
            store, global, period: String(rota.month.description.prefix(7)))))
    }
  }
}

extension Lastmile.Report {
  /// `lastmile report quotas`: each cadre's quotas over a period, the short first.
  struct Quotas: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdReportQuotas))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    @Option(help: ArgumentHelp(text(.optPeriod), valueName: "YYYY-MM|YYYY-Qn|YYYY"))
    var period: String

    @Option(help: ArgumentHelp(text(.optRole), valueName: "ROLE"))
    var role: String?

    @Option(help: ArgumentHelp(text(.optArea), valueName: "AREA"))
    var area: String?

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: false)
      guard let period = Period(parsing: period, today: store.clock.today) else {
        throw ValidationError(text(.badPeriod(period)))
      }
      guard period.clipped(to: store.clock.today) != nil else {
        throw ValidationError(text(.futurePeriod(period.description, store.clock.today)))
      }
      var areaId: UUID?
      if let area {
        let choices = try store.areaChoices()
        let byPath = choices.filter { $0.path.joined(separator: "/") == area }
        let found = byPath.isEmpty ? choices.filter { $0.path.last == area } : byPath
        guard let first = found.first else { throw ValidationError(text(.unknownArea(area))) }
        guard found.count == 1 else {
          throw ValidationError(
            text(
              .ambiguousArea(
                area, found.map { $0.path.joined(separator: "/") }.joined(separator: "、"))))
        }
        areaId = first.id
      }
      if let role, store.rules.role(role) == nil {
        throw ValidationError(
          text(.unknownRole(role, store.rules.roles.map(\.id).joined(separator: ", "))))
      }
      try report.emit(
        try store.quotaReport(period: period, role: role, area: areaId).rendered(
          report.format, language: Console.language,
          letterhead: report.letterhead(store, global, period: period.description)))
    }
  }
}

extension Lastmile.Report {
  /// `lastmile report rates`: the 12345 rates of the requests received in a period.
  struct Rates: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdReportRates))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    @OptionGroup var dates: DateRange

    @Option(
      help: ArgumentHelp(text(.optRatesBy), valueName: "category|village|assignee"),
      transform: RatesReport.Grouping.parser())
    var by: RatesReport.Grouping?

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: false)
      try report.emit(
        try store.ratesReport(from: dates.from, through: dates.to, by: by).rendered(
          report.format, language: Console.language,
          letterhead: report.letterhead(store, global, period: dates.description)))
    }
  }
}

extension Lastmile.Report {
  /// `lastmile report summary`: each cadre's work summary (工作总结) over a period.
  struct Summary: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdReportSummary))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    @OptionGroup var dates: DateRange

    @Option(help: ArgumentHelp(text(.optSummaryCadre), valueName: "NAME"))
    var cadre: String?

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: false)
      let summary = try store.workSummary(from: dates.from, through: dates.to, cadre: cadre)
      if let cadre, summary.cadres.isEmpty {
        throw ValidationError(text(.unknownCadre(cadre)))
      }
      try report.emit(
        summary.rendered(
          report.format, language: Console.language,
          letterhead: report.letterhead(store, global, period: dates.description)))
    }
  }
}
