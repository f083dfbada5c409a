#pragma once
/// @brief A small streaming JSON writer (RFC 8259): objects, arrays, strings,
/// numbers (non-finite ones become null), booleans.

#include <string>
#include <string_view>
#include <vector>

namespace darts {

class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(double number);
    JsonWriter& value(int number);
    JsonWriter& value(long long number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    template <typename Range>
    JsonWriter& array(const Range& items) {
        beginArray();
        for (const auto& item : items) value(item);
        return endArray();
    }

    const std::string& text() const { return m_text; }

private:
    void separate();
    void raw(std::string_view text);

    std::string m_text;
    std::vector<bool> m_firstInContainer;
    bool m_afterKey = false;
};

/// The text quoted and escaped as a JSON string.
std::string jsonQuoted(std::string_view text);

}  // namespace darts
