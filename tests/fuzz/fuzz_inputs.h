#pragma once
/// @brief What the fuzz targets do with one input, shared with test_fuzz_regressions
/// so that a saved crash is replayed exactly as it was found.

#include "data/table.h"
#include "io/session_file.h"
#include "search/search_engine.h"

#include <string_view>

namespace darts::fuzz {

/// The CSV/TSV reader with its defaults, then the default choice of columns.
/// Bad text throws DataError, the reader's answer to it; nothing else may escape.
inline void readTableInput(std::string_view text) {
    try {
        const Table table = parseTable(text, "fuzz");
        selectColumns(table, {}, {});
    } catch (const DataError&) {
    }
}

/// The session loader. A bad file throws SessionError; one that loads must also
/// build its engine and save and load again, as the window and darts-cli do
/// with it, so any exception from those steps escapes and counts as a bug.
inline void readSessionInput(std::string_view text) {
    Session session;
    try {
        session = readSession(text);
    } catch (const SessionError&) {
        return;
    }
    makeEngine(session);
    readSession(writeSession(session));
}

}  // namespace darts::fuzz
