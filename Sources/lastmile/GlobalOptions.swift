import ArgumentParser
import Foundation
import LastmileCore
import LastmileRules
import LastmileStore

/// The options every command takes: the database, the language, today and the operator.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(text(.optDb), valueName: "PATH"))
  var db: String?

  /// The language; `Console.language` has already read it from the arguments, with this same
  /// parser, because the help itself is given in it.
  @Option(
    name: .long, help: ArgumentHelp(text(.optLang), valueName: "zh|en"),
    transform: Language.parser)
  var lang: Language?

  @Option(
    name: .long, help: ArgumentHelp(text(.optToday), valueName: "YYYY-MM-DD"),
    transform: LocalDate.parser())
  var today: LocalDate?

  @Option(name: .customLong("operator"), help: ArgumentHelp(text(.optOperator), valueName: "NAME"))
  var operatorName: String?

  /// The database file: `--db`, else the default location.
  var databaseURL: URL {
    if let db {
      return UserPath.url(db)
    }
    return ConfigPaths().defaultDatabase
  }

  /// The clock: fixed on `--today`, else the system's.
  var clock: Clock {
    today.map(Clock.fixed) ?? .system
  }

  /// The working-day calendar: the shipped one and the user's additions.
  func calendar() throws -> WorkingDayCalendar {
    try WorkingDayCalendar.load(configFolder: ConfigPaths().configFolder)
  }

  /// Opens the database (creating it only when `create`), with the operator resolved:
  /// `--operator`, else the last operator, else a prompt at a terminal, else the login name.
  /// The rules in force: the shipped ones with the locality's file over them; each problem of
  /// that file is said on standard error (what was sound of it still applies).
  func rulesInForce() -> RulesInForce {
    let inForce = RulesInForce.load(configFolder: ConfigPaths().configFolder)
    for problem in inForce.problems { Console.warning(problem.text(Console.language)) }
    return inForce
  }

  func openStore(create: Bool, needsOperator: Bool, interactive: Bool = false) throws
    -> LastmileStore
  {
    // A command waits out another's long write, saying so; the screen says the database is
    // busy. Opening, before there is a screen, says it on standard error for both (the first
    // import of a new database is waited for by whatever opens it).
    WriterWait.configure(limit: interactive ? 10 : 600) { path in
      Console.note("lastmile: " + WriterWait.waitingText(path, Console.language))
    }
    let store = try LastmileStore.open(
      at: databaseURL, create: create, operatorName: nil, clock: clock, calendar: try calendar()
    ).with(rules: rulesInForce().rules)
    if interactive { WriterWait.configure(limit: 10, notice: nil) }
    if store.recovered { Console.warning(CheckReport.recoveredText(Console.language)) }
    guard needsOperator else { return store }
    if let operatorName, !operatorName.trimmingCharacters(in: .whitespaces).isEmpty {
      return try store.acting(as: operatorName)
    }
    if let last = store.lastOperator, !last.isEmpty {
      return try store.acting(as: last)
    }
    if Console.stdinIsTerminal {
      Console.write(text(.operatorPrompt))
      if let line = readLine(), !line.trimmingCharacters(in: .whitespaces).isEmpty {
        return try store.acting(as: line)
      }
    }
    let login = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
    guard !login.isEmpty else { throw CommandError.operatorMissing }
    return try store.acting(as: login)
  }
}
