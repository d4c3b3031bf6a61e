import LastmileCore

/// Sync's words.
public enum SyncText: LocalizedText {
  case bundleNotABundle
  case bundleTruncated
  case bundleAltered
  case bundleNewerFormat(Int, Int)
  case bundlePassphraseNeeded
  case bundleWrongPassphrase
  case bundleOtherOffice(String)
  case bundleOwn
  case written(Int, String, String)
  case writtenNothingNew(String)
  case mergedBundle(Int, Int, Int, Int, Int)
  case mergedConflicts(Int)
  case mergedNothing
  case mergedRevived(Int)

  public var translations: Translations {
    switch self {
    case .bundleNotABundle:
      Translations("这不是 lastmile 的同步包", "this is not a lastmile sync bundle")
    case .bundleTruncated:
      Translations(
        "同步包不完整（可能拷贝时中断），请重新拷贝", "the bundle is cut short (a copy interrupted?): copy it again")
    case .bundleAltered:
      Translations(
        "同步包已被改动或损坏（校验不符），未导入任何数据",
        "the bundle was altered or damaged (its checksum does not match); nothing was imported")
    case .bundleNewerFormat(let p1, let p2):
      Translations(
        "同步包是较新版本程序写的（格式 \(p1)，本程序只认 \(p2)），请先升级 lastmile",
        "the bundle was written by a newer program (format \(p1); this one reads \(p2)): update lastmile first"
      )
    case .bundlePassphraseNeeded:
      Translations(
        "同步包已加密，请输入口令（或用 --passphrase-file）",
        "the bundle is encrypted: give its passphrase (or --passphrase-file)")
    case .bundleWrongPassphrase:
      Translations(
        "口令不对，打不开这个同步包；数据库未改动",
        "the passphrase does not open this bundle; the database is unchanged")
    case .bundleOtherOffice(let p1):
      Translations("这是“\(p1)”的同步包，不是本单位的", "this bundle is for “\(p1)”, not this office")
    case .written(let p1, let p2, let p3):
      Translations("已写出 \(p1) 项改动给 \(p2)：\(p3)", "wrote \(p1) changes for \(p2): \(p3)")
    case .writtenNothingNew(let p1):
      Translations(
        "\(p1) 已确认收到本机的全部改动；同步包里只说明本机已有什么",
        "\(p1) has acknowledged every change held here; the bundle only says what this laptop holds"
      )
    case .mergedBundle(let p1, let p2, let p3, let p4, let p5):
      Translations(
        "已导入 \(p1) 项改动：\(p2) 户，\(p3) 名成员，\(p4) 件诉求，\(p5) 次走访",
        "merged \(p1) changes: \(p2) households, \(p3) members, \(p4) requests, \(p5) visits")
    case .mergedConflicts(let p1):
      Translations(
        "\(p1) 处冲突待处理（统计页）", "\(p1) conflicts to settle (in the review)")
    case .mergedNothing:
      Translations("同步包里没有本机还没有的改动", "the bundle holds nothing this laptop lacks")
    case .mergedRevived(let p1):
      Translations(
        "\(p1) 条在别处删除、在此处又修改过的记录已恢复，请在复核中查看",
        "\(p1) records deleted on one laptop and edited on another were brought back: see the review"
      )
    case .bundleOwn:
      Translations(
        "这是本机自己写的同步包，应拿到另一台电脑上导入",
        "this bundle was written by this laptop: import it on another one")
    }
  }
}
