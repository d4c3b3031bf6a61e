/// A member's relation to the head of the household.
public enum Relation: String, CodedValue {
  case head
  case spouse
  case son
  case daughter
  case father
  case mother
  case grandson
  case granddaughter
  case daughterInLaw = "daughter_in_law"
  case sonInLaw = "son_in_law"
  case grandfather
  case grandmother
  case sibling
  case other

  public var chinese: String {
    switch self {
    case .head: "户主"
    case .spouse: "配偶"
    case .son: "儿子"
    case .daughter: "女儿"
    case .father: "父亲"
    case .mother: "母亲"
    case .grandson: "孙子"
    case .granddaughter: "孙女"
    case .daughterInLaw: "儿媳"
    case .sonInLaw: "女婿"
    case .grandfather: "祖父"
    case .grandmother: "祖母"
    case .sibling: "兄弟姐妹"
    case .other: "其他"
    }
  }

  public var english: String {
    switch self {
    case .daughterInLaw: "daughter-in-law"
    case .sonInLaw: "son-in-law"
    default: rawValue
    }
  }

  public var shortEnglish: String {
    switch self {
    case .daughterInLaw: "dau-in-law"
    case .sonInLaw: "son-in-law"
    case .granddaughter: "grandd."
    case .grandfather: "grandpa"
    case .grandmother: "grandma"
    default: rawValue
    }
  }

  public static var aliases: [String: Relation] {
    [
      "本人": .head, "妻": .spouse, "妻子": .spouse, "丈夫": .spouse, "夫": .spouse, "子": .son,
      "长子": .son, "次子": .son, "三子": .son, "女": .daughter, "长女": .daughter, "次女": .daughter,
      "三女": .daughter, "父": .father, "母": .mother, "孙": .grandson, "媳": .daughterInLaw,
      "兄": .sibling, "弟": .sibling, "姐": .sibling, "妹": .sibling, "兄弟": .sibling,
      "姐妹": .sibling, "爷爷": .grandfather, "奶奶": .grandmother, "外孙子": .grandson,
      "外孙女": .granddaughter,
    ]
  }
}
