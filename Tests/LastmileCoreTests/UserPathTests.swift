import Foundation
import Testing

@testable import LastmileCore

@Suite("Typed paths")
struct UserPathTests {
  @Test("~ is the home folder from HOME; other paths are kept, spaces around them dropped")
  func tilde() {
    let environment = ["HOME": "/home/cadre"]
    #expect(UserPath.expanded("~/户籍.csv", environment: environment) == "/home/cadre/户籍.csv")
    #expect(UserPath.expanded(" ~ ", environment: environment) == "/home/cadre")
    #expect(UserPath.expanded("~other/x.csv", environment: environment) == "~other/x.csv")
    #expect(UserPath.expanded("/tmp/a.csv", environment: environment) == "/tmp/a.csv")
    #expect(UserPath.url("~/a.db", environment: environment).path == "/home/cadre/a.db")
  }
}
