/// A custom field's value on a candidate, application, job, offer… (`customFields[]`).
///
/// `value`'s shape depends on the field type, which the value itself does not name; the typed
/// accessors probe it. `valueLabel` is sent for select fields only.
public struct CustomFieldValue: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var isPrivate: Bool?
    public var value: JSONValue
    public var valueLabel: CustomFieldValueLabel?

    public init(id: String, title: String, isPrivate: Bool? = nil, value: JSONValue, valueLabel: CustomFieldValueLabel? = nil) {
        self.id = id
        self.title = title
        self.isPrivate = isPrivate
        self.value = value
        self.valueLabel = valueLabel
    }
}

/// The human label of a select field's value: one string (ValueSelect) or several (MultiValueSelect).
public enum CustomFieldValueLabel: Codable, Sendable, Hashable {
    case single(String)
    case multiple([String])

    /// All labels, in order.
    public var labels: [String] {
        switch self {
        case .single(let label): return [label]
        case .multiple(let labels): return labels
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let label = try? container.decode(String.self) {
            self = .single(label)
        } else {
            self = .multiple(try container.decode([String].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .single(let label): try container.encode(label)
        case .multiple(let labels): try container.encode(labels)
        }
    }
}

// MARK: - Typed reading

extension CustomFieldValue {
    /// A custom field value read by shape: bool, number, string, string array, then objects by `type`/`currencyCode`.
    public enum Kind: Sendable, Hashable {
        case null
        case boolean(Bool)
        case number(Double)
        /// String, LongText, ValueSelect and Date values (see `timestampValue` for dates).
        case string(String)
        /// MultiValueSelect.
        case strings([String])
        case currency(CurrencyAmount)
        case numberRange(NumberRange)
        case compensationRange(CompensationRange)
        /// Anything else, kept as sent.
        case other(JSONValue)
    }

    public var kind: Kind {
        if value.isNull { return .null }
        if let flag = boolValue { return .boolean(flag) }
        if let number = numberValue { return .number(number) }
        if let string = stringValue { return .string(string) }
        if let strings = stringArrayValue { return .strings(strings) }
        if let range = compensationRangeValue { return .compensationRange(range) }
        if let range = numberRangeValue { return .numberRange(range) }
        if let amount = currencyValue { return .currency(amount) }
        return .other(value)
    }

    public var boolValue: Bool? { value.boolValue }
    public var numberValue: Double? { value.doubleValue }
    public var stringValue: String? { value.stringValue }
    /// A Date field's value.
    public var timestampValue: Timestamp? { stringValue.flatMap { Timestamp(iso8601: $0) } }

    /// MultiValueSelect values; nil unless every element is a string.
    public var stringArrayValue: [String]? {
        guard let elements = value.arrayValue else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for element in elements {
            guard let string = element.stringValue else { return nil }
            strings.append(string)
        }
        return strings
    }

    /// A Currency value `{value, currencyCode}` (an object with `currencyCode` and no `type`).
    public var currencyValue: CurrencyAmount? {
        guard let object = value.objectValue, object["type"] == nil, object["currencyCode"] != nil else { return nil }
        return CurrencyAmount(currencyCode: object["currencyCode"]?.stringValue, value: object["value"]?.doubleValue)
    }

    /// A NumberRange value `{type: "number-range", minValue, maxValue}`.
    public var numberRangeValue: NumberRange? {
        guard let object = value.objectValue, object["type"]?.stringValue == NumberRange.wireType else { return nil }
        return NumberRange(minValue: object["minValue"]?.doubleValue, maxValue: object["maxValue"]?.doubleValue)
    }

    /// A CompensationRange value `{type: "compensation-range", minValue, maxValue, currencyCode, interval}`.
    public var compensationRangeValue: CompensationRange? {
        guard let object = value.objectValue, object["type"]?.stringValue == CompensationRange.wireType else { return nil }
        return CompensationRange(
            minValue: object["minValue"]?.doubleValue, maxValue: object["maxValue"]?.doubleValue,
            currencyCode: object["currencyCode"]?.stringValue,
            interval: object["interval"]?.stringValue.map(CompensationInterval.init(rawValue:)))
    }
}

// MARK: - Value shapes

/// An amount of money: offer salaries and Currency custom fields.
public struct CurrencyAmount: Codable, Sendable, Hashable {
    public var currencyCode: String?
    public var value: Double?

    public init(currencyCode: String? = nil, value: Double? = nil) {
        self.currencyCode = currencyCode
        self.value = value
    }
}

/// A NumberRange custom field value; encodes with its `type: "number-range"` tag.
public struct NumberRange: Codable, Sendable, Hashable {
    public static let wireType = "number-range"
    public var minValue: Double?
    public var maxValue: Double?

    public init(minValue: Double? = nil, maxValue: Double? = nil) {
        self.minValue = minValue
        self.maxValue = maxValue
    }

    private enum CodingKeys: String, CodingKey { case type, minValue, maxValue }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minValue = try container.decodeIfPresent(Double.self, forKey: .minValue)
        maxValue = try container.decodeIfPresent(Double.self, forKey: .maxValue)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.wireType, forKey: .type)
        try container.encodeIfPresent(minValue, forKey: .minValue)
        try container.encodeIfPresent(maxValue, forKey: .maxValue)
    }
}

/// A CompensationRange custom field value; encodes with its `type: "compensation-range"` tag.
public struct CompensationRange: Codable, Sendable, Hashable {
    public static let wireType = "compensation-range"
    public var minValue: Double?
    public var maxValue: Double?
    public var currencyCode: String?
    public var interval: CompensationInterval?

    public init(minValue: Double? = nil, maxValue: Double? = nil, currencyCode: String? = nil, interval: CompensationInterval? = nil) {
        self.minValue = minValue
        self.maxValue = maxValue
        self.currencyCode = currencyCode
        self.interval = interval
    }

    private enum CodingKeys: String, CodingKey { case type, minValue, maxValue, currencyCode, interval }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minValue = try container.decodeIfPresent(Double.self, forKey: .minValue)
        maxValue = try container.decodeIfPresent(Double.self, forKey: .maxValue)
        currencyCode = try container.decodeIfPresent(String.self, forKey: .currencyCode)
        interval = try container.decodeIfPresent(CompensationInterval.self, forKey: .interval)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.wireType, forKey: .type)
        try container.encodeIfPresent(minValue, forKey: .minValue)
        try container.encodeIfPresent(maxValue, forKey: .maxValue)
        try container.encodeIfPresent(currencyCode, forKey: .currencyCode)
        try container.encodeIfPresent(interval, forKey: .interval)
    }
}

/// The period a compensation amount covers.
public struct CompensationInterval: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The wire value `NONE`.
    public static let noInterval: Self = "NONE"
    public static let oneTime: Self = "1 TIME"
    public static let hour: Self = "1 HOUR"
    public static let day: Self = "1 DAY"
    public static let week: Self = "1 WEEK"
    public static let twoWeeks: Self = "2 WEEK"
    public static let halfMonth: Self = "0.5 MONTH"
    public static let month: Self = "1 MONTH"
    public static let twoMonths: Self = "2 MONTH"
    public static let threeMonths: Self = "3 MONTH"
    public static let sixMonths: Self = "6 MONTH"
    public static let year: Self = "1 YEAR"
}
