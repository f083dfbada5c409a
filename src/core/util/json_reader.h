#pragma once
/// @brief A small JSON reader (RFC 8259) into a value tree; the counterpart of JsonWriter.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace darts {

/// Text that is not JSON. what() reads "line L, column C: <problem>"; the
/// column counts bytes, so that it points at the byte whatever the encoding.
class JsonError : public std::runtime_error {
public:
    JsonError(std::size_t line, std::size_t column, const std::string& problem);
    std::size_t line() const { return m_line; }
    std::size_t column() const { return m_column; }
    /// The problem without its position.
    const std::string& problem() const { return m_problem; }

private:
    std::size_t m_line;
    std::size_t m_column;
    std::string m_problem;
};

class JsonValue {
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<JsonValue>;
    /// Members in the order of the text (keys are unique: the reader rejects repeats).
    using Object = std::vector<std::pair<std::string, JsonValue>>;

    JsonValue() = default;
    explicit JsonValue(bool flag) : m_value(flag) {}
    explicit JsonValue(double number) : m_value(number) {}
    explicit JsonValue(std::string text) : m_value(std::move(text)) {}
    explicit JsonValue(Array items) : m_value(std::move(items)) {}
    explicit JsonValue(Object members) : m_value(std::move(members)) {}

    Kind kind() const { return static_cast<Kind>(m_value.index()); }
    bool isNull() const { return kind() == Kind::Null; }
    bool isBool() const { return kind() == Kind::Bool; }
    bool isNumber() const { return kind() == Kind::Number; }
    bool isString() const { return kind() == Kind::String; }
    bool isArray() const { return kind() == Kind::Array; }
    bool isObject() const { return kind() == Kind::Object; }

    /// The value as that kind; throws std::logic_error when it is another kind
    /// (callers check kind() first: a file's mistakes deserve better words than this).
    bool asBool() const;
    double asNumber() const;
    const std::string& asString() const;
    const Array& asArray() const;
    const Object& asObject() const;

    /// The member of an object with that key, or nullptr (also when this is not an object).
    const JsonValue* find(std::string_view key) const;

private:
    // The alternatives are in the order of Kind.
    std::variant<std::monostate, bool, double, std::string, Array, Object> m_value;
};

/// Human-readable name of a kind ("null", "a number", "an object", ...), for messages.
const char* describe(JsonValue::Kind kind);

/// Parses one JSON value filling the whole text (whitespace around it and a
/// UTF-8 byte-order mark are allowed). Numbers are read with std::from_chars,
/// so that JsonWriter's shortest round-trip text reads back as the same double.
/// Strings may hold any bytes from 0x20 up (they are not checked for UTF-8, as
/// JsonWriter does not check them either); \u escapes become UTF-8, surrogate
/// pairs included. Throws JsonError for anything else, for repeated keys, for
/// numbers beyond the range of double and for nesting deeper than kMaxJsonDepth.
JsonValue parseJson(std::string_view text);

/// Arrays and objects nested deeper than this are rejected: the reader recurses,
/// and hostile input must not exhaust the stack.
inline constexpr int kMaxJsonDepth = 256;

}  // namespace darts
