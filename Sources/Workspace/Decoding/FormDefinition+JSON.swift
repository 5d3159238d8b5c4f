import AshbyAPI

extension FormDefinition {
    /// A form read straight from JSON; equal to what `JSONDecoder` makes of it.
    public init(json reader: inout JSONReader) throws(JSONReaderError) {
        try reader.beginObject()
        var sections: [FormSection]?
        while let key = try reader.nextKey() {
            if key == "sections" {
                sections = try reader.skipNull() ? nil : readArray(&reader) { (reader) throws(JSONReaderError) in try FormSection(json: &reader) }
            } else { try reader.skipValue() }
        }
        self.init(sections: sections)
    }
}

extension FormSection {
    init(json reader: inout JSONReader) throws(JSONReaderError) {
        let start = try reader.beginObject()
        var title: String?, html: String?, plain: String?, fields: [FormFieldEntry]?
        while let key = try reader.nextKey() {
            if key == "title" { title = try reader.readOptionalString() }
            else if key == "descriptionHtml" { html = try reader.readOptionalString() }
            else if key == "descriptionPlain" { plain = try reader.readOptionalString() }
            else if key == "fields" { fields = try readArray(&reader) { (reader) throws(JSONReaderError) in try FormFieldEntry(json: &reader) } }
            else { try reader.skipValue() }
        }
        guard let fields else { throw JSONReaderError(offset: start, .missingField("fields")) }
        self.init(title: title, descriptionHtml: html, descriptionPlain: plain, fields: fields)
    }
}

extension FormFieldEntry {
    init(json reader: inout JSONReader) throws(JSONReaderError) {
        let start = try reader.beginObject()
        var isRequired: Bool?, html: String?, plain: String?, field: FormField?
        while let key = try reader.nextKey() {
            if key == "isRequired" { isRequired = try reader.readBool() }
            else if key == "descriptionHtml" { html = try reader.readOptionalString() }
            else if key == "descriptionPlain" { plain = try reader.readOptionalString() }
            else if key == "field" { field = try FormField(json: &reader) }
            else { try reader.skipValue() }
        }
        guard let isRequired else { throw JSONReaderError(offset: start, .missingField("isRequired")) }
        guard let field else { throw JSONReaderError(offset: start, .missingField("field")) }
        self.init(isRequired: isRequired, descriptionHtml: html, descriptionPlain: plain, field: field)
    }
}

extension FormField {
    init(json reader: inout JSONReader) throws(JSONReaderError) {
        let start = try reader.beginObject()
        var id: String?, type: String?, path: String?, humanReadablePath: String?, title: String?, isNullable: Bool?
        var selectableValues: [FormSelectableValue]?
        while let key = try reader.nextKey() {
            if key == "id" { id = try reader.readString() }
            else if key == "type" { type = try reader.readString() }
            else if key == "path" { path = try reader.readString() }
            else if key == "humanReadablePath" { humanReadablePath = try reader.readString() }
            else if key == "title" { title = try reader.readString() }
            else if key == "isNullable" { isNullable = try reader.readBool() }
            else if key == "selectableValues" {
                selectableValues = try reader.skipNull() ? nil : readArray(&reader) { (reader) throws(JSONReaderError) in try FormSelectableValue(json: &reader) }
            } else { try reader.skipValue() }
        }
        guard let id else { throw JSONReaderError(offset: start, .missingField("id")) }
        guard let type else { throw JSONReaderError(offset: start, .missingField("type")) }
        guard let path else { throw JSONReaderError(offset: start, .missingField("path")) }
        guard let humanReadablePath else { throw JSONReaderError(offset: start, .missingField("humanReadablePath")) }
        guard let title else { throw JSONReaderError(offset: start, .missingField("title")) }
        guard let isNullable else { throw JSONReaderError(offset: start, .missingField("isNullable")) }
        self.init(id: id, type: FormFieldType(rawValue: type), path: path, humanReadablePath: humanReadablePath, title: title,
                  isNullable: isNullable, selectableValues: selectableValues)
    }
}

extension FormSelectableValue {
    init(json reader: inout JSONReader) throws(JSONReaderError) {
        let start = try reader.beginObject()
        var label: String?, value: String?
        while let key = try reader.nextKey() {
            if key == "label" { label = try reader.readString() }
            else if key == "value" { value = try reader.readString() }
            else { try reader.skipValue() }
        }
        guard let label else { throw JSONReaderError(offset: start, .missingField("label")) }
        guard let value else { throw JSONReaderError(offset: start, .missingField("value")) }
        self.init(label: label, value: value)
    }
}

/// The elements of an array, each read by `element`.
func readArray<Element>(_ reader: inout JSONReader, _ element: (inout JSONReader) throws(JSONReaderError) -> Element) throws(JSONReaderError) -> [Element] {
    try reader.beginArray()
    var elements: [Element] = []
    while try reader.nextElement() { elements.append(try element(&reader)) }
    return elements
}
