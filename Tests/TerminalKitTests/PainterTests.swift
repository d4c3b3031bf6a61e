import Testing

@testable import TerminalKit

@Suite("Painting by difference")
struct PainterTests {
  @Test("repainting an unchanged 200x60 screen writes nothing")
  func unchangedWritesNothing() {
    var screen = Screen(size: Size(width: 200, height: 60))
    for row in 0..<60 { screen.put("第\(row)行 民情台账 row \(row) 👨‍👩‍👧", x: 0, y: row) }
    let backend = HeadlessBackend(size: screen.size)
    backend.present(screen)
    #expect(backend.output.writes.count > 0)
    backend.output.reset()
    backend.present(screen)
    #expect(backend.output.writes.isEmpty)
  }

  @Test("changing one cell writes one cell")
  func oneCellOneWrite() {
    var screen = Screen(size: Size(width: 200, height: 60))
    screen.put("户籍台账", x: 3, y: 4)
    let backend = HeadlessBackend(size: screen.size)
    backend.present(screen)
    backend.output.reset()
    screen.put("x", x: 100, y: 30)
    backend.present(screen)
    #expect(backend.output.writes.count == 1)
    #expect(backend.output.writes.first?.x == 100)
    #expect(backend.output.writes.first?.y == 30)
  }

  @Test("changing a wide character writes it once, from its left half")
  func wideCharacterOnce() {
    var screen = Screen(size: Size(width: 20, height: 2))
    screen.put("张三", x: 0, y: 0)
    let backend = HeadlessBackend(size: screen.size)
    backend.present(screen)
    backend.output.reset()
    screen.put("李", x: 2, y: 0)
    backend.present(screen)
    #expect(backend.output.writes.map(\.x) == [2])
    #expect(backend.output.writes.first?.cell.text == "李")
  }

  @Test("after invalidation the whole frame is written again")
  func invalidation() {
    let screen = Screen(size: Size(width: 10, height: 3))
    let backend = HeadlessBackend(size: screen.size)
    backend.present(screen)
    backend.output.reset()
    backend.invalidate()
    backend.present(screen)
    #expect(backend.output.writes.count == 30)
  }
}
