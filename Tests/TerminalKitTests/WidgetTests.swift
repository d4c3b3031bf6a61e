import Testing

@testable import TerminalKit

@Suite("Widgets")
struct WidgetTests {
  @Test("a table aligns mixed CJK, ASCII and emoji cells by display width and clips them whole")
  func mixedTable() {
    var screen = Screen(size: Size(width: 40, height: 5))
    let table = TableView(
      columns: [
        TableColumn("户号", width: .fixed(6)), TableColumn("户主", width: .fixed(8)),
        TableColumn("人口", width: .fixed(4), alignment: .right),
        TableColumn("备注", width: .flexible(min: 4, weight: 1)),
      ],
      rows: [
        ["0001", "张三丰", "3", "独居老人👴需要探访"], ["0002", "Smith", "12", "mixed 中英 text"],
        ["0003", "欧阳娜娜", "1", "👨‍👩‍👧 一家三口"], ["0004", "李", "", ""],
      ],
      selected: 1, sortColumn: 0, ascending: true)
    table.render(into: &screen, rect: screen.bounds, theme: .monochrome)
    #expect(
      screen.text == """
        户号▲  户主     人口 备注
        0001   张三丰      3 独居老人👴需要探访
        0002   Smith      12 mixed 中英 text
        0003   欧阳娜娜    1 👨‍👩‍👧 一家三口
        0004   李
        """)
    for row in 0..<5 {
      var width = 0
      for x in 0..<40 where !screen[x, row].isContinuation {
        width += screen.measure.width(of: screen[x, row].text)
      }
      #expect(width == 40)
    }
    #expect(screen[0, 2].style == Theme.monochrome.selected)
  }

  @Test("a table too narrow for its cells clips each with the mark, never half a character")
  func clippedTable() {
    var screen = Screen(size: Size(width: 20, height: 3))
    let table = TableView(
      columns: [
        TableColumn("名称", width: .fixed(5)), TableColumn("内容", width: .flexible(min: 3, weight: 1)),
      ],
      rows: [["张三丰", "户主腿脚不便，行动需拐杖。"], ["abcdefg", "🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳"]])
    table.render(into: &screen, rect: screen.bounds, theme: .monochrome)
    #expect(
      screen.text == """
        名称  内容
        张三… 户主腿脚不便…
        abcd… 🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳
        """)
  }

  @Test(
    "a table whose last column wraps gives a long note the lines it needs, the other cells on the first"
  )
  func wrappedLastColumn() {
    var screen = Screen(size: Size(width: 24, height: 5))
    var table = TableView(
      columns: [
        TableColumn("时间", width: .fixed(5)), TableColumn("内容", width: .flexible(min: 3, weight: 1)),
      ],
      rows: [["11-25", "转镇卫生院办理，协助申请慢病卡。"], ["11-26", "电话催办"], ["11-27", "不会显示"]],
      selected: 0)
    table.wrapsLastColumn = true
    table.render(into: &screen, rect: screen.bounds, theme: .monochrome)
    #expect(
      screen.text == """
        时间  内容
        11-25 转镇卫生院办理，协
              助申请慢病卡。
        11-26 电话催办
        11-27 不会显示
        """)
    // The selected row's style covers all its lines.
    #expect(screen[10, 2].style == Theme.monochrome.selected)
    #expect(screen[10, 3].style != Theme.monochrome.selected)
  }

  @Test("a text field moves and deletes by grapheme and parks the caret by display width")
  func textField() {
    var field = TextField("张三👨‍👩‍👧")
    field.handle(.backspace)
    #expect(field.text == "张三")
    field.handle(.character("丰"))
    field.handle(.left)
    field.handle(.left)
    field.handle(.character("x"))
    #expect(field.text == "张x三丰")
    var screen = Screen(size: Size(width: 20, height: 1))
    let caret = field.render(into: &screen, x: 2, y: 0, width: 10, style: .plain)
    #expect(caret == Point(x: 2 + 3, y: 0))
    field.handle(.end)
    field.handle(.control("w"))
    #expect(field.text == "")
    field.text = "to be or not"
    field.handle(.control("w"))
    #expect(field.text == "to be or ")
    field.handle(.home)
    field.handle(.control("k"))
    #expect(field.text == "")
    field.handle(.paste("两行\n文字"))
    #expect(field.text == "两行 文字")
    field.handle(.control("u"))
    #expect(field.text == "")
  }

  @Test("a long field scrolls so that the caret stays in view")
  func scrollingField() {
    let field = TextField("青山镇人民政府社会事务办公室")
    var screen = Screen(size: Size(width: 12, height: 1))
    let caret = field.render(into: &screen, x: 0, y: 0, width: 12, style: .plain)
    #expect(caret.x <= 11)
    #expect(screen.line(0).hasSuffix("事务办公室 ") || screen.line(0).contains("办公室"))
  }

  @Test("a text area wraps by display width and moves up and down by visual line")
  func textArea() {
    var area = TextArea("户主腿脚不便，行动需拐杖。")
    let measure = TextMeasure()
    #expect(area.visualLines(width: 10, measure: measure).count == 3)
    area.handle(.down, width: 10, measure: measure)
    area.handle(.character("X"), width: 10, measure: measure)
    #expect(area.text == "户主腿脚不X便，行动需拐杖。")
    var screen = Screen(size: Size(width: 10, height: 3))
    area.render(into: &screen, rect: screen.bounds, style: .plain)
    #expect(screen.lines == ["户主腿脚不", "X便，行动", "需拐杖。"])
  }

  @Test("Up and Down keep aiming for the column they started from across a shorter line")
  func textAreaGoalColumn() {
    let measure = TextMeasure()
    var area = TextArea()
    area.text = "abcdef\n宽\nabcdef"
    area.handle(.end, width: 20, measure: measure)
    area.handle(.up, width: 20, measure: measure)
    area.handle(.up, width: 20, measure: measure)
    area.handle(.end, width: 20, measure: measure)
    area.handle(.down, width: 20, measure: measure)
    area.handle(.down, width: 20, measure: measure)
    area.handle(.character("X"), width: 20, measure: measure)
    #expect(area.text == "abcdef\n宽\nabcdefX")
  }

  @Test("a scrolled text area moves the caret up within what is shown before it scrolls")
  func textAreaScroll() {
    let measure = TextMeasure()
    var area = TextArea()
    area.text = "一\n二\n三\n四\n五"
    area.scrollToCaret(width: 10, height: 3, measure: measure)
    var screen = Screen(size: Size(width: 10, height: 3))
    area.render(into: &screen, rect: screen.bounds, style: .plain)
    #expect(screen.lines == ["三", "四", "五"])
    area.handle(.up, width: 10, measure: measure)
    area.scrollToCaret(width: 10, height: 3, measure: measure)
    area.render(into: &screen, rect: screen.bounds, style: .plain)
    #expect(screen.lines == ["三", "四", "五"], "the caret moved to 四; nothing scrolled")
    area.handle(.up, width: 10, measure: measure)
    area.handle(.up, width: 10, measure: measure)
    area.scrollToCaret(width: 10, height: 3, measure: measure)
    let caret = area.render(into: &screen, rect: screen.bounds, style: .plain)
    #expect(screen.lines == ["二", "三", "四"])
    #expect(caret.y == 0)
  }

  @Test("a pick list narrows by what is typed and chooses with Enter")
  func pickList() {
    var list = PickList(options: [
      .init(id: "elderly_care", label: "助老帮困", keywords: "zlbk"),
      .init(id: "health", label: "医疗健康", keywords: "yljk"),
      .init(id: "housing", label: "住房", keywords: "zf"),
    ])
    list.handle(.character("z"))
    #expect(list.matches.map(\.id) == ["elderly_care", "housing"])
    list.handle(.down)
    list.handle(.enter)
    #expect(list.chosen == "housing")
    #expect(list.chosenLabel == "住房")
  }

  @Test("a form moves focus with next and previous and shows a field's message")
  func form() {
    var form = FormState(
      title: "设置",
      fields: [
        FormField(id: "a", label: "单位名称", kind: .text(TextField())),
        FormField(id: "b", label: "期限", kind: .text(TextField("7")), required: true),
        FormField(
          id: "c", label: "类别", kind: .pick(PickList(options: [.init(id: "x", label: "住房")]))),
      ])
    #expect(form.edit(.character("青")) == .edited("a"))
    #expect(form.focusNext() == "a")
    form.setMessage("应为 1 到 60 的整数", for: "b")
    #expect(form.focusPrevious() == "b")
    #expect(form["a"] == "青")
    var screen = Screen(size: Size(width: 40, height: 9))
    let caret = FormView(form: form, hints: "Ctrl-S 保存").render(
      into: &screen, rect: screen.bounds, theme: .monochrome)
    #expect(
      screen.text == """
        ┌─ 设置 ───────────────────────────────┐
        │ 单位名称 青                          │
        │    期限* 7                           │
        │          应为 1 到 60 的整数         │
        │     类别                             │
        │                                      │
        │                                      │
        │ Ctrl-S 保存                          │
        └──────────────────────────────────────┘
        """)
    #expect(caret == Point(x: 13, y: 1))
  }

  @Test(
    "a digit chooses an option and says so; other text typed there goes to the next text field")
  func digitChoiceKeepsText() {
    let options = [DigitChoice.Option(id: "m", label: "男"), .init(id: "f", label: "女")]
    var form = FormState(
      title: "成员",
      fields: [
        FormField(id: "sex", label: "性别", kind: .digits(DigitChoice(options: options))),
        FormField(id: "name", label: "姓名", kind: .text(TextField())),
      ])
    #expect(form.edit(.character("2")) == .chose("sex"))
    #expect(form["sex"] == "f")
    #expect(form.edit(.character("2")) == .chose("sex"), "the same option again answers too")
    #expect(form.edit(.left) == .edited("sex"), "an arrow steps without moving on")
    #expect(form.edit(.character("张")) == .edited("name"))
    #expect(form.focus == 1)
    #expect(form["name"] == "张")
    #expect(form["sex"] == "m")
    #expect(form.edit(.left) == .none, "a caret that moves is no change")
  }

  @Test("a long message on the status line cuts the facts, never the pinned overdue count")
  func statusLinePinned() {
    var screen = Screen(size: Size(width: 80, height: 1))
    let line = StatusLine(
      left: "lastmile.db · 操作人 王主任 · 2026-11-25 · 3 户", pinned: "逾期 12", right: "? 帮助  q 退出",
      message: (String(repeating: "已保存", count: 12), .plain))
    line.render(into: &screen, rect: screen.bounds, theme: .monochrome)
    #expect(screen.text.contains("逾期 12"))
    #expect(screen.text.contains("已保存"))
    let quiet = StatusLine(left: "lastmile.db · 3 户", pinned: "逾期 12", right: "? 帮助  q 退出")
    quiet.render(into: &screen, rect: screen.bounds, theme: .monochrome)
    #expect(screen.text.hasPrefix(" lastmile.db · 3 户 · 逾期 12"))
    #expect(screen.text.hasSuffix("? 帮助  q 退出"))
  }

  @Test("the help overlay lists sections of keys in a box")
  func help() {
    var screen = Screen(size: Size(width: 40, height: 10))
    HelpOverlay(
      title: "按键帮助", sections: [.init(title: "任何地方", entries: [("q", "退出"), ("<F1> ?", "按键帮助")])],
      footer: "Esc 关闭"
    ).render(into: &screen, in: screen.bounds, theme: .monochrome)
    #expect(
      screen.text == """

         ┌─ 按键帮助 ─────────────────────────┐
         │ 任何地方                           │
         │  q       退出                      │
         │  <F1> ?  按键帮助                  │
         │                                    │
         │                                    │
         │              Esc 关闭              │
         └────────────────────────────────────┘

        """)
  }

  @Test("bars scale to the largest value and the ASCII glyphs replace box drawing")
  func barChartASCII() {
    var screen = Screen(size: Size(width: 30, height: 5), glyphs: .ascii)
    screen.box(Rect(x: 0, y: 0, width: 30, height: 5), title: "诉求")
    BarChart(bars: [
      .init(label: "登记", value: 10), .init(label: "已办结", value: 40), .init(label: "逾期", value: 0),
    ])
    .render(into: &screen, rect: Rect(x: 1, y: 1, width: 28, height: 3), theme: .monochrome)
    #expect(
      screen.text == """
        +- 诉求 ---------------------+
        |登记   #### 10              |
        |已办结 ################# 40 |
        |逾期    0                   |
        +----------------------------+
        """)
  }
}

@Suite("Date fields")
struct DateFieldTests {
  @Test("typing at the end of a whole date starts another instead of being dropped")
  func typingReplacesAWholeDate() {
    var form = FormState(
      title: "",
      fields: [
        FormField(id: "day", label: "日期", kind: .date(TextField("2026-11-29", maxLength: 10)))
      ])
    for character in "2026-11-25" { _ = form.edit(.character(character)) }
    #expect(form["day"] == "2026-11-25")
    _ = form.edit(.backspace)
    _ = form.edit(.character("4"))
    #expect(form["day"] == "2026-11-24")
  }

  @Test("Up and Down on a date ask its owner to move it by a day")
  func upAndDownMoveADate() {
    var form = FormState(
      title: "",
      fields: [
        FormField(id: "day", label: "日期", kind: .date(TextField("2026-11-29", maxLength: 10)))
      ])
    #expect(form.edit(.up) == .adjustDate("day", 1))
    #expect(form.edit(.down) == .adjustDate("day", -1))
  }
}
