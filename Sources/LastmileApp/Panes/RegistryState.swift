import Foundation
import LastmileCore
import LastmileStore

/// The cadre registry open over the review: every live cadre, how they stand this month.
public struct CadreListState: Sendable, Equatable {
  public var rows: [CadreSummary]
  public var selected = 0
  /// The month the shortfall is counted over.
  public var period: Period
  /// What was last searched for, for the next match.
  public var query: String?

  public init(rows: [CadreSummary], period: Period, selecting id: UUID? = nil) {
    self.rows = rows
    self.period = period
    selected = id.flatMap { id in rows.firstIndex { $0.cadre.id == id } } ?? 0
  }

  public var selectedCadre: CadreSummary? { rows.indices.contains(selected) ? rows[selected] : nil }

  /// The first row from `start` on (round to the top) whose name, its pinyin or its initials
  /// hold `query`.
  public func match(_ query: String, from start: Int) -> Int? {
    let needle = query.trimmingCharacters(in: .whitespaces).lowercased()
    guard !needle.isEmpty, !rows.isEmpty else { return nil }
    for offset in 0..<rows.count {
      let index = (start + offset) % rows.count
      let name = rows[index].cadre.name
      if name.contains(needle) || Pinyin.full(name).contains(needle)
        || Pinyin.initials(name).hasPrefix(needle)
      {
        return index
      }
    }
    return nil
  }
}

/// A cadre's own view: their record, roles, contacts with their history, and quotas; the keys
/// move over the contacts, then the quotas.
public struct CadreViewState: Sendable, Equatable {
  public var detail: CadreDetail
  public var selected = 0

  public init(detail: CadreDetail, selected: Int = 0) {
    self.detail = detail
    self.selected = max(0, min(selected, detail.contacts.count + Self.quotaCount(detail) - 1))
  }

  static func quotaCount(_ detail: CadreDetail) -> Int {
    detail.compliance.reduce(0) { $0 + $1.results.count }
  }

  /// The quotas in the order shown, each with the role part it belongs to.
  public var quotas: [(part: RoleCompliance, result: QuotaResult)] {
    detail.compliance.flatMap { part in part.results.map { (part, $0) } }
  }

  public var itemCount: Int { detail.contacts.count + Self.quotaCount(detail) }

  /// The contact the keys are on, if they are on one.
  public var selectedContact: CadreContact? {
    detail.contacts.indices.contains(selected) ? detail.contacts[selected] : nil
  }

  /// The quota the keys are on, if they are on one.
  public var selectedQuota: (part: RoleCompliance, result: QuotaResult)? {
    let index = selected - detail.contacts.count
    let quotas = quotas
    return quotas.indices.contains(index) ? quotas[index] : nil
  }
}

/// The areas open over the review, in their tree.
public struct AreaListState: Sendable, Equatable {
  public var rows: [AreaChoice]
  public var selected = 0

  public init(rows: [AreaChoice], selecting id: UUID? = nil) {
    self.rows = rows
    selected = id.flatMap { id in rows.firstIndex { $0.id == id } } ?? 0
  }

  public var selectedArea: AreaChoice? { rows.indices.contains(selected) ? rows[selected] : nil }
}
