import Foundation
import LastmileCore

/// A table that can be imported from CSV, with the columns it takes.
public enum ImportTable: String, CaseIterable, Sendable {
  case households
  case members
  case requests
  case visits
  case cadres

  /// The table's name for people.
  public func title(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .households: return l(.importedHouseholds)
    case .members: return l(.importedMembers)
    case .requests: return l(.importedRequests)
    case .visits: return l(.importedVisits)
    case .cadres: return l(.importedCadres)
    }
  }

  /// The columns the file must have.
  public var required: [FieldName] {
    switch self {
    case .households: [.householdNo, .headName]
    case .members: [.householdNo, .name]
    case .requests: [.receivedAt, .requesterName, .category, .content]
    case .visits: [.date, .cadres, .kind, .content]
    case .cadres: [.name, .role]
    }
  }

  /// Every column read; others are ignored with a warning.
  public var accepted: [FieldName] {
    switch self {
    case .households: ExportTable.households.csvColumns
    case .members: ExportTable.members.csvColumns
    case .requests: ExportTable.requests.csvColumns
    case .visits: ExportTable.visits.csvColumns
    case .cadres: ExportTable.cadres.csvColumns
    }
  }

  /// The column a header names (Chinese or English, any case), or nil.
  func column(for header: String) -> FieldName? {
    let trimmed = header.trimmingCharacters(in: .whitespaces).replacingOccurrences(
      of: "\u{FEFF}", with: "")
    let lowered = trimmed.lowercased()
    return accepted.first { $0.chinese == trimmed || $0.rawValue == lowered }
      ?? accepted.first { Self.aliases[trimmed] == $0 }
  }

  /// Other headers met in offices' ledgers.
  private static let aliases: [String: FieldName] = [
    "户主姓名": .headName, "村/社区": .village, "村社区": .village, "社区": .village, "村民小组": .group,
    "网格": .group,
    "小组": .group, "联系电话": .phone, "手机": .phone, "户类别": .categories, "联系人": .cadre, "包保干部": .cadre,
    "成员姓名": .name, "关系": .relation, "出生年月": .birthDate, "公民身份号码": .idNumber, "身份证": .idNumber,
    "来访时间": .receivedAt, "登记日期": .receivedAt, "来访日期": .receivedAt, "反映问题": .content,
    "诉求内容": .content,
    "走访日期": .date, "走访干部": .cadres, "走访类型": .kind, "走访户": .householdNo, "时长（小时）": .hours,
    "姓名": .requesterName, "诉求类别": .category, "问题类别": .category, "办理情况": .reply, "答复情况": .reply,
    "职务": .role, "干部类别": .role, "任职时间": .roleSince, "联系村": .contactAreas, "包联村": .contactAreas,
    "联系点位": .contactAreas, "包保户": .contactHouseholds, "联系户户号": .contactHouseholds,
  ]
}
