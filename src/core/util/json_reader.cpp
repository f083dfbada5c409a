#include "util/json_reader.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace darts {

JsonError::JsonError(std::size_t line, std::size_t column, const std::string& problem)
    : std::runtime_error("line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + problem),
      m_line(line),
      m_column(column),
      m_problem(problem) {}

namespace {

[[noreturn]] void wrongKind(JsonValue::Kind actual, JsonValue::Kind wanted) {
    throw std::logic_error(std::string("JSON value is ") + describe(actual) + ", not " + describe(wanted));
}

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    JsonValue parseDocument() {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
        skipSpace();
        if (atEnd()) fail("the text is empty: no JSON value");
        JsonValue value = parseValue(0);
        skipSpace();
        if (!atEnd()) fail("unexpected text after the JSON value");
        return value;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }

    [[noreturn]] void fail(const std::string& problem) const { failAt(m_pos, problem); }

    // Line and column are counted only when an error needs them: the text is
    // scanned once more then, instead of tracking newlines on every byte.
    [[noreturn]] void failAt(std::size_t pos, const std::string& problem) const {
        std::size_t line = 1, lineStart = 0;
        for (std::size_t i = 0; i < pos && i < m_text.size(); ++i)
            if (m_text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        throw JsonError(line, pos - lineStart + 1, problem);
    }

    std::string describeHere() const {
        if (atEnd()) return "the end of the text";
        const unsigned char ch = static_cast<unsigned char>(peek());
        if (ch >= 0x20 && ch < 0x7f) return std::string("'") + static_cast<char>(ch) + "'";
        static const char* hex = "0123456789abcdef";
        return std::string("byte 0x") + hex[ch >> 4] + hex[ch & 15];
    }

    void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++m_pos;
    }

    void expect(char ch, const char* what) {
        skipSpace();
        if (atEnd() || peek() != ch) fail(std::string("expected ") + what + ", found " + describeHere());
        ++m_pos;
    }

    JsonValue parseValue(int depth) {
        skipSpace();
        if (atEnd()) fail("unexpected end of the text: a value is missing");
        switch (peek()) {
            case '{': return parseObject(depth + 1);
            case '[': return parseArray(depth + 1);
            case '"': return JsonValue(parseString());
            case 't': literal("true"); return JsonValue(true);
            case 'f': literal("false"); return JsonValue(false);
            case 'n': literal("null"); return JsonValue();
            default:
                if (peek() == '-' || (peek() >= '0' && peek() <= '9')) return JsonValue(parseNumber());
                fail("expected a value, found " + describeHere());
        }
    }

    void literal(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) fail("unknown word; expected a value such as true, false or null");
        m_pos += word.size();
    }

    void enter(int depth) const {
        if (depth > kMaxJsonDepth)
            fail("arrays and objects are nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    }

    JsonValue parseArray(int depth) {
        enter(depth);
        ++m_pos;  // '['
        JsonValue::Array items;
        skipSpace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return JsonValue(std::move(items));
        }
        for (;;) {
            items.push_back(parseValue(depth));
            skipSpace();
            if (atEnd()) fail("unexpected end of the text: the array is not closed with ']'");
            if (peek() == ']') break;
            if (peek() != ',') fail("expected ',' or ']' after an array element, found " + describeHere());
            ++m_pos;
        }
        ++m_pos;
        return JsonValue(std::move(items));
    }

    JsonValue parseObject(int depth) {
        enter(depth);
        ++m_pos;  // '{'
        JsonValue::Object members;
        skipSpace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return JsonValue(std::move(members));
        }
        for (;;) {
            skipSpace();
            if (atEnd() || peek() != '"') fail("expected a key in double quotes, found " + describeHere());
            const std::size_t keyPos = m_pos;
            std::string key = parseString();
            // Linear search: objects in our files are small, and a repeated key
            // is more likely a damaged file than a deliberate override.
            for (const auto& member : members)
                if (member.first == key) failAt(keyPos, "the key \"" + key + "\" appears twice in one object");
            expect(':', "':' after a key");
            JsonValue value = parseValue(depth);
            members.emplace_back(std::move(key), std::move(value));
            skipSpace();
            if (atEnd()) fail("unexpected end of the text: the object is not closed with '}'");
            if (peek() == '}') break;
            if (peek() != ',') fail("expected ',' or '}' after an object member, found " + describeHere());
            ++m_pos;
        }
        ++m_pos;
        return JsonValue(std::move(members));
    }

    unsigned hex4() {
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            if (atEnd()) fail("a \\u escape needs four hexadecimal digits");
            const char ch = peek();
            unsigned digit;
            if (ch >= '0' && ch <= '9')
                digit = static_cast<unsigned>(ch - '0');
            else if (ch >= 'a' && ch <= 'f')
                digit = static_cast<unsigned>(ch - 'a' + 10);
            else if (ch >= 'A' && ch <= 'F')
                digit = static_cast<unsigned>(ch - 'A' + 10);
            else
                fail("a \\u escape needs four hexadecimal digits");
            value = value * 16 + digit;
            ++m_pos;
        }
        return value;
    }

    static void appendUtf8(std::string& out, unsigned code) {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    std::string parseString() {
        ++m_pos;  // opening quote
        std::string out;
        for (;;) {
            if (atEnd()) fail("unexpected end of the text: the string is not closed with '\"'");
            const char ch = peek();
            if (ch == '"') {
                ++m_pos;
                return out;
            }
            if (static_cast<unsigned char>(ch) < 0x20)
                fail("a control character (" + describeHere() + ") in a string must be written as an escape");
            if (ch != '\\') {
                out += ch;
                ++m_pos;
                continue;
            }
            const std::size_t escapePos = m_pos;
            ++m_pos;
            if (atEnd()) fail("unexpected end of the text inside an escape");
            const char kind = peek();
            ++m_pos;
            switch (kind) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned code = hex4();
                    if (code >= 0xDC00 && code <= 0xDFFF)
                        failAt(escapePos, "a \\u escape holds a low surrogate without a high one before it");
                    if (code >= 0xD800 && code <= 0xDBFF) {
                        if (m_text.substr(m_pos, 2) != "\\u")
                            failAt(escapePos, "a \\u escape holds a high surrogate without a low one after it");
                        m_pos += 2;
                        const unsigned low = hex4();
                        if (low < 0xDC00 || low > 0xDFFF)
                            failAt(escapePos, "a \\u escape holds a high surrogate without a low one after it");
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    }
                    appendUtf8(out, code);
                    break;
                }
                default: failAt(escapePos, "unknown escape '\\" + std::string(1, kind) + "' in a string");
            }
        }
    }

    double parseNumber() {
        // The grammar is checked here, as from_chars accepts more ("inf", "1.", ".5", hex with a flag).
        const std::size_t start = m_pos;
        auto digits = [this] {
            const std::size_t from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9') ++m_pos;
            return m_pos - from;
        };
        if (peek() == '-') ++m_pos;
        if (atEnd() || !(peek() >= '0' && peek() <= '9')) fail("a number needs a digit after '-'");
        if (peek() == '0') {
            ++m_pos;
            if (!atEnd() && peek() >= '0' && peek() <= '9') fail("a number must not start with 0 followed by digits");
        } else {
            digits();
        }
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (digits() == 0) fail("a number needs digits after its decimal point");
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-')) ++m_pos;
            if (digits() == 0) fail("a number needs digits in its exponent");
        }
        double value = 0.0;
        const char* first = m_text.data() + start;
        const char* last = m_text.data() + m_pos;
        const auto [end, error] = std::from_chars(first, last, value);
        if (error == std::errc::result_out_of_range) {
            failAt(start, "the number " + std::string(first, last) + " is beyond the range of double precision");
        }
        if (error != std::errc() || end != last) failAt(start, "unreadable number " + std::string(first, last));
        return value;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

}  // namespace

bool JsonValue::asBool() const {
    if (!isBool()) wrongKind(kind(), Kind::Bool);
    return std::get<bool>(m_value);
}

double JsonValue::asNumber() const {
    if (!isNumber()) wrongKind(kind(), Kind::Number);
    return std::get<double>(m_value);
}

const std::string& JsonValue::asString() const {
    if (!isString()) wrongKind(kind(), Kind::String);
    return std::get<std::string>(m_value);
}

const JsonValue::Array& JsonValue::asArray() const {
    if (!isArray()) wrongKind(kind(), Kind::Array);
    return std::get<Array>(m_value);
}

const JsonValue::Object& JsonValue::asObject() const {
    if (!isObject()) wrongKind(kind(), Kind::Object);
    return std::get<Object>(m_value);
}

const JsonValue* JsonValue::find(std::string_view key) const {
    if (!isObject()) return nullptr;
    for (const auto& [name, value] : std::get<Object>(m_value))
        if (name == key) return &value;
    return nullptr;
}

const char* describe(JsonValue::Kind kind) {
    switch (kind) {
        case JsonValue::Kind::Null: return "null";
        case JsonValue::Kind::Bool: return "true or false";
        case JsonValue::Kind::Number: return "a number";
        case JsonValue::Kind::String: return "a string";
        case JsonValue::Kind::Array: return "an array";
        case JsonValue::Kind::Object: return "an object";
    }
    return "";
}

JsonValue parseJson(std::string_view text) { return Parser(text).parseDocument(); }

}  // namespace darts
