#include "data/table.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

namespace darts {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool isBlank(std::string_view line) { return trim(line).empty(); }

char detectSeparator(std::string_view header) {
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char ch : header) {
        if (ch == '"') quoted = !quoted;
        if (quoted) continue;
        commas += ch == ',';
        semicolons += ch == ';';
        tabs += ch == '\t';
    }
    if (tabs > 0 && tabs >= commas && tabs >= semicolons) return '\t';
    if (semicolons > commas) return ';';
    return ',';
}

// Splits one line into fields; quoted fields may hold the separator and "" for a quote.
void splitLine(std::string_view line, char separator, std::vector<std::string>& fields) {
    fields.clear();
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == '"' && trim(field).empty()) {
            field.clear();
            quoted = true;
        } else if (ch == separator) {
            fields.emplace_back(trim(field));
            field.clear();
        } else {
            field += ch;
        }
    }
    fields.emplace_back(trim(field));
}

bool parseNumber(std::string_view text, double& value) {
    text = trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.empty() && error == std::errc() && end == text.data() + text.size() && std::isfinite(value);
}

std::string columnList(const std::vector<std::string>& names) {
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    return list;
}

}  // namespace

int Table::columnIndex(std::string_view name) const {
    const auto it = std::find(columnNames.begin(), columnNames.end(), name);
    return it == columnNames.end() ? -1 : static_cast<int>(it - columnNames.begin());
}

Table parseTable(std::string_view text, const std::string& source) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    Table table;
    table.source = source;

    std::size_t position = 0, lineNumber = 0;
    auto nextLine = [&](std::string_view& line) {
        if (position >= text.size()) return false;
        const std::size_t end = std::min(text.find('\n', position), text.size());
        line = text.substr(position, end - position);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        position = end + 1;
        ++lineNumber;
        return true;
    };

    std::string_view line;
    bool haveHeader = false;
    while (nextLine(line))
        if (!isBlank(line)) {
            haveHeader = true;
            break;
        }
    if (!haveHeader) throw DataError(source + ": the file is empty");

    const char separator = detectSeparator(line);
    std::vector<std::string> fields;
    splitLine(line, separator, fields);
    double ignored = 0.0;
    if (std::all_of(fields.begin(), fields.end(), [&](const std::string& f) { return parseNumber(f, ignored); }))
        throw DataError(source + ": line " + std::to_string(lineNumber) +
                        " holds numbers, not column names: the first line must name the columns");
    for (std::size_t c = 0; c < fields.size(); ++c) {
        if (fields[c].empty()) throw DataError(source + ": column " + std::to_string(c + 1) + " has no name in the header");
        for (std::size_t k = 0; k < c; ++k)
            if (fields[k] == fields[c]) throw DataError(source + ": the column name '" + fields[c] + "' appears twice");
    }
    table.columnNames = fields;
    const std::size_t columns = fields.size();
    table.firstBadCell.resize(columns);

    // Values are gathered row-major while reading, then transposed once.
    std::vector<double> values;
    std::size_t rows = 0;
    while (nextLine(line)) {
        if (isBlank(line)) continue;
        splitLine(line, separator, fields);
        if (fields.size() != columns)
            throw DataError(source + ": line " + std::to_string(lineNumber) + " has " + std::to_string(fields.size()) +
                            " fields, but the header names " + std::to_string(columns) + " columns");
        for (std::size_t c = 0; c < columns; ++c) {
            double value = 0.0;
            if (!parseNumber(fields[c], value)) {
                value = std::numeric_limits<double>::quiet_NaN();
                if (!table.firstBadCell[c]) table.firstBadCell[c] = BadCell{lineNumber, fields[c]};
            }
            values.push_back(value);
        }
        ++rows;
    }
    if (rows == 0) throw DataError(source + ": the file has a header but no data rows");
    table.values = Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        values.data(), static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(columns));
    return table;
}

Table readTable(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw DataError(path + ": cannot open the file (missing, or not readable)");
    std::ostringstream content;
    content << file.rdbuf();
    if (file.bad()) throw DataError(path + ": reading the file failed");
    return parseTable(content.str(), path);
}

std::vector<std::string> splitNames(std::string_view text) {
    std::vector<std::string> names;
    if (trim(text).empty()) return names;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        names.emplace_back(trim(text.substr(start, comma - start)));
        start = comma + 1;
    }
    return names;
}

namespace {

std::size_t indexOf(const Table& table, const std::string& name) {
    const int i = table.columnIndex(name);
    if (i < 0)
        throw DataError(table.source + ": unknown column '" + name + "'; the columns are: " + columnList(table.columnNames));
    return static_cast<std::size_t>(i);
}

void requireNumeric(const Table& table, std::size_t column) {
    if (const auto& bad = table.firstBadCell[column])
        throw DataError(table.source + ": line " + std::to_string(bad->line) + ", column '" + table.columnNames[column] +
                        "': " +
                        (bad->text.empty() ? std::string("the cell is empty") : "'" + bad->text + "' is not a finite number"));
}

Eigen::MatrixXd gather(const Table& table, const std::vector<std::size_t>& columns) {
    Eigen::MatrixXd matrix(table.rowCount(), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t i = 0; i < columns.size(); ++i) {
        requireNumeric(table, columns[i]);
        matrix.col(static_cast<Eigen::Index>(i)) = table.values.col(static_cast<Eigen::Index>(columns[i]));
    }
    return matrix;
}

std::vector<std::string> namesOf(const Table& table, const std::vector<std::size_t>& columns) {
    std::vector<std::string> names;
    for (std::size_t c : columns) names.push_back(table.columnNames[c]);
    return names;
}

}  // namespace

Eigen::MatrixXd columnsByName(const Table& table, const std::vector<std::string>& names) {
    std::vector<std::size_t> columns;
    for (const auto& name : names) columns.push_back(indexOf(table, name));
    return gather(table, columns);
}

Selection selectColumns(const Table& table, std::vector<std::string> inputs, std::vector<std::string> targets) {
    if (targets.empty()) targets.push_back(table.columnNames.back());
    std::vector<std::size_t> targetColumns, inputColumns;
    for (const auto& name : targets) targetColumns.push_back(indexOf(table, name));
    auto isTarget = [&](std::size_t c) {
        return std::find(targetColumns.begin(), targetColumns.end(), c) != targetColumns.end();
    };
    if (inputs.empty()) {
        for (std::size_t c = 0; c < table.columnNames.size(); ++c)
            if (!isTarget(c) && table.isNumeric(c)) inputColumns.push_back(c);
        if (inputColumns.empty()) throw DataError(table.source + ": there is no numeric column left to use as input");
    } else {
        for (const auto& name : inputs) {
            const std::size_t c = indexOf(table, name);
            if (isTarget(c)) throw DataError(table.source + ": column '" + name + "' cannot be both input and target");
            inputColumns.push_back(c);
        }
    }
    auto checkUnique = [&](const std::vector<std::size_t>& list) {
        for (std::size_t i = 0; i < list.size(); ++i)
            for (std::size_t k = 0; k < i; ++k)
                if (list[i] == list[k])
                    throw DataError(table.source + ": column '" + table.columnNames[list[i]] + "' is selected twice");
    };
    checkUnique(inputColumns);
    checkUnique(targetColumns);
    return {gather(table, inputColumns), gather(table, targetColumns), namesOf(table, inputColumns),
            namesOf(table, targetColumns)};
}

}  // namespace darts
