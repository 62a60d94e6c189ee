#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace strata {

// The one error style of the core: a code a program can switch on, and a human
// message that says what is wrong and where.
enum class ErrorCode {
    Io,
    Config,
    Parse,
    Decode,
    NotFound,
    Ambiguous,
    MultipleHeads,
    Cycle,
    RangeNotAncestor,
    Resolution,
    InvalidArgument,
    Cancelled,
};

QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    QString file; // empty when the error is not about a file
    int line = 0; // 1-based; 0 when unknown
    QString key;  // the config key or field, when there is one

    // "file:line: message" or just the message.
    QString toString() const;
};

inline Error makeError(ErrorCode code, QString message, QString file = {}, int line = 0, QString key = {})
{
    return Error { code, std::move(message), std::move(file), line, std::move(key) };
}

// A value or an Error; expected<T, E>-style, no exceptions across APIs.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace strata
