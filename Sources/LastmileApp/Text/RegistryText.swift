import LastmileCore

/// The registry's words: the cadres, a cadre's view, the areas, and their forms.
public enum RegistryText: LocalizedText {
  case cadresTitle(Int, String)
  case cadreTitle(String)
  case areasTitle(Int)
  case columnName
  case columnAreaName
  case columnRole
  case columnUnit
  case columnPhone
  case columnSince
  case columnContacts
  case columnShort
  case columnLevel
  case contactsCount(Int, Int)
  case shortBy(Int)
  case allMet
  case noQuota
  case noCadres
  case noAreas
  case cadreLine(String, String, String)
  case roleSinceUnknown
  case pastRole(String, String, String)
  case contactsHeader
  case noContacts
  case contactInForce(String)
  case contactEnded(String, String)
  case endedEarly
  case quotasHeader(String)
  case quotasPart(String, String)
  case quotaLine(String, Int, Int, String)
  case quotaMet
  case keptLine(Int, Int, Int, String)
  case quotaShort(Int)
  case evidenceTitle(String, String)
  case evidenceNone
  case reviewRegistryHint(String, String)
  case cadreFormNew
  case cadreFormEdit(String)
  case fieldRole
  case fieldRoleSince
  case fieldUnit
  case contactHouseholdTitle(String)
  case contactAreaTitle(String)
  case fieldHousehold
  case fieldStartsOn
  case endContactTitle(String)
  case fieldEndsOn
  case areaFormNew
  case areaFormEdit(String)
  case fieldLevel
  case fieldAreaName
  case fieldParent
  case topLevel
  case retireCadreConfirm(String, Int)
  case retireAreaConfirm(String)
  case retireTitle
  case cadreSaved(String)
  case cadreRetired(String)
  case contactAdded(String)
  case contactEndedMessage(String)
  case contactEndedEarlyWarning(String)
  case areaSaved(String)
  case areaRetired(String)
  case cadreGone
  case cadreSearchTitle
  case cadreSearchField
  case cadreNotFound(String)
  case keySearch
  case helpOpenCadre
  case helpSearchCadre
  case helpSearchNextCadre
  case helpAddCadre
  case helpEditCadre
  case helpRetireCadre
  case helpEvidence
  case helpEndContact
  case helpAddArea
  case helpRenameArea
  case helpRetireArea
  case noLaterMonth
  case keyEvidence
  case keyAdd
  case keyEdit
  case keyRetire
  case keyRetireCadre
  case keyEndContact
  case keyMonths
  case keyBack
  case keyOpenCadre
  case keyContactHousehold
  case keyContactArea

  public var translations: Translations {
    switch self {
    case .cadresTitle(let count, let period):
      Translations("干部名册 · \(count) 人 · \(period)", "Cadres · \(count) · \(period)")
    case .cadreTitle(let name): Translations("干部 · \(name)", "Cadre · \(name)")
    case .areasTitle(let count): Translations("地方 · \(count) 个", "Areas · \(count)")
    case .columnName: Translations("姓名", "Name")
    case .columnAreaName: Translations("名称", "Name")
    case .columnRole: Translations("角色", "Role")
    case .columnUnit: Translations("单位", "Unit")
    case .columnPhone: Translations("电话", "Phone")
    case .columnSince: Translations("任职", "Since")
    case .columnContacts: Translations("联系点/户", "Points/hh")
    case .columnShort: Translations("本月", "Month")
    case .columnLevel: Translations("层级", "Level")
    case .contactsCount(let areas, let households):
      Translations("\(areas)/\(households)", "\(areas)/\(households)")
    case .shortBy(let short): Translations("差 \(short)", "short \(short)")
    case .allMet: Translations("达标", "met")
    case .noQuota: Translations("—", "—")
    case .noCadres:
      Translations(
        "还没有干部。按 a 添加，或导入干部名册（lastmile import cadres）",
        "No cadres yet. a adds one; lastmile import cadres reads a list")
    case .noAreas: Translations("还没有地方。按 a 添加", "No areas yet. a adds one")
    case .cadreLine(let role, let unit, let phone):
      Translations("\(role) · \(unit) · 电话 \(phone)", "\(role) · \(unit) · phone \(phone)")
    case .roleSinceUnknown: Translations("任职日期不详", "since: not known")
    case .pastRole(let role, let from, let through):
      Translations("此前：\(role)（\(from)–\(through)）", "Before: \(role) (\(from)–\(through))")
    case .contactsHeader:
      Translations("联系点和联系户（含历史）", "Contact points and households (with history)")
    case .noContacts:
      Translations("没有联系点或联系户。h 加联系户，p 加联系点", "No contacts. h adds a household, p a contact point")
    case .contactInForce(let since): Translations("自 \(since)", "since \(since)")
    case .contactEnded(let from, let through):
      Translations("\(from)–\(through) 已结束", "\(from)–\(through) ended")
    case .endedEarly: Translations("不足规定期限", "ended early")
    case .quotasHeader(let period): Translations("定额 · \(period)", "Quotas · \(period)")
    case .quotasPart(let role, let period):
      Translations("按\(role)（\(period)）", "As \(role) (\(period))")
    case .quotaLine(let quota, let required, let done, let verdict):
      Translations(
        "\(quota)  应 \(required)  实 \(done)  \(verdict)",
        "\(quota)  required \(required)  done \(done)  \(verdict)")
    case .quotaMet: Translations("达标", "met")
    case .keptLine(let months, let ended, let kept, let verdict):
      Translations(
        "结束的联系点 \(ended) 个，满 \(months) 个月的 \(kept) 个  \(verdict)",
        "contacts ended: \(ended), kept \(months) months: \(kept)  \(verdict)")
    case .quotaShort(let short): Translations("差 \(short)", "short \(short)")
    case .evidenceTitle(let name, let quota):
      Translations("\(name) · \(quota) · 计入的记录", "\(name) · \(quota) · what counted")
    case .evidenceNone: Translations("这一时段没有计入的记录。", "Nothing counted in this period.")
    case .reviewRegistryHint(let cadres, let areas):
      Translations("\(cadres) 干部名册 · \(areas) 地方（村组）", "\(cadres) cadres · \(areas) areas")
    case .cadreFormNew: Translations("新干部", "New cadre")
    case .cadreFormEdit(let name): Translations("修改干部 · \(name)", "Edit cadre · \(name)")
    case .fieldRole: Translations("角色", "Role")
    case .fieldRoleSince: Translations("任职日期", "In the role since")
    case .fieldUnit: Translations("单位", "Unit")
    case .contactHouseholdTitle(let name):
      Translations("\(name) · 加联系户", "\(name) · add a contact household")
    case .contactAreaTitle(let name):
      Translations("\(name) · 加联系点", "\(name) · add a contact point")
    case .fieldHousehold: Translations("户号或户主", "Household No. or head")
    case .fieldStartsOn: Translations("开始日期", "From")
    case .endContactTitle(let label): Translations("结束联系 · \(label)", "End the contact · \(label)")
    case .fieldEndsOn: Translations("结束日期", "Ends on")
    case .areaFormNew: Translations("新地方", "New area")
    case .areaFormEdit(let name): Translations("改名 · \(name)", "Rename · \(name)")
    case .fieldLevel: Translations("层级", "Level")
    case .fieldAreaName: Translations("名称", "Name")
    case .fieldParent: Translations("上级", "Under")
    case .topLevel: Translations("（最上层）", "(the top)")
    case .retireCadreConfirm(let name, let contacts):
      Translations(
        "\(name) 离任？\(contacts) 个在联系的点和户今天结束，历史保留。",
        "Retire \(name)? Their \(contacts) contacts in force end today; the history is kept.")
    case .retireAreaConfirm(let name): Translations("撤销“\(name)”？", "Retire “\(name)”?")
    case .retireTitle: Translations("撤销", "Retire")
    case .cadreSaved(let name): Translations("已保存干部 \(name)", "Cadre \(name) saved")
    case .cadreRetired(let name): Translations("\(name) 已离任", "\(name) retired")
    case .contactAdded(let label): Translations("已加联系：\(label)", "Contact added: \(label)")
    case .contactEndedMessage(let label): Translations("已结束联系：\(label)", "Contact ended: \(label)")
    case .contactEndedEarlyWarning(let label):
      Translations(
        "已结束联系：\(label)，不足规定期限（已标出）",
        "Contact ended: \(label), before the time the rules ask (flagged)")
    case .areaSaved(let name): Translations("已保存“\(name)”", "“\(name)” saved")
    case .areaRetired(let name): Translations("已撤销“\(name)”", "“\(name)” retired")
    case .keyEvidence: Translations("明细", "details")
    case .keyAdd: Translations("新增", "add")
    case .keyEdit: Translations("修改", "edit")
    case .keyRetire: Translations("撤销", "retire")
    case .keyRetireCadre: Translations("离任", "retire")
    case .keyEndContact: Translations("结束", "end")
    case .keyMonths: Translations("换月", "month")
    case .keyBack: Translations("返回", "back")
    case .keyOpenCadre: Translations("查看", "open")
    case .keyContactHousehold: Translations("加联系户", "+house")
    case .keyContactArea: Translations("加联系点", "+point")
    case .noLaterMonth:
      Translations(
        "以后的月份还没有开始，没有可算的定额", "A later month has not begun: there is nothing to judge yet")
    case .helpOpenCadre: Translations("打开所选干部", "open the selected cadre")
    case .helpSearchCadre: Translations("按姓名、拼音或首字母找干部", "find a cadre by name, pinyin or initials")
    case .helpSearchNextCadre: Translations("找下一个", "the next match")
    case .helpAddCadre: Translations("新增干部", "add a cadre")
    case .helpEditCadre:
      Translations("修改干部（换角色时保留原角色）", "edit the cadre (a new role keeps the one before)")
    case .helpRetireCadre:
      Translations("离任（在联系的今天结束，历史保留）", "retire (contacts end today, the history stays)")
    case .helpEvidence: Translations("所选定额计入的记录", "what counted for the selected quota")
    case .helpEndContact: Translations("结束所选联系（问日期）", "end the selected contact (asks the day)")
    case .helpAddArea: Translations("在所选地方下新增", "add an area under the selected one")
    case .helpRenameArea: Translations("改名", "rename")
    case .helpRetireArea: Translations("撤销（有户、下属或联系时不行）", "retire (not while used)")
    case .cadreSearchTitle: Translations("找干部", "Find a cadre")
    case .cadreSearchField: Translations("姓名或拼音", "Name or pinyin")
    case .cadreNotFound(let text): Translations("没有找到“\(text)”", "No cadre matches “\(text)”")
    case .keySearch: Translations("找", "find")
    case .cadreGone: Translations("这位干部已不在名册中", "This cadre is no longer in the registry")
    }
  }
}

extension Localizer {
  func callAsFunction(_ text: RegistryText) -> String { text.text(language) }
}
