#include "util/json_writer.h"

#include "util/number_text.h"

#include <cmath>
#include <cstdio>

namespace darts {

std::string jsonQuoted(std::string_view text) {
    std::string out = "\"";
    for (const char ch : text) {
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(ch) < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(ch));
                    out += buffer;
                } else {
                    out += ch;
                }
        }
    }
    return out + "\"";
}

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_firstInContainer.empty()) {
        if (!m_firstInContainer.back()) m_text += ',';
        m_firstInContainer.back() = false;
    }
}

void JsonWriter::raw(std::string_view text) {
    separate();
    m_text += text;
}

JsonWriter& JsonWriter::beginObject() {
    raw("{");
    m_firstInContainer.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    m_firstInContainer.pop_back();
    m_text += '}';
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    raw("[");
    m_firstInContainer.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    m_firstInContainer.pop_back();
    m_text += ']';
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    raw(jsonQuoted(name) + ":");
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    raw(jsonQuoted(text));
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    if (!std::isfinite(number)) return null();
    raw(formatRoundTrip(number));
    return *this;
}

JsonWriter& JsonWriter::value(int number) { return value(static_cast<long long>(number)); }

JsonWriter& JsonWriter::value(long long number) {
    raw(std::to_string(number));
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    raw(flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null() {
    raw("null");
    return *this;
}

}  // namespace darts
