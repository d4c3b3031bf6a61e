import Foundation
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// Where `export --out` may write: a new or regular file (replaced whole, its owner's only), a
/// FIFO written directly, never through a symbolic link.
@Suite("What an export's --out replaces")
struct FileSinkTargetTests {
  @Test("a symbolic link is refused and the file it points to stays as it was")
  func symbolicLinkRefused() throws {
    let folder = TemporaryFolder()
    let target = folder.file("real.txt")
    try "keep".write(to: target, atomically: true, encoding: .utf8)
    let link = folder.file("link.csv")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    #expect(throws: StoreError.symbolicLink(path: link.path)) { _ = try FileSink(url: link) }
    #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
    let attributes = try FileManager.default.attributesOfItem(atPath: link.path)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
  }

  @Test("a FIFO is written directly and stays a FIFO")
  func fifoWrittenDirectly() throws {
    let folder = TemporaryFolder()
    let fifo = folder.file("pipe")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let received = folder.file("received.txt")
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/sh")
    reader.arguments = ["-c", "cat \"$0\" > \"$1\"", fifo.path, received.path]
    try reader.run()
    var sink = try FileSink(url: fifo)
    try sink.write("户号,户主\n")
    try sink.commit()
    reader.waitUntilExit()
    #expect(try String(contentsOf: received, encoding: .utf8) == "户号,户主\n")
    var status = stat()
    #expect(lstat(fifo.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
  }

  @Test("a regular file of 0644 is replaced whole by one of 0600")
  func regularFileReplacedPrivate() throws {
    let folder = TemporaryFolder()
    let file = folder.file("out.csv")
    try "old".write(to: file, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
    var sink = try FileSink(url: file)
    try sink.write("new")
    try sink.commit()
    #expect(try String(contentsOf: file, encoding: .utf8) == "new")
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
  }
}
