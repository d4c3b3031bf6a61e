import LastmileCore

/// Why a bundle is refused; the database is never touched before a bundle is read whole.
public enum SyncBundleError: Error, Equatable, Sendable {
  /// Not a lastmile bundle at all.
  case notABundle
  /// Shorter than it says it is: cut off on the way.
  case truncated
  /// A byte differs from what was written: altered or damaged.
  case altered
  /// Written by a newer program, in a format this one does not know.
  case newerFormat(Int)
  /// Encrypted, and no passphrase was given.
  case passphraseNeeded
  /// The passphrase does not open it.
  case wrongPassphrase
  /// Written for another office.
  case otherOffice(String)
  /// Written by this very laptop (it holds everything in it already).
  case ownBundle
}

extension SyncBundleError: Localizable {
  public func text(_ language: Language) -> String {
    let words: SyncText =
      switch self {
      case .notABundle: .bundleNotABundle
      case .truncated: .bundleTruncated
      case .altered: .bundleAltered
      case .newerFormat(let format): .bundleNewerFormat(format, SyncBundle.format)
      case .passphraseNeeded: .bundlePassphraseNeeded
      case .wrongPassphrase: .bundleWrongPassphrase
      case .otherOffice(let office): .bundleOtherOffice(office)
      case .ownBundle: .bundleOwn
      }
    return words.text(language)
  }
}
