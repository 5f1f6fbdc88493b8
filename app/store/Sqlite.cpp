#include "store/Sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace rapport::store {

StoreProblem problemOf(int code) {
    switch (code & 0xff) { // the primary code of an extended one
    case SQLITE_CORRUPT: return StoreProblem::Damaged;
    case SQLITE_NOTADB: return StoreProblem::Foreign;
    default: return StoreProblem::Io;
    }
}

void check(sqlite3* db, int code, std::string_view what) {
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE) return;
    std::string message(what);
    message += ": ";
    message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw StoreError(message, problemOf(code));
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    check(m_db, sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr), "preparing a query");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::bind(int index, std::int64_t value) {
    check(m_db, sqlite3_bind_int64(m_stmt, index, value), "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    check(m_db, sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT), "binding a text");
    return *this;
}

Statement& Statement::bindNull(int index) {
    check(m_db, sqlite3_bind_null(m_stmt, index), "binding null");
    return *this;
}

bool Statement::step() {
    const int code = sqlite3_step(m_stmt);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return false;
    }
    sqlite3_reset(m_stmt);
    check(m_db, code, "running a query");
    return false;
}

void Statement::run() {
    while (step()) {
    }
    sqlite3_clear_bindings(m_stmt);
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
int Statement::int32(int column) const { return sqlite3_column_int(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::string Statement::text(int column) const {
    const unsigned char* p = sqlite3_column_text(m_stmt, column);
    if (p == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::string_view Statement::textView(int column) const {
    const unsigned char* p = sqlite3_column_text(m_stmt, column);
    if (p == nullptr) return {};
    return std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column)) return std::nullopt;
    return text(column);
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const {
    if (isNull(column)) return std::nullopt;
    return int64(column);
}

Database::Database(const std::string& path, bool create) : m_path(path) {
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int code = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (code != SQLITE_OK) {
        const std::string why = m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(path + ": " + why, problemOf(code));
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database() { sqlite3_close_v2(m_db); }

void Database::exec(std::string_view sql) {
    char* error = nullptr;
    const std::string text(sql);
    const int code = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (code != SQLITE_OK) {
        std::string message = error != nullptr ? error : sqlite3_errstr(code);
        sqlite3_free(error);
        throw StoreError(m_path + ": " + message, problemOf(code));
    }
}

Statement Database::prepare(std::string_view sql) { return Statement(m_db, sql); }

std::int64_t Database::queryInt(std::string_view sql) {
    Statement s = prepare(sql);
    const std::int64_t value = s.step() ? s.int64(0) : 0;
    s.reset();
    return value;
}

std::string Database::queryText(std::string_view sql) {
    Statement s = prepare(sql);
    std::string value = s.step() ? s.text(0) : std::string();
    s.reset();
    return value;
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

} // namespace rapport::store
