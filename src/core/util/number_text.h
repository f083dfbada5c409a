#pragma once
/// @brief Numbers as text with a '.' decimal point whatever the process locale
/// (the window runs under the user's locale; equations, DOT and files must not).

#include <charconv>
#include <string>

namespace darts {

/// As printf's "%.{decimals}f" in the C locale.
inline std::string formatFixed(double value, int decimals) {
    char buffer[400];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return std::string(buffer, result.ptr);
}

/// As printf's "%.{significant}g" in the C locale.
inline std::string formatGeneral(double value, int significant) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, significant);
    return std::string(buffer, result.ptr);
}

/// The shortest text that reads back as exactly the same double.
inline std::string formatRoundTrip(double value) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

}  // namespace darts
