import LastmileCore

/// Names for demo data: surnames at their real frequencies, given names by generation and sex,
/// and place names of a hilly rural county.
enum DemoNames {
  /// Common surnames weighted per ten thousand people (national census shares), with the
  /// polyphonic surnames (单 曾 解 仇 区 查 朴 盖 尉迟) present so that search can be tried on them.
  static let surnames = WeightedTable<String>(surnameWeights)
  static var surnameList: [String] { surnameWeights.map(\.0) }
  private static let surnameWeights: [(String, Int)] = [
    ("王", 710), ("李", 700), ("张", 670), ("刘", 540), ("陈", 450), ("杨", 310), ("黄", 220),
    ("赵", 200), ("吴", 190), ("周", 190), ("徐", 150), ("孙", 140), ("马", 130), ("朱", 120),
    ("胡", 110), ("郭", 110), ("何", 110), ("高", 100), ("林", 100), ("罗", 90), ("郑", 80),
    ("梁", 80), ("谢", 80), ("宋", 70), ("唐", 70), ("许", 60), ("韩", 60), ("冯", 60), ("邓", 60),
    ("曹", 50), ("彭", 50), ("曾", 50), ("肖", 50), ("田", 50), ("董", 50), ("袁", 40), ("潘", 40),
    ("于", 40), ("蒋", 40), ("蔡", 40), ("余", 40), ("杜", 40), ("叶", 40), ("程", 40), ("苏", 30),
    ("魏", 30), ("吕", 30), ("丁", 30), ("任", 30), ("沈", 30), ("姚", 30), ("卢", 30), ("姜", 30),
    ("崔", 30), ("钟", 30), ("谭", 30), ("陆", 20), ("汪", 20), ("范", 20), ("金", 20), ("石", 20),
    ("廖", 20), ("贾", 20), ("夏", 20), ("韦", 20), ("付", 20), ("方", 20), ("白", 20), ("邹", 20),
    ("孟", 20), ("熊", 20), ("秦", 20), ("邱", 20), ("江", 20), ("尹", 20), ("薛", 20), ("段", 20),
    ("雷", 20), ("侯", 20), ("龙", 20), ("史", 20), ("陶", 10), ("黎", 10), ("贺", 10), ("顾", 10),
    ("毛", 10), ("郝", 10), ("龚", 10), ("邵", 10), ("万", 10), ("钱", 10), ("严", 10), ("覃", 10),
    ("武", 10), ("戴", 10), ("莫", 10), ("孔", 10), ("向", 10), ("汤", 10), ("单", 6), ("解", 5),
    ("仇", 4), ("区", 3), ("查", 4), ("朴", 2), ("盖", 3), ("尉迟", 1),
  ]

  /// Given names by birth decade band and sex.
  static func givenNames(bornIn year: Int, male: Bool) -> [String] {
    let band = year < 1960 ? 0 : year < 1986 ? 1 : year < 2006 ? 2 : 3
    return givenNameTable[band * 2 + (male ? 0 : 1)]
  }

  /// The given names of each band, men then women, written once.
  private static let givenNameTable: [[String]] = [1950, 1970, 1990, 2010].flatMap { year in
    [true, false].map { namesOf(year, $0) }
  }

  private static func namesOf(_ year: Int, _ male: Bool) -> [String] {
    switch (year, male) {
    case (..<1960, true):
      [
        "建国", "国强", "德明", "志刚", "文华", "福生", "长林", "永福", "树林", "玉山", "金山", "振华", "宝田", "新民",
        "德胜", "有财", "光明", "春生", "顺发", "家良",
      ]
    case (..<1960, false):
      [
        "秀英", "桂英", "秀兰", "玉兰", "桂兰", "凤英", "玉珍", "淑珍", "翠花", "金凤", "兰英", "秀珍", "春花", "冬梅",
        "桂香", "月娥", "菊香", "素芳",
      ]
    case (..<1986, true):
      [
        "伟", "军", "勇", "强", "磊", "涛", "斌", "波", "辉", "刚", "建华", "建军", "海涛", "志强", "卫东", "红军",
        "小平", "立新", "海波", "永红", "东升", "建平",
      ]
    case (..<1986, false):
      [
        "丽", "芳", "敏", "静", "艳", "娟", "霞", "红梅", "丽华", "春梅", "海燕", "玉梅", "小红", "晓燕", "丽娟",
        "雪梅", "桂芳", "建英",
      ]
    case (..<2006, true):
      [
        "浩", "杰", "鹏", "宇", "超", "鑫", "帅", "俊杰", "子豪", "浩然", "宇航", "志远", "嘉伟", "明轩", "文博",
        "家豪", "天宇",
      ]
    case (..<2006, false):
      ["婷", "雪", "倩", "琳", "悦", "佳怡", "欣怡", "雨婷", "思琪", "梦瑶", "慧敏", "婉清", "晓琳", "静怡", "心怡"]
    case (_, true):
      ["子轩", "浩宇", "宇轩", "梓睿", "一鸣", "俊熙", "沐阳", "子墨", "奕辰", "皓轩", "睿泽", "思远", "铭泽"]
    case (_, false):
      ["子涵", "梓涵", "欣妍", "一诺", "语桐", "可馨", "诗涵", "若汐", "雨桐", "依诺", "梓萱", "安琪", "欣悦"]
    }
  }

  /// Every character a demo name can hold, to read their pinyin in one pass.
  static var allCharacters: [String] {
    var texts = surnameList
    for year in [1950, 1970, 1990, 2010] {
      for male in [true, false] { texts += givenNames(bornIn: year, male: male) }
    }
    return texts
  }

  /// Township names; a county has many, one demo township takes the first.
  static let townships = [
    "青山镇", "白石镇", "龙潭镇", "金桥乡", "新华乡", "高桥镇", "长乐乡", "双峰镇", "太平乡", "永和镇", "清溪乡",
    "石门镇", "黄泥乡", "大田镇", "杉木乡", "红星镇", "五里牌镇", "塘渡镇", "桃花乡", "梅林镇", "竹溪乡", "枫林镇",
    "马鞍镇", "凤凰乡", "九龙镇", "三合乡", "平安镇", "和平乡", "兴隆镇", "宝山乡",
  ]

  /// First parts of village names.
  static let villageStems = [
    "石桥", "柳塘", "杨家坪", "枫木", "白竹", "龙泉", "新田", "高坪", "清水", "金鸡", "茶园", "桃林", "梅子", "竹山",
    "黄土", "马鞍", "凤凰", "双河", "大坪", "小溪", "李家", "王家", "陈家", "刘家", "朱家", "罗家", "上湾", "下湾",
    "东冲", "西冲", "南岭", "北坡", "杉树", "板桥", "荷花", "松林", "水口", "井头", "岩口", "塘湾",
  ]

  /// Group names in the order villages number them.
  static let groupNumbers = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
  ]

  /// The departments a request can be transferred to.
  static let departments = LocalitySettings.defaultTransferTargets

  /// Region codes (county level) for the ID numbers of people married in from elsewhere.
  static let otherRegionCodes = [
    "430521", "430522", "430524", "430525", "431121", "430381", "440106", "360121",
  ]

  /// The demo county's region code and landline area code.
  static let regionCode = "430523"
  static let areaCode = "0739"

  /// Mobile prefixes in use.
  static let mobilePrefixes = [
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155",
    "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185",
    "186", "187",
    "188", "189", "191", "198", "199",
  ]
}
