import Foundation

/// Why the system refused to read or write a file, in words a user can act on; what the system
/// said is kept for the support log, never shown.
public enum FileProblem: Error, Sendable, Equatable, Localizable {
  case permissionDenied
  case notFound
  case notAFolder
  case alreadyExists
  case diskFull
  case readOnlyFileSystem
  /// It was read, but it is not UTF-8 text.
  case notUTF8
  /// Anything else; `detail` is the system's own message, for the log.
  case other(detail: String)

  /// The problem an `errno` value names.
  public init(errno code: Int32) {
    switch code {
    case EACCES, EPERM: self = .permissionDenied
    case ENOENT: self = .notFound
    case ENOTDIR: self = .notAFolder
    case EEXIST: self = .alreadyExists
    case ENOSPC, EDQUOT: self = .diskFull
    case EROFS: self = .readOnlyFileSystem
    default: self = .other(detail: String(cString: strerror(code)))
    }
  }

  /// The problem a Foundation error names (its POSIX cause where it has one).
  public init(_ error: Error) {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      self.init(errno: Int32(underlying.code))
    } else if nsError.domain == NSPOSIXErrorDomain {
      self.init(errno: Int32(nsError.code))
    } else if let cocoa = error as? CocoaError {
      switch cocoa.code {
      case .fileReadNoPermission, .fileWriteNoPermission: self = .permissionDenied
      case .fileNoSuchFile, .fileReadNoSuchFile: self = .notFound
      case .fileWriteOutOfSpace: self = .diskFull
      case .fileWriteVolumeReadOnly: self = .readOnlyFileSystem
      case .fileWriteFileExists: self = .alreadyExists
      default: self = .other(detail: String(describing: error))
      }
    } else {
      self = .other(detail: String(describing: error))
    }
  }

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .permissionDenied: return l(.filePermissionDenied)
    case .notFound: return l(.fileNotFound)
    case .notAFolder: return l(.fileNotAFolder)
    case .alreadyExists: return l(.fileAlreadyExists)
    case .diskFull: return l(.fileDiskFull)
    case .readOnlyFileSystem: return l(.fileReadOnlyFileSystem)
    case .notUTF8: return l(.fileNotUTF8)
    case .other: return l(.fileOtherProblem)
    }
  }
}
