#include "data/table.h"

#include "util/random.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <fstream>
#include <limits>

namespace darts {
namespace {

bool isSpace(char ch) { return ch == ' ' || ch == '\t' || ch == '\r'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// Walks the text record by record. A record is one line, or more when a quoted
/// field holds a line break; fields are views into the text, or into `m_copies`
/// for quoted fields that had to be rewritten ("" for a quote).
class RecordReader {
public:
    RecordReader(std::string_view text, const std::string& source) : m_text(text), m_source(source) {}

    /// Skips blank lines; false at the end of the text.
    bool skipBlankLines() {
        while (m_pos < m_text.size()) {
            std::size_t p = m_pos;
            while (p < m_text.size() && isSpace(m_text[p])) ++p;
            if (p == m_text.size()) {
                m_pos = p;
                return false;
            }
            if (m_text[p] != '\n') return true;
            m_pos = p + 1;
            ++m_line;
        }
        return false;
    }

    /// Splits the record at the current position into `fields` (trimmed) and moves past it.
    void read(char separator, std::vector<std::string_view>& fields) {
        fields.clear();
        m_recordLine = m_line;
        std::size_t copies = 0;
        const char* p = m_text.data() + m_pos;
        const char* const end = m_text.data() + m_text.size();
        for (;;) {
            const char* start = p;
            while (p < end && *p != separator && isSpace(*p)) ++p;
            if (p < end && *p == '"') {
                std::string* copy = nullptr;
                const char* const content = ++p;
                const char* chunk = content;  // start of the text not yet copied
                std::string_view field;
                for (;;) {
                    const auto* close =
                        static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
                    if (!close)
                        throw DataError(m_source + ": line " + std::to_string(m_recordLine) +
                                        ": a quoted field is never closed (a '\"' is missing)");
                    m_line += static_cast<std::size_t>(std::count(p, close, '\n'));
                    if (close + 1 < end && close[1] == '"') {  // "" stands for one quote
                        if (!copy) copy = &copyAt(copies++);
                        copy->append(chunk, close + 1);
                        chunk = p = close + 2;
                        continue;
                    }
                    if (copy) copy->append(chunk, close);
                    field = copy ? std::string_view(*copy)
                                 : std::string_view(content, static_cast<std::size_t>(close - content));
                    p = close + 1;
                    break;
                }
                // Text after the closing quote is kept, as a spreadsheet would.
                const char* rest = p;
                while (p < end && *p != separator && *p != '\n') ++p;
                const std::string_view tail = trim(std::string_view(rest, static_cast<std::size_t>(p - rest)));
                if (!tail.empty()) {
                    if (!copy) {
                        copy = &copyAt(copies++);
                        copy->assign(field);
                    }
                    copy->append(tail);
                    field = *copy;
                }
                fields.push_back(trim(field));
            } else {
                while (p < end && *p != separator && *p != '\n') ++p;
                fields.push_back(trim(std::string_view(start, static_cast<std::size_t>(p - start))));
            }
            if (p < end && *p == separator) {
                ++p;
                continue;
            }
            if (p < end) {  // the line break
                ++p;
                ++m_line;
            }
            m_pos = static_cast<std::size_t>(p - m_text.data());
            return;
        }
    }

    std::size_t position() const { return m_pos; }
    std::size_t recordLine() const { return m_recordLine; }  ///< 1-based line where the last record read starts

private:
    std::string& copyAt(std::size_t i) {
        // A deque: growing it leaves the strings (and views into them) where they are.
        if (i == m_copies.size()) m_copies.emplace_back();
        m_copies[i].clear();
        return m_copies[i];
    }

    std::string_view m_text;
    const std::string& m_source;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_recordLine = 1;
    std::deque<std::string> m_copies;
};

/// The separator that splits the header and the first data records alike. A header of
/// one name cannot tell, so then the data records decide; with a decimal comma, a comma
/// separates only when nothing else fits.
char detectSeparator(RecordReader reader, bool decimalComma) {
    constexpr std::size_t kSampleRecords = 50;
    const char candidates[] = {'\t', ';', ','};
    std::vector<std::string_view> fields;
    std::size_t headerFields[3] = {}, agreeing[3] = {}, dataFields[3] = {};
    bool dataConsistent[3] = {true, true, true};
    std::size_t sampled = 0;
    for (int i = 0; i < 3; ++i) {
        RecordReader r = reader;
        r.read(candidates[i], fields);
        headerFields[i] = fields.size();
        for (std::size_t n = 0; n < kSampleRecords && r.skipBlankLines(); ++n) {
            r.read(candidates[i], fields);
            agreeing[i] += fields.size() == headerFields[i];
            if (n == 0) dataFields[i] = fields.size();
            dataConsistent[i] = dataConsistent[i] && fields.size() == dataFields[i];
            if (i == 0) ++sampled;
        }
    }
    auto rank = [&](int i) { return decimalComma && candidates[i] == ',' ? 1 : 0; };  // lower is better
    int best = -1;
    for (int i = 0; i < 3; ++i) {
        if (headerFields[i] < 2) continue;
        if (best < 0 || rank(i) < rank(best) || (rank(i) == rank(best) && agreeing[i] > agreeing[best])) best = i;
    }
    if (best >= 0) return candidates[best];
    // One name in the header: the separator the data use (so that a row with more fields is
    // reported as such), or else one that leaves a decimal comma alone.
    for (int i = 0; i < 3; ++i)
        if (rank(i) == 0 && sampled > 0 && dataConsistent[i] && dataFields[i] > 1) return candidates[i];
    return decimalComma ? ';' : ',';
}

bool parseNumber(std::string_view text, bool decimalComma, double& value) {
    if (text.empty()) return false;
    if (text.front() == '+') {
        text.remove_prefix(1);
        if (text.empty() || text.front() == '+' || text.front() == '-') return false;
    }
    char buffer[64];
    if (decimalComma) {
        // ',' is the decimal mark; a '.' is then text (it could be a thousands separator).
        if (text.size() > sizeof buffer) return false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '.') return false;
            buffer[i] = text[i] == ',' ? '.' : text[i];
        }
        text = std::string_view(buffer, text.size());
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() && std::isfinite(value);
}

std::string columnList(const std::vector<std::string>& names) {
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    return list;
}

/// Per column, while reading.
struct ColumnNotes {
    std::optional<BadCell> firstText;  ///< first cell that is neither empty nor a number
    std::size_t firstEmptyLine = 0;    ///< line of the first empty cell, 0 for none
    bool anyNumber = false;
};

}  // namespace

int Table::columnIndex(std::string_view name) const {
    const auto it = std::find(columnNames.begin(), columnNames.end(), name);
    return it == columnNames.end() ? -1 : static_cast<int>(it - columnNames.begin());
}

Table parseTable(std::string_view text, const std::string& source, const TableOptions& options) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    Table table;
    table.source = source;

    RecordReader reader(text, source);
    if (!reader.skipBlankLines()) throw DataError(source + ": the file is empty");
    const char separator = detectSeparator(reader, options.decimalComma);
    std::vector<std::string_view> fields;
    reader.read(separator, fields);
    const std::size_t headerLine = reader.recordLine();
    double ignored = 0.0;
    if (std::all_of(fields.begin(), fields.end(),
                    [&](std::string_view f) { return parseNumber(f, options.decimalComma, ignored); }))
        throw DataError(source + ": line " + std::to_string(headerLine) +
                        " holds numbers, not column names: the first line must name the columns");
    for (std::size_t c = 0; c < fields.size(); ++c) {
        if (fields[c].empty())
            throw DataError(source + ": column " + std::to_string(c + 1) + " has no name in the header");
        for (std::size_t k = 0; k < c; ++k)
            if (fields[k] == fields[c])
                throw DataError(source + ": the column name '" + std::string(fields[c]) + "' appears twice");
    }
    table.columnNames.assign(fields.begin(), fields.end());
    const std::size_t columns = fields.size();
    const auto columnCount = static_cast<Eigen::Index>(columns);

    // Values go straight into the column-major matrix, sized for one row per line left:
    // for a file without blank lines that is exact, and no copy is made at the end.
    const std::string_view rest = text.substr(reader.position());
    std::size_t capacity = static_cast<std::size_t>(std::count(rest.begin(), rest.end(), '\n'));
    if (!rest.empty() && rest.back() != '\n') ++capacity;
    Eigen::MatrixXd values(static_cast<Eigen::Index>(capacity), columnCount);
    std::vector<ColumnNotes> notes(columns);

    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::size_t rows = 0;
    while (reader.skipBlankLines()) {
        reader.read(separator, fields);
        const std::size_t line = reader.recordLine();
        if (fields.size() != columns) {
            std::string hint;
            if (options.decimalComma && separator == ',')
                hint = " (with a decimal comma, separate the fields with ';' or tabs, or quote the numbers)";
            throw DataError(source + ": line " + std::to_string(line) + " has " +
                            plural(fields.size(), "field", "fields") + ", but the header names " +
                            plural(columns, "column", "columns") + hint);
        }
        if (rows == capacity) {  // every record takes a line at least, so this is only a safeguard
            capacity = capacity * 2 + 16;
            values.conservativeResize(static_cast<Eigen::Index>(capacity), columnCount);
        }
        const auto r = static_cast<Eigen::Index>(rows);
        for (std::size_t c = 0; c < columns; ++c) {
            double value = 0.0;
            ColumnNotes& note = notes[c];
            if (fields[c].empty()) {
                value = nan;
                if (note.firstEmptyLine == 0) note.firstEmptyLine = line;
            } else if (parseNumber(fields[c], options.decimalComma, value)) {
                note.anyNumber = true;
            } else {
                value = nan;
                if (!note.firstText) note.firstText = BadCell{line, std::string(fields[c])};
            }
            values(r, static_cast<Eigen::Index>(c)) = value;
        }
        ++rows;
        if (options.progress && rows % 16384 == 0 &&
            !options.progress(static_cast<double>(reader.position()) / static_cast<double>(text.size())))
            throw ReadCancelled();
    }
    if (rows == 0) throw DataError(source + ": the file has a header but no data rows");

    // Which columns are numbers, and which of those have empty cells.
    table.firstBadCell.resize(columns);
    std::vector<std::size_t> withMissing;
    std::size_t firstMissing = 0;  // index into withMissing of the earliest empty cell
    for (std::size_t c = 0; c < columns; ++c) {
        const ColumnNotes& note = notes[c];
        if (note.firstText) {
            table.firstBadCell[c] = note.firstText;
        } else if (!note.anyNumber) {
            table.firstBadCell[c] = BadCell{note.firstEmptyLine, ""};  // every cell empty: nothing to learn from
        } else if (note.firstEmptyLine != 0) {
            if (!withMissing.empty() && note.firstEmptyLine < notes[withMissing[firstMissing]].firstEmptyLine)
                firstMissing = withMissing.size();
            withMissing.push_back(c);
        }
    }
    if (!withMissing.empty()) {
        const std::size_t c = withMissing[firstMissing];
        const std::string where =
            "line " + std::to_string(notes[c].firstEmptyLine) + ", column '" + table.columnNames[c] + "'";
        if (options.missingValues == MissingValues::Refuse)
            throw MissingValueError(source + ": " + where + ": the cell is empty (a missing value)");
        std::size_t kept = 0;
        for (std::size_t r = 0; r < rows; ++r) {
            bool complete = true;
            for (std::size_t m : withMissing)
                complete = complete && !std::isnan(values(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(m)));
            if (!complete) continue;
            if (kept != r) values.row(static_cast<Eigen::Index>(kept)) = values.row(static_cast<Eigen::Index>(r));
            ++kept;
        }
        table.droppedRows = rows - kept;
        table.firstDroppedLine = notes[c].firstEmptyLine;
        rows = kept;
        if (rows == 0)
            throw DataError(source + ": every row has a missing value (an empty cell; the first on " + where +
                            "), so no row is left");
    }
    if (rows == static_cast<std::size_t>(values.rows())) {
        table.values = std::move(values);
    } else {
        table.values = values.topRows(static_cast<Eigen::Index>(rows));
    }
    return table;
}

Table readTable(const std::string& path, const TableOptions& options) {
    std::ifstream file(path, std::ios::binary | std::ios::ate);
    if (!file) throw DataError(path + ": cannot open the file (missing, or not readable)");
    // One buffer the size of the file: no copies, no growing.
    const std::streamoff size = file.tellg();
    if (size < 0) throw DataError(path + ": reading the file failed");
    std::string content(static_cast<std::size_t>(size), '\0');
    file.seekg(0);
    if (!file.read(content.data(), size)) throw DataError(path + ": reading the file failed");
    return parseTable(content, path, options);
}

std::vector<std::size_t> constantColumns(const Table& table) {
    std::vector<std::size_t> constant;
    for (std::size_t c = 0; c < table.columnNames.size(); ++c) {
        if (!table.isNumeric(c) || table.rowCount() == 0) continue;
        const auto column = table.values.col(static_cast<Eigen::Index>(c));
        if ((column.array() == column(0)).all()) constant.push_back(c);
    }
    return constant;
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
        throw DataError(table.source + ": unknown column '" + name +
                        "'; the columns are: " + columnList(table.columnNames));
    return static_cast<std::size_t>(i);
}

void requireNumeric(const Table& table, std::size_t column) {
    if (const auto& bad = table.firstBadCell[column])
        throw DataError(
            table.source + ": line " + std::to_string(bad->line) + ", column '" + table.columnNames[column] + "': " +
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

Selection sampleRows(const Selection& data, std::int64_t most) {
    if (data.X.rows() <= most) return data;
    const std::vector<std::int64_t> rows = fixedSample(data.X.rows(), most);
    return {data.X(rows, Eigen::all), data.Y(rows, Eigen::all), data.inputNames, data.targetNames};
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

std::vector<bool> heldOutRows(const Table& table, const std::string& splitColumn) {
    const Eigen::MatrixXd marks = columnsByName(table, {splitColumn});
    std::vector<bool> heldOut(static_cast<std::size_t>(marks.rows()));
    for (Eigen::Index r = 0; r < marks.rows(); ++r) heldOut[static_cast<std::size_t>(r)] = marks(r, 0) != 0.0;
    return heldOut;
}

}  // namespace darts
