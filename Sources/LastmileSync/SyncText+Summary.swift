import LastmileStore

extension SyncText {
  /// What a merge changed, in one line (the rows brought back said after it).
  public static func summary(_ summary: SyncSummary) -> [SyncText] {
    var lines: [SyncText] =
      summary.operations == 0
      ? [.mergedNothing]
      : [
        .mergedBundle(
          summary.operations, summary.households, summary.members, summary.requests,
          summary.visits)
      ]
    if summary.conflicts > 0 { lines.append(.mergedConflicts(summary.conflicts)) }
    if summary.revived > 0 { lines.append(.mergedRevived(summary.revived)) }
    return lines
  }
}
