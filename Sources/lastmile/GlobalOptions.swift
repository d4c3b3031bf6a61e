import ArgumentParser
import Foundation
import LastmileCore
import LastmileStore

/// The options every command takes: the database, the language, today and the operator.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(text(.optDb), valueName: "PATH"))
  var db: String?

  @Option(name: .long, help: ArgumentHelp(text(.optLang), valueName: "zh|en"))
  var lang: String?

  @Option(name: .long, help: ArgumentHelp(text(.optToday), valueName: "YYYY-MM-DD"))
  var today: String?

  @Option(name: .customLong("operator"), help: ArgumentHelp(text(.optOperator), valueName: "NAME"))
  var operatorName: String?

  mutating func validate() throws {
    if let lang, Language(code: lang) == nil {
      throw ValidationError(text(.badLang(lang)))
    }
    if let today, LocalDate(parsing: today) == nil {
      throw ValidationError(text(.badToday(today)))
    }
  }

  /// The database file: `--db`, else the default location.
  var databaseURL: URL {
    if let db {
      return URL(fileURLWithPath: (db as NSString).expandingTildeInPath)
    }
    return ConfigPaths().defaultDatabase
  }

  /// The clock: fixed on `--today`, else the system's.
  var clock: Clock {
    today.flatMap(LocalDate.init(parsing:)).map(Clock.fixed) ?? .system
  }

  /// The working-day calendar: the shipped one and the user's additions.
  func calendar() throws -> WorkingDayCalendar {
    try WorkingDayCalendar.load(configFolder: ConfigPaths().configFolder)
  }

  /// Opens the database (creating it only when `create`), with the operator resolved:
  /// `--operator`, else the last operator, else a prompt at a terminal, else the login name.
  func openStore(create: Bool, needsOperator: Bool) throws -> LastmileStore {
    let store = try LastmileStore.open(
      at: databaseURL, create: create, operatorName: nil, clock: clock, calendar: try calendar())
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
