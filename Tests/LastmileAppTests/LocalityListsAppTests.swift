import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("The locality's categories in the panes")
struct LocalityListsAppTests {
  @Test(
    "a category added in the settings is offered at the desk by its key, and named in the queue")
  func newCategoryAtTheDesk() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    var settings = try store.localitySettings()
    settings.categories = RequestCategory.parse(
      lines: RequestCategory.lines(Array(RequestCategory.defaults.prefix(11))) + "\n农村饮水 water",
      known: settings.categories)
    try store.saveLocalitySettings(settings)
    let app = try AppHarness(store: store, folder: folder, size: Size(width: 120, height: 40))
    app.press(.character("R"))
    #expect(app.frame.contains("= 农村饮水"))
    app.type("赵六")
    app.press(.tab, .tab, .tab, .character("="))
    #expect(app.runner.state.reception?.form["category"] == "农村饮水")
  }
}
