import Foundation
import LastmileCore

/// Writes a file whole or not at all: text goes to a temporary file beside the target, which
/// takes the target's name only when `commit()` is called. What lastmile writes may hold
/// personal data, so the file is its owner's only (0600).
public struct FileSink: TextSink {
  /// The file being written.
  public let url: URL
  /// The temporary file that takes the name on `commit` (nil: a FIFO or device written directly).
  private let partial: URL?
  private let handle: FileHandle

  /// Starts writing `url`; its folder must exist. A FIFO or a device there (`/dev/null`, a
  /// pipe another program reads) is written directly, never replaced by a file; a symbolic
  /// link is refused (name the file it points to), so that an export never lands somewhere
  /// its user did not name.
  public init(url: URL) throws {
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw StoreError.folderMissing(path: folder.path) }
    self.url = url
    var status = stat()
    if lstat(url.path, &status) == 0 {
      switch status.st_mode & S_IFMT {
      case S_IFLNK: throw StoreError.symbolicLink(path: url.path)
      case S_IFDIR: throw StoreError.isFolder(path: url.path)
      case S_IFIFO, S_IFCHR:
        partial = nil
        guard let handle = FileHandle(forWritingAtPath: url.path) else {
          throw StoreError.writeFailed(path: url.path, problem: FileProblem(errno: errno))
        }
        self.handle = handle
        return
      default: break
      }
    }
    let partial = PartialFiles.name(for: url)
    self.partial = partial
    PartialFiles.register(partial)
    guard
      FileManager.default.createFile(
        atPath: partial.path, contents: nil, attributes: [.posixPermissions: 0o600])
    else {
      PartialFiles.unregister(partial)
      throw StoreError.writeFailed(path: url.path, problem: FileProblem(errno: errno))
    }
    do {
      handle = try FileHandle(forWritingTo: partial)
    } catch {
      throw StoreError.writeFailed(path: url.path, problem: FileProblem(error))
    }
  }

  public mutating func write(_ text: String) throws {
    try write(data: Data(text.utf8))
  }

  /// Writes bytes as they are.
  public mutating func write(data: Data) throws {
    do {
      try handle.write(contentsOf: data)
    } catch {
      throw StoreError.writeFailed(path: url.path, problem: FileProblem(error))
    }
  }

  /// Gives the finished file its name, replacing any file there.
  public func commit() throws {
    guard let partial else {
      try? handle.close()
      return
    }
    do {
      try handle.synchronize()
      try handle.close()
      // rename(2) replaces the target in one step: a reader sees the old file or the new one.
      guard rename(partial.path, url.path) == 0 else {
        throw StoreError.writeFailed(path: url.path, problem: FileProblem(errno: errno))
      }
      PartialFiles.unregister(partial)
    } catch let error as StoreError {
      discard()
      throw error
    } catch {
      discard()
      throw StoreError.writeFailed(path: url.path, problem: FileProblem(error))
    }
  }

  /// Drops what was written.
  public func discard() {
    try? handle.close()
    if let partial {
      try? FileManager.default.removeItem(at: partial)
      PartialFiles.unregister(partial)
    }
  }
}

/// Writes to standard output.
public struct StandardOutputSink: TextSink {
  public init() {}

  public mutating func write(_ text: String) throws {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
