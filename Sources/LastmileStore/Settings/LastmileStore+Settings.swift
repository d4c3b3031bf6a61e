import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// The locality's settings, the documents' defaults where none were set; the deadlines are
  /// the rules' (one source for them).
  public func localitySettings() throws -> LocalitySettings {
    try read { db in
      var settings = LocalitySettings()
      settings.officeName = try SettingsAccess.get(db, .officeName) ?? ""
      settings.policy = rules.deadlines
      if let targets = try SettingsAccess.get(db, .transferTargets) {
        settings.transferTargets = targets.split(separator: "\n").map(String.init)
      }
      settings.closeNeedsApproval = try SettingsAccess.get(db, .closeApproval) == "yes"
      if let written = try SettingsAccess.get(db, .writtenCategories) {
        settings.writtenCategories = Set(written.split(separator: "\n").map(String.init))
      }
      if let lines = try SettingsAccess.get(db, .categories) {
        let categories = lines.split(separator: "\n").compactMap { line -> RequestCategory? in
          let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
          guard parts.count == 4 else { return nil }
          return RequestCategory(
            code: parts[0], chinese: parts[1], english: parts[2], shortEnglish: parts[3])
        }
        if !categories.isEmpty { settings.categories = categories }
      }
      if let phrases = try SettingsAccess.get(db, .phrases) {
        settings.phrases = phrases.split(separator: "\n").map(String.init)
      }
      if let leaders = try SettingsAccess.get(db, .dutyLeaders) {
        settings.dutyLeaders = leaders.split(separator: "\n").map(String.init)
      }
      if let schedule = try SettingsAccess.get(db, .receptionSchedule).flatMap(
        ReceptionSchedule.init(setting:))
      {
        settings.schedule = schedule
      }
      return settings
    }
  }

  /// Saves the locality's settings (its deadlines are the rules file's, not saved here); each
  /// change is recorded in the audit log.
  public func saveLocalitySettings(_ settings: LocalitySettings) throws {
    func lines(_ list: [String]) -> String {
      list.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(
        separator: "\n")
    }
    let values: [(SettingKey, String)] = [
      (.officeName, settings.officeName.trimmingCharacters(in: .whitespaces)),
      (.transferTargets, lines(settings.transferTargets)),
      (.dutyLeaders, lines(settings.dutyLeaders)),
      (.closeApproval, settings.closeNeedsApproval ? "yes" : "no"),
      (.writtenCategories, lines(settings.writtenCategories.sorted())),
      (
        .categories,
        settings.categories.map {
          [$0.code, $0.chinese, $0.english, $0.shortEnglish].joined(separator: "|")
        }.joined(separator: "\n")
      ),
      (.phrases, lines(settings.phrases)),
      (.receptionSchedule, settings.schedule.setting),
    ]
    let most = LocalitySettings.mostCategories
    guard (1...most).contains(settings.categories.count) else {
      throw StoreError.invalidRecord([FieldProblem(.category, .count(most: most))])
    }
    let current = try localitySettings().categories
    try write { db, context in
      // A category taken away that requests still use is refused: they would lose their name.
      let kept = settings.categories.map(\.code)
      if let row = try Row.fetchOne(
        db,
        sql: """
          SELECT category, count(*) AS n FROM help_request
          WHERE deleted_at IS NULL AND category NOT IN (\(kept.map { _ in "?" }.joined(separator: ", ")))
          GROUP BY category ORDER BY n DESC LIMIT 1
          """, arguments: StatementArguments(kept))
      {
        let code: String = row["category"]
        let name = current.first { $0.code == code }?.chinese ?? code
        throw StoreError.invalidRecord([FieldProblem(.category, .inUse(name, row["n"]))])
      }
      for (key, value) in values {
        let old = try SettingsAccess.get(db, key)
        guard old != value else { continue }
        try SettingsAccess.set(db, key, value)
        try db.appendAudit(
          table: "setting", rowId: key.rawValue, action: "update",
          before: [("value", old?.databaseValue ?? .null)], after: [("value", value.databaseValue)],
          note: "",
          context: context)
      }
    }
  }

  /// How many live requests are in each status.
  public func requestCountsByStatus() throws -> [RequestStatus: Int] {
    try read { db in
      var counts: [RequestStatus: Int] = [:]
      for row in try Row.fetchAll(
        db,
        sql:
          "SELECT status, count(*) AS n FROM help_request WHERE deleted_at IS NULL GROUP BY status")
      {
        if let status = RequestStatus(rawValue: row["status"]) { counts[status] = row["n"] }
      }
      return counts
    }
  }
}
