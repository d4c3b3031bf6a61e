import LastmileCore

/// A table that can be exported, with its columns in the order of PRODUCT.md.
public enum ExportTable: String, CaseIterable, Sendable {
  case households
  case members
  case visits
  case requests
  case cadres

  /// The CSV columns (the import format: export and import round-trip).
  public var csvColumns: [FieldName] {
    switch self {
    case .households:
      [
        .householdNo, .headName, .village, .group, .address, .phone, .categories, .povertyCause,
        .cadre,
        .cardIssuedOn, .notes,
      ]
    case .members:
      [
        .householdNo, .name, .relation, .sex, .birthDate, .idNumber, .phone, .notes, .health,
        .disability, .schooling,
        .tags,
      ]
    case .visits:
      [.date, .cadres, .kind, .householdNo, .village, .hours, .content, .followUpOn]
    case .requests:
      [
        .receivedAt, .channel, .requesterName, .phone, .householdNo, .village, .category, .content,
        .decision, .assignee, .status, .reply, .satisfaction,
      ]
    case .cadres:
      [.name, .role, .unit, .phone, .roleSince, .contactAreas, .contactHouseholds, .notes]
    }
  }

  /// The JSON keys: the CSV columns, with `id`, `number`, `member_count`, `due_on` and `overdue` where
  /// PRODUCT.md documents them.
  public var jsonColumns: [FieldName] {
    switch self {
    case .households: [.id] + csvColumns + [.memberCount]
    case .members, .visits, .cadres: csvColumns
    case .requests: [.id, .requestNumber] + csvColumns + [.dueOn, .overdue]
    }
  }
}

/// The format of an export.
public enum ExportFormat: String, CaseIterable, Sendable, Hashable {
  case csv
  case json
}

/// How an export is written.
public struct ExportOptions: Sendable, Hashable {
  public var format: ExportFormat
  /// Headers and enumeration words in CSV follow the language (JSON always uses codes).
  public var language: Language
  /// Only what a pane shows, in its order; the whole table when nil.
  public var view: ExportView?
  /// A line the CSV file begins with (`# 筛选：…`), saying what it holds.
  public var note: String?
  /// Show ID numbers and phones in full.
  public var unmask: Bool

  public init(
    format: ExportFormat = .csv, language: Language = .zh, unmask: Bool = false,
    view: ExportView? = nil, note: String? = nil
  ) {
    self.format = format
    self.language = language
    self.unmask = unmask
    self.view = view
    self.note = note
  }
}

/// A pane's table as shown: what it keeps (its filter) and in what order (its sort), for an
/// export of exactly that.
public enum ExportView: Sendable, Hashable {
  case roster(RosterFilter, ListingSort)
  case queue(RequestFilter, ListingSort)
  case diary(VisitFilter, ListingSort)

  /// The table the view shows.
  public var table: ExportTable {
    switch self {
    case .roster: .households
    case .queue: .requests
    case .diary: .visits
    }
  }
}
