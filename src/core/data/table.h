#pragma once
/// @brief A data table read from delimited text, and the choice of input and target columns.

#include <Eigen/Core>

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace darts {

/// A problem with the data, worded for the person who supplied it.
class DataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An empty cell in a numeric column, under MissingValues::Refuse: the one DataError that
/// another choice of options would avoid.
class MissingValueError : public DataError {
public:
    using DataError::DataError;
};

/// What to do with a row that has an empty cell (a missing value) in a numeric column.
enum class MissingValues {
    Refuse,  ///< the file is not read: a MissingValueError names the first empty cell's line and column
    Drop,    ///< such rows are left out; Table::droppedRows counts them
};

/// How to read a table. The defaults read what a spreadsheet exports in an English locale,
/// and never drop data silently.
struct TableOptions {
    bool decimalComma = false;  ///< "3,14" is 3.14 (and "3.14" is text): files from a German or French locale
    MissingValues missingValues = MissingValues::Refuse;
    /// Called now and then with the fraction of the text read (0 to 1); returning false stops the
    /// reading, which then throws ReadCancelled. Called on the reading thread.
    std::function<bool(double fraction)> progress;
};

/// Thrown when TableOptions::progress asked to stop.
class ReadCancelled : public std::runtime_error {
public:
    ReadCancelled() : std::runtime_error("reading the table was cancelled") {}
};

/// The first cell of a column that is not a finite number.
struct BadCell {
    std::size_t line;  ///< 1-based line of the file
    std::string text;  ///< the cell as written
};

struct Table {
    std::string source;  ///< file name or example name, for messages
    std::vector<std::string> columnNames;
    Eigen::MatrixXd values;                            ///< rows x columns; NaN where a cell is not a finite number
    std::vector<std::optional<BadCell>> firstBadCell;  ///< per column
    /// Rows left out because of an empty cell in a numeric column (MissingValues::Drop), and
    /// the file line of the first of them (0 when none was dropped).
    std::size_t droppedRows = 0;
    std::size_t firstDroppedLine = 0;

    Eigen::Index rowCount() const { return values.rows(); }
    bool isNumeric(std::size_t column) const { return !firstBadCell[column].has_value(); }
    /// Index of the column of that name, or -1.
    int columnIndex(std::string_view name) const;
};

/// Parses comma-, semicolon- or tab-separated text with a header line. The
/// separator is the one that splits the header and the first data lines into
/// the same number of fields (a header of one name takes the data's word).
/// Handles a UTF-8 byte-order mark, CRLF, quoted fields (which may hold the
/// separator, "" for a quote, and line breaks) and blank lines.
///
/// A column is numeric when every non-empty cell is a finite number; a column
/// with any other text, or with no number at all, is text (NaN cells, its
/// first such cell in firstBadCell). An empty cell in a numeric column is a
/// missing value, handled by options.missingValues. Missing values are
/// settled when reading, over every numeric column, rather than when columns
/// are chosen: the table then has one row count, the preview shows exactly
/// the rows a search gets, and a session saved from it holds finite numbers.
///
/// Throws DataError for an empty text, a missing header, a ragged row,
/// repeated column names, a missing value under MissingValues::Refuse, or no
/// row left; ReadCancelled when options.progress says stop.
Table parseTable(std::string_view text, const std::string& source, const TableOptions& options = {});
/// Reads and parses a file; throws DataError when it cannot be read.
Table readTable(const std::string& path, const TableOptions& options = {});

/// The numeric columns whose values are all the same: they carry no information.
std::vector<std::size_t> constantColumns(const Table& table);

/// Inputs and targets taken from a table.
struct Selection {
    Eigen::MatrixXd X;  ///< rows x inputs
    Eigen::MatrixXd Y;  ///< rows x targets
    std::vector<std::string> inputNames;
    std::vector<std::string> targetNames;
};

/// At most `most` of the rows, in their order, the same ones every time (fixedSample); all when there
/// are no more: what a plot of a big table draws.
Selection sampleRows(const Selection& data, std::int64_t most);

/// Picks columns by name. No targets: the last column. No inputs: every other
/// numeric column. Throws DataError for an unknown column, a column used twice,
/// or a selected column with a cell that is not a number (named by line and column).
Selection selectColumns(const Table& table, std::vector<std::string> inputs, std::vector<std::string> targets);

/// The rows a split column marks as held out for validation: those whose cell is not zero.
/// Throws DataError for an unknown column or one with a cell that is not a number.
std::vector<bool> heldOutRows(const Table& table, const std::string& splitColumn);

/// The named columns as a matrix, in the order given. Throws DataError for an
/// unknown column or a cell that is not a number (named by line and column).
Eigen::MatrixXd columnsByName(const Table& table, const std::vector<std::string>& names);

/// Splits "a,b,c" into names (empty text: no names).
std::vector<std::string> splitNames(std::string_view commaSeparated);

}  // namespace darts
