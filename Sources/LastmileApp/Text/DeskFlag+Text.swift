import LastmileCore

/// How each desk flag is said: its name, in short with a count, in full, of one request.
extension DeskFlag {
  var name: AppText {
    switch self {
    case .undecided: .flagUndecided
    case .notTransferred: .flagNotTransferred
    case .returned: .flagReturned
    }
  }

  func short(_ count: Int, since: String) -> AppText {
    switch self {
    case .undecided: .flagShortUndecided(count, since)
    case .notTransferred: .flagShortNotTransferred(count, since)
    case .returned: .flagShortReturned(count, since)
    }
  }

  func full(_ count: Int, since: LocalDate) -> AppText {
    switch self {
    case .undecided: .flagFullUndecided(count, since)
    case .notTransferred: .flagFullNotTransferred(count, since)
    case .returned: .flagFullReturned(count, since)
    }
  }

  func ofRequest(since: LocalDate) -> AppText {
    switch self {
    case .undecided: .flagOfRequestUndecided(since)
    case .notTransferred: .flagOfRequestNotTransferred(since)
    case .returned: .flagOfRequestReturned(since)
    }
  }
}
