import Foundation
import Testing

/// Compares a whole frame with the one recorded in `Frames/NAME.txt`.
///
/// With `LASTMILE_RECORD_FRAMES=1` in the environment the frame is written instead, to be read
/// by a person before it is committed.
func expectFrame(
  _ frame: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Frames/\(name).txt")
  if ProcessInfo.processInfo.environment["LASTMILE_RECORD_FRAMES"] == "1" {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try (frame + "\n").write(to: url, atomically: true, encoding: .utf8)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(frame + "\n" == expected, "frame \(name) differs", sourceLocation: sourceLocation)
}
