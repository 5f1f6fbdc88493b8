#pragma once
// A thin RAII layer over SQLite's C API: a connection, prepared statements with typed binds and
// reads, and one exception type for every database failure. Nothing here knows Rapport's schema.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::store {

/// What kind of failure a StoreError is, so the app can say it in the learner's language.
enum class StoreProblem : std::uint8_t {
    Io,      ///< the file could not be opened, read or written (folder missing, disk full, locked)
    Foreign, ///< the file is not a Rapport progress database (another program's file, or not SQLite)
    Damaged, ///< SQLite reports the file as malformed
    Newer,   ///< written by a newer Rapport with a schema this build does not know
};

/// A database failure in plain words (which file, what went wrong); the edges catch it.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const std::string& message, StoreProblem problem = StoreProblem::Io)
        : std::runtime_error(message), m_problem(problem) {}
    [[nodiscard]] StoreProblem problem() const { return m_problem; }

private:
    StoreProblem m_problem;
};

/// One prepared statement; reset and reused for every execution (bind, step, read).
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

    /// Binds a value to the 1-based parameter `index`; returns *this to chain binds.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<std::string>& value) { return value ? bind(index, *value) : bindNull(index); }
    Statement& bind(int index, const std::optional<std::int64_t>& value) { return value ? bind(index, *value) : bindNull(index); }

    /// Runs one step: true while a row is available, false when done (and then resets the statement).
    bool step();
    /// Runs the statement to completion, ignoring rows, and resets it for the next use.
    void run();
    /// Resets the statement and clears its bindings.
    void reset();

    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int int32(int column) const;
    [[nodiscard]] std::string text(int column) const;
    /// The text without a copy; valid until the next step() or reset().
    [[nodiscard]] std::string_view textView(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInt64(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/// An open connection; closed on destruction (uncommitted work is rolled back by SQLite).
class Database {
public:
    /// Opens (or creates, when `create`) the file. Throws StoreError with the path on failure.
    Database(const std::string& path, bool create);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements that return no rows we need.
    void exec(std::string_view sql);
    /// Prepares a statement; valid while the database lives.
    [[nodiscard]] Statement prepare(std::string_view sql);
    /// The single integer a query like "PRAGMA user_version" returns.
    [[nodiscard]] std::int64_t queryInt(std::string_view sql);
    /// The single text value a query returns ("" when no row).
    [[nodiscard]] std::string queryText(std::string_view sql);
    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

/// The kind of problem an SQLite result code means.
[[nodiscard]] StoreProblem problemOf(int code);

/// Throws StoreError naming `what` and SQLite's message when `code` is not a success code.
void check(sqlite3* db, int code, std::string_view what);

} // namespace rapport::store
