import Foundation

/// A category of help request. The list is configurable per locality; these are the defaults.
public struct RequestCategory: Sendable, Hashable {
  /// The stable English code (`elderly_care`).
  public let code: String
  /// The Chinese word (`助老帮困`).
  public let chinese: String
  /// The English label.
  public let english: String
  /// The English word where a narrow column has no room for the label.
  public let shortEnglish: String

  /// A category with its code, Chinese word and English label (and a shorter word for it).
  public init(code: String, chinese: String, english: String, shortEnglish: String? = nil) {
    self.code = code
    self.chinese = chinese
    self.english = english
    self.shortEnglish = shortEnglish ?? english
  }

  /// The label in `language`.
  public func label(_ language: Language) -> String {
    language == .zh ? chinese : english
  }

  /// The label in `language`, short enough for a narrow column.
  public func shortLabel(_ language: Language) -> String {
    language == .zh ? chinese : shortEnglish
  }

  /// The categories the source documents list.
  public static let defaults: [RequestCategory] = [
    RequestCategory(
      code: "elderly_care", chinese: "助老帮困", english: "elderly and needy",
      shortEnglish: "elderly"),
    RequestCategory(
      code: "convenience", chinese: "便民服务", english: "convenience",
      shortEnglish: "services"),
    RequestCategory(
      code: "sanitation", chinese: "环境卫生", english: "sanitation", shortEnglish: "hygiene"),
    RequestCategory(code: "health", chinese: "医疗健康", english: "health"),
    RequestCategory(code: "education_culture", chinese: "教育文化", english: "education"),
    RequestCategory(
      code: "dispute_security", chinese: "矛盾纠纷/治安", english: "disputes and order",
      shortEnglish: "disputes"),
    RequestCategory(code: "policy", chinese: "政策咨询", english: "policy"),
    RequestCategory(
      code: "infrastructure", chinese: "基础设施", english: "infrastructure",
      shortEnglish: "infra"),
    RequestCategory(code: "employment", chinese: "就业增收", english: "jobs"),
    RequestCategory(code: "housing", chinese: "住房", english: "housing"),
    RequestCategory(
      code: "suggestion", chinese: "意见建议", english: "suggestions",
      shortEnglish: "ideas"),
    RequestCategory(code: "other", chinese: "其他", english: "other"),
  ]

  /// The categories written one a line (`住房`, or `住房 housing`): a line that names a category
  /// of `known` by its Chinese word keeps it (its code, so the requests filed under it stay);
  /// a new one takes its Chinese word as its code, and its English label when one is given.
  public static func parse(lines text: String, known: [RequestCategory]) -> [RequestCategory] {
    var found: [RequestCategory] = []
    for line in text.split(separator: "\n") {
      let words = line.split(separator: " ", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard let chinese = words.first, !chinese.isEmpty,
        !found.contains(where: { $0.chinese == chinese })
      else { continue }
      let english = words.count > 1 && !words[1].isEmpty ? words[1] : nil
      if let kept = (known + defaults).first(where: { $0.chinese == chinese }) {
        found.append(
          english.map {
            RequestCategory(
              code: kept.code, chinese: chinese, english: $0,
              shortEnglish: $0 == kept.english ? kept.shortEnglish : $0)
          } ?? kept)
      } else {
        found.append(RequestCategory(code: chinese, chinese: chinese, english: english ?? chinese))
      }
    }
    return found
  }

  /// The categories one a line, as `parse` reads them.
  public static func lines(_ list: [RequestCategory]) -> String {
    list.map { $0.english == $0.chinese ? $0.chinese : "\($0.chinese) \($0.english)" }.joined(
      separator: "\n")
  }

  /// The category in `list` named by its code, Chinese word or English label; nil otherwise.
  public static func find(_ word: String, in list: [RequestCategory] = defaults) -> RequestCategory?
  {
    let trimmed = word.trimmingCharacters(in: .whitespaces)
    let folded = CodedValueMatching.fold(trimmed)
    return list.first {
      $0.chinese == trimmed || $0.code == folded || CodedValueMatching.fold($0.english) == folded
        || ($0.chinese.contains("/") && $0.chinese.split(separator: "/").contains { $0 == trimmed })
    }
  }
}
