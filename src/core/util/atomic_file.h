#pragma once
/// @brief Replacing a file all at once: readers see the old content or the new, never a mix, even after a crash.

#include <stdexcept>
#include <string>
#include <string_view>

namespace darts {

/// A file that could not be written; what() names it and the reason.
class FileWriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Writes `content` to a new file "<path>.tmp-XXXXXXXX" beside `path`, flushes
/// it to the disk, then renames it over `path` (the rename is atomic because
/// both are in one directory, hence on one file system). An existing file keeps
/// its permission bits; a new one gets the usual ones (0666 less the umask).
/// On any failure the temporary file is removed and FileWriteError is thrown:
/// "cannot write '<path>': <reason>". POSIX only.
void writeFileAtomically(const std::string& path, std::string_view content);

}  // namespace darts
