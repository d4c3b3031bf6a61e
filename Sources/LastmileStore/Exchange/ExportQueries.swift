import Foundation
import GRDB
import LastmileCore

/// The queries behind each export, and how a row becomes cells.
struct ExportQueries {
  let today: LocalDate
  let unmask: Bool
  let categories: [RequestCategory]
  let rules: Rules

  /// The village of an area: the area itself, or a group's parent.
  static let villageJoin = """
    LEFT JOIN area g ON g.id = t.area_id
    LEFT JOIN area v ON v.id = CASE WHEN g.level = 'group' THEN g.parent_id ELSE g.id END
    """

  /// The query of `table`, narrowed to `condition` and in `order` where given (a pane's view).
  func sql(_ table: ExportTable, condition: String? = nil, order: String? = nil) -> String {
    let base = sql(table)
    guard let condition, let order else { return base }
    let whereAt = base.range(of: "WHERE t.deleted_at IS NULL", options: .backwards)!
    return base[..<whereAt.lowerBound] + "WHERE \(condition) ORDER BY \(order)"
  }

  func sql(_ table: ExportTable) -> String {
    switch table {
    case .households:
      return """
        SELECT t.*, v.name AS village_name, CASE WHEN g.level = 'group' THEN g.name END AS group_name,
          (SELECT group_concat(c.name, '、') FROM contact_assignment ca JOIN cadre c ON c.id = ca.cadre_id
            WHERE ca.household_id = t.id AND ca.deleted_at IS NULL AND ca.starts_on <= :today
              AND (ca.ends_on IS NULL OR ca.ends_on >= :today)) AS cadre_names,
          (SELECT count(*) FROM member m WHERE m.household_id = t.id AND m.deleted_at IS NULL) AS member_count
        FROM household t \(ExportQueries.villageJoin)
        WHERE t.deleted_at IS NULL ORDER BY t.household_no
        """
    case .members:
      return """
        SELECT t.*, h.household_no FROM member t JOIN household h ON h.id = t.household_id
        WHERE t.deleted_at IS NULL AND h.deleted_at IS NULL
        ORDER BY h.household_no, t.relation <> 'head', t.birth_date, t.name
        """
    case .visits:
      return """
        SELECT t.*, v.name AS village_name,
          (SELECT group_concat(name, '、') FROM (SELECT c.name FROM visit_cadre vc JOIN cadre c ON c.id = vc.cadre_id
            WHERE vc.visit_id = t.id ORDER BY vc.position)) AS cadre_names,
          (SELECT group_concat(h.household_no, '、') FROM visit_household vh JOIN household h ON h.id = vh.household_id
            WHERE vh.visit_id = t.id) AS household_numbers
        FROM visit t \(ExportQueries.villageJoin)
        WHERE t.deleted_at IS NULL ORDER BY t.visited_on, t.id
        """
    case .requests:
      return """
        SELECT t.*, v.name AS village_name, h.household_no
        FROM help_request t \(ExportQueries.villageJoin)
        LEFT JOIN household h ON h.id = t.household_id
        WHERE t.deleted_at IS NULL ORDER BY t.received_at, t.id
        """
    case .cadres:
      // A contact point by its path from the township (`青山镇/石桥村`), so that it is found again.
      return """
        SELECT t.*,
          (SELECT group_concat(path, '、') FROM (SELECT coalesce(p2.name || '/', '') || coalesce(p.name || '/', '')
            || a.name AS path FROM contact_assignment ca JOIN area a ON a.id = ca.area_id
            LEFT JOIN area p ON p.id = a.parent_id LEFT JOIN area p2 ON p2.id = p.parent_id
            WHERE ca.cadre_id = t.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
            ORDER BY ca.starts_on)) AS contact_areas,
          (SELECT group_concat(household_no, '、') FROM (SELECT h.household_no FROM contact_assignment ca
            JOIN household h ON h.id = ca.household_id
            WHERE ca.cadre_id = t.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
            ORDER BY h.household_no)) AS contact_households
        FROM cadre t WHERE t.deleted_at IS NULL ORDER BY t.name_pinyin, t.name
        """
    }
  }

  func cells(_ table: ExportTable, _ row: Row) throws -> [FieldName: ExportCell] {
    switch table {
    case .households:
      let household = try Household(row: row)
      return [
        .id: .text(household.id.databaseText), .householdNo: .text(household.householdNo),
        .headName: .text(household.headName), .village: .text(row["village_name"] ?? ""),
        .group: .text(row["group_name"] ?? ""), .address: .text(household.address),
        .phone: .text(phone(household.phone)),
        .categories: .codedList(household.categories.map { ($0.rawValue, $0.chinese) }),
        .povertyCause: .coded(household.povertyCause), .cadre: .text(row["cadre_names"] ?? ""),
        .cardIssuedOn: .date(household.cardIssuedOn), .notes: .text(household.notes),
        .memberCount: .number(Double(row["member_count"] as Int? ?? 0)),
      ]
    case .members:
      let member = try Member(row: row)
      return [
        .householdNo: .text(row["household_no"]), .name: .text(member.name),
        .relation: .coded(member.relation), .sex: .coded(member.sex),
        .birthDate: .date(member.birthDate),
        .idNumber: .idNumber(
          unmask || member.idNumber.isEmpty ? member.idNumber : Masking.idNumber(member.idNumber)),
        .phone: .text(phone(member.phone)), .notes: .text(member.notes),
        .health: .text(member.health),
        .disability: .text(member.disability), .schooling: .text(member.schooling),
        .tags: .list(member.tags),
      ]
    case .visits:
      let visit = try Visit(row: row)
      return [
        .date: .date(visit.date), .cadres: .text(row["cadre_names"] ?? ""),
        .kind: .coded(visit.kind),
        .householdNo: .text(row["household_numbers"] ?? ""),
        .village: .text(row["village_name"] ?? ""),
        .hours: .number(visit.hours), .content: .text(visit.content),
        .followUpOn: .date(visit.followUpOn),
      ]
    case .requests:
      let request = try HelpRequest(row: row)
      let category = RequestCategory.find(request.category, in: categories)
      return [
        .id: .text(request.id.databaseText), .requestNumber: .text(request.number),
        .receivedAt: .dateTime(request.receivedAt),
        .channel: .coded(request.channel), .requesterName: .text(request.requester.name),
        .phone: .text(phone(request.requester.phone)),
        .householdNo: .text(row["household_no"] ?? ""),
        .village: .text(row["village_name"] ?? ""),
        .category: .coded(code: request.category, chinese: category?.chinese ?? request.category),
        .content: .text(request.content), .decision: .coded(request.decision),
        .assignee: .text(request.assignee), .status: .coded(request.status),
        .reply: .text(request.reply),
        .satisfaction: .coded(request.satisfaction), .dueOn: .date(request.dueOn),
        .overdue: .bool(request.isOverdue(on: today)),
      ]
    case .cadres:
      let cadre = try Cadre(row: row)
      return [
        .name: .text(cadre.name),
        .role: .coded(code: cadre.role.rawValue, chinese: cadre.role.label(rules, .zh)),
        .unit: .text(cadre.unit), .phone: .text(phone(cadre.phone)),
        .roleSince: .date(cadre.roleSince), .contactAreas: .text(row["contact_areas"] ?? ""),
        .contactHouseholds: .text(row["contact_households"] ?? ""), .notes: .text(cadre.notes),
      ]
    }
  }

  private func phone(_ number: String) -> String {
    unmask || number.isEmpty ? number : Masking.phone(number)
  }
}
