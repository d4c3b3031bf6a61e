/// The settings kept in the database, by key.
enum SettingKey: String {
  /// This device's id, made when the database is first opened here.
  case deviceId = "device_id"
  /// The operator of the last session.
  case lastOperator = "last_operator"
  /// Working days from receipt to the reply.
  case replyWorkingDays = "deadline.reply_working_days"
  /// Calendar days from a transfer to the answer.
  case transferDays = "deadline.transfer_days"
  /// Working days left at which a waiting request is due soon.
  case dueSoonWorkingDays = "deadline.due_soon_working_days"
  /// The office's name, for reports.
  case officeName = "office.name"
  /// The leaders and departments requests can be transferred to, one per line.
  case transferTargets = "transfer.targets"
  /// The version of the search documents, to rebuild them when it changes.
  case searchVersion = "search.version"
}
