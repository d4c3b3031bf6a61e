/// The settings kept in the database, by key.
enum SettingKey: String, CaseIterable {
  /// This device's id, made when the database is first opened here.
  case deviceId = "device_id"
  /// The operator of the last session.
  case lastOperator = "last_operator"
  /// The office's name, for reports.
  case officeName = "office.name"
  /// The leaders and departments requests can be transferred to, one per line.
  case transferTargets = "transfer.targets"
  /// When the reception day is held (`3 15:00-17:40`, then `move` and `makeup` when set).
  case receptionSchedule = "reception.schedule"
  /// The leaders who take the reception days in turn, one per line, in the rota's order.
  case dutyLeaders = "duty.leaders"
  /// `yes` when closing a request needs a second person's approval.
  case closeApproval = "close.approval"
  /// The category codes answered in writing, one per line.
  case writtenCategories = "reply.written"
  /// The request categories, one a line: `code|中文|english|short english`.
  case categories = "request.categories"
  /// The phrase book, one a line.
  case phrases = "phrases"
  /// The version of the search documents, to rebuild them when it changes.
  case searchVersion = "search.version"

  /// Whether the setting is the office's, carried to the other laptops by sync; else this
  /// laptop's alone.
  var isOffices: Bool {
    switch self {
    case .deviceId, .lastOperator, .searchVersion: false
    case .officeName, .transferTargets, .receptionSchedule, .dutyLeaders, .closeApproval,
      .writtenCategories, .categories, .phrases:
      true
    }
  }

  /// The office's keys, which sync carries.
  static var offices: [SettingKey] { allCases.filter(\.isOffices) }
}
