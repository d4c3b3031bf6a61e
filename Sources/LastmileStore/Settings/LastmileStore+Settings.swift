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
      (.receptionSchedule, settings.schedule.setting),
    ]
    try write { db, context in
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
