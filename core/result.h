// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <utility>
#include <variant>

// Core reports failures as values; the UI and the CLI decide how a person sees them.
enum class ErrorKind
{
    Invalid,      // the input breaks a rule (bad name, missing owner, too long)
    NotFound,     // the thing named does not exist
    Refused,      // valid input, but the current state forbids it (an invalid transition)
    Conflict,     // would duplicate something unique
    Storage,      // the workspace file cannot be read, written or understood
    Incompatible, // the workspace was written by a newer Steward
};

struct Error
{
    ErrorKind kind = ErrorKind::Storage;
    QString message;
    // For text a person typed: the 1-based column the message is about; 0 when it is not about one.
    int column = 0;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    // By value, so that `for (x : f().value())` does not run over a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &std::get<T>(m_data); }
    T* operator->() { return &std::get<T>(m_data); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;
