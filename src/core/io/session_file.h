#pragma once
/// @brief Session files: the data, the choice of columns, the settings and the
/// search state in one JSON document, so that a search continues after
/// reopening exactly as if it had never been closed.

#include "data/table.h"
#include "search/search_config.h"
#include "search/search_state.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace darts {

class SearchEngine;

/// A session that cannot be read, written or used, worded for the person who
/// has the file: what is wrong and where (a field such as "search.alpha[2]").
class SessionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr std::string_view kSessionFormat = "darts-studio-session";
/// The version this program writes, and the newest it reads.
inline constexpr int kSessionVersion = 1;

struct Session {
    int version = kSessionVersion;  ///< the version a session was read as; writing always writes kSessionVersion
    /// The whole table, text columns included (their cells are NaN, as readTable
    /// leaves them); data.source says where it first came from.
    Table data;
    std::vector<std::string> inputs;   ///< column names, in the network's input order
    std::vector<std::string> targets;  ///< column names, in the network's output order
    /// A column whose non-zero cells mark the rows held out for validation; empty: validation_share decides.
    std::string validationColumn;
    SearchConfig config;
    std::optional<SearchState> state;  ///< none: a search not started, or to start afresh
    /// The mixture weights of each epoch as the window plotted them (edges x primitives), oldest
    /// first; optional (the command line keeps none), at most one per epoch of the state.
    std::vector<Eigen::MatrixXd> weightHistory;
    /// The epoch of each weightHistory entry, rising, when the window kept only some epochs (a long run
    /// is thinned); empty: one entry per epoch from the first.
    std::vector<int> weightHistoryEpochs;
    /// Classroom mode: which of the window's controls are shown, by the window's names for them
    /// (e.g. "dock:SettingsDock" -> false). Empty: the file says nothing, the window keeps its own.
    std::vector<std::pair<std::string, bool>> classroom;
};

/// The session as JSON text:
/// {"format":"darts-studio-session","version":1,
///  "data":{"source":..., "columns":[...], "rows":[[...],...], "bad_cells":{column:{"line":n,"text":...}}},
///  "inputs":[...], "targets":[...], "validation_column": name (optional), "settings":{name: text for every configFields() entry},
///  "search":{"epoch", "loss_history", "alpha" (a row per edge), "parameters",
///            "adam":{"steps","first_moment","second_moment"}, "random_state",
///            "model":{"primitives": name per edge, "parameters"}},
///  "weights_history":[matrix per epoch], "weights_history_epochs":[epoch per matrix] (only when thinned),
///  "classroom":{control name: shown (bool)}}
/// Cells that are not numbers are null ("bad_cells" keeps each such column's first
/// one as the file had it); so is the loss of an epoch without any step (NaN);
/// anywhere else null is refused. "bad_cells", "search", "model" and "classroom" are left out when empty
/// ("classroom" is optional when read, so files from before it are read as they were).
/// Numbers are written in their shortest exact form, so they read back bit for bit.
/// Checks the session as readSession does and throws SessionError rather than
/// write a file that could not be read back, e.g. a state with a non-finite value.
std::string writeSession(const Session& session);

/// Parses and checks a session: JSON, format tag, version (newer than
/// kSessionVersion is refused), every field's presence and type, every setting
/// (through configFields()), the columns chosen, and the state's shapes against
/// the network the settings build. Unknown top-level fields are ignored, as a
/// later version may add some; unknown settings are not, as they would change
/// the search. Throws SessionError naming the first problem found.
Session readSession(std::string_view text);

class JsonWriter;
class JsonValue;

/// The pieces of a session, for other files that keep tables, settings and search states
/// (sweep results): written and read exactly as in a session. Readers throw SessionError
/// naming the field (paths as in a session: "settings.seed", "search.alpha[2]").
void writeTableJson(JsonWriter& json, const Table& table);
void writeSettingsJson(JsonWriter& json, const SearchConfig& config);
void writeSearchStateJson(JsonWriter& json, const SearchState& state, const SearchConfig& config);
Table readTableJson(const JsonValue& data);
SearchConfig readSettingsJson(const JsonValue& settings);
/// Checks the shapes against nothing: restore the state into an engine with those settings to check it.
SearchState readSearchStateJson(const JsonValue& search, const SearchConfig& config);

/// Writes the session so that the file is replaced whole or not at all
/// (writeFileAtomically). Throws SessionError "cannot write '<path>': ...".
void saveSessionFile(const std::string& path, const Session& session);
/// Reads and checks a session file. Throws SessionError "<path>: ...".
Session loadSessionFile(const std::string& path);

/// The session of an engine's search. The engine must have been built from
/// `table`'s columns named by its input and output names: that is checked
/// value by value, as a continued search is exact only on the same data.
/// Throws SessionError otherwise.
/// `validationColumn` names the split column the engine's held-out rows came from, if any.
Session makeSession(const Table& table, const SearchEngine& engine, bool withState = true,
                    const std::string& validationColumn = {});

/// A new engine on the session's columns and settings, its search restored
/// from the session's state when there is one. Throws SessionError.
std::unique_ptr<SearchEngine> makeEngine(const Session& session);

}  // namespace darts
