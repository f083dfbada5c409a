#pragma once
/// @brief A data table read from delimited text, and the choice of input and target columns.

#include <Eigen/Core>

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

/// The first cell of a column that is not a finite number.
struct BadCell {
    std::size_t line;  ///< 1-based line of the file
    std::string text;  ///< the cell as written
};

struct Table {
    std::string source;  ///< file name or example name, for messages
    std::vector<std::string> columnNames;
    Eigen::MatrixXd values;  ///< rows x columns; NaN where a cell is not a finite number
    std::vector<std::optional<BadCell>> firstBadCell;  ///< per column

    Eigen::Index rowCount() const { return values.rows(); }
    bool isNumeric(std::size_t column) const { return !firstBadCell[column].has_value(); }
    /// Index of the column of that name, or -1.
    int columnIndex(std::string_view name) const;
};

/// Parses comma-, semicolon- or tab-separated text with a header line (the
/// separator is read off the header). Handles a UTF-8 byte-order mark, CRLF,
/// quoted fields and blank lines. Throws DataError for an empty text, a
/// missing header, a ragged row or repeated column names.
Table parseTable(std::string_view text, const std::string& source);
/// Reads and parses a file; throws DataError when it cannot be read.
Table readTable(const std::string& path);

/// Inputs and targets taken from a table.
struct Selection {
    Eigen::MatrixXd X;  ///< rows x inputs
    Eigen::MatrixXd Y;  ///< rows x targets
    std::vector<std::string> inputNames;
    std::vector<std::string> targetNames;
};

/// Picks columns by name. No targets: the last column. No inputs: every other
/// numeric column. Throws DataError for an unknown column, a column used twice,
/// or a selected column with a cell that is not a number (named by line and column).
Selection selectColumns(const Table& table, std::vector<std::string> inputs, std::vector<std::string> targets);

/// The named columns as a matrix, in the order given. Throws DataError for an
/// unknown column or a cell that is not a number (named by line and column).
Eigen::MatrixXd columnsByName(const Table& table, const std::vector<std::string>& names);

/// Splits "a,b,c" into names (empty text: no names).
std::vector<std::string> splitNames(std::string_view commaSeparated);

}  // namespace darts
