#include "io/AtomicFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport {
namespace {

std::string describe(const std::filesystem::path& path, const char* what, int err) {
    return "cannot " + std::string(what) + " " + path.string() + ": " + std::strerror(err);
}

/// Writes all of `bytes`, retrying short writes and interruptions.
bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

/// fsync on the folder makes the rename itself durable (ext4 and others need it). Returns 0 or
/// the error; a file system that cannot sync folders at all (EINVAL) is no failure.
int syncFolder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return errno;
    const int result = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    ::close(fd);
    return result;
}

} // namespace

WriteResult writeFileAtomically(const std::filesystem::path& path, std::string_view bytes, unsigned mode) {
    const std::filesystem::path folder = path.parent_path();
    std::error_code ec;
    if (!folder.empty()) std::filesystem::create_directories(folder, ec);
    if (ec) return {"cannot create the folder " + folder.string() + ": " + ec.message()};

    // A random suffix: two writers of the same file never share a temporary.
    std::random_device device;
    const std::filesystem::path temp =
        path.string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(device() & 0xFFFFFFu);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
    if (fd < 0) return {describe(temp, "create", errno)};
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        return {describe(path, "write", err)};
    }
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        return {describe(path, "write", err)};
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        return {describe(path, "replace", err)};
    }
    // The new content is in place; if the folder cannot be flushed, the rename may not survive a
    // power cut, and the caller hears so.
    if (const int err = syncFolder(folder); err != 0) return {describe(folder.empty() ? "." : folder, "flush the folder", err)};
    return {};
}

} // namespace rapport
