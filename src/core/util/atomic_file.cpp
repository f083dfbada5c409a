#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <system_error>

namespace darts {
namespace {

std::string reason(int error) { return std::generic_category().message(error); }

[[noreturn]] void fail(const std::string& path, const std::string& why) {
    throw FileWriteError("cannot write '" + path + "': " + why);
}

/// A suffix that differs between calls, threads and processes; O_EXCL catches the rare clash.
std::string uniqueSuffix(unsigned attempt) {
    static std::atomic<unsigned> counter{0};
    const auto ticks = static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count());
    unsigned long long mix = ticks ^ (static_cast<unsigned long long>(::getpid()) << 32) ^
                             (counter.fetch_add(1, std::memory_order_relaxed) * 0x9E3779B97F4A7C15ULL) ^ attempt;
    mix ^= mix >> 33;
    mix *= 0xFF51AFD7ED558CCDULL;
    mix ^= mix >> 33;
    char text[9];
    std::snprintf(text, sizeof text, "%08x", static_cast<unsigned>(mix));
    return text;
}

std::string directoryOf(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

void writeFileAtomically(const std::string& path, std::string_view content) {
    if (path.empty()) fail(path, "no file name given");
    std::string temp;
    int fd = -1;
    for (unsigned attempt = 0; fd < 0; ++attempt) {
        temp = path + ".tmp-" + uniqueSuffix(attempt);
        fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && (errno != EEXIST || attempt >= 100)) fail(path, reason(errno));
    }
    // From here on every failure removes the temporary file before reporting.
    auto abandon = [&](int error) {
        if (fd >= 0) ::close(fd);
        ::unlink(temp.c_str());
        fail(path, reason(error));
    };

    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode) &&
        ::fchmod(fd, existing.st_mode & 07777) != 0)
        abandon(errno);

    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            abandon(errno);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    // Without fsync a crash soon after the rename could leave the new name on an empty file.
    if (::fsync(fd) != 0) abandon(errno);
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0) abandon(errno);
    if (::rename(temp.c_str(), path.c_str()) != 0) abandon(errno);

    // The rename itself lasts once the directory is on the disk too; a failure here
    // loses nothing that is not already written, so it is not reported.
    const int dir = ::open(directoryOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

}  // namespace darts
