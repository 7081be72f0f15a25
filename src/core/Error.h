#pragma once

#include <QString>

#include <stdexcept>

namespace ga {

// Every error a service raises carries a message already in the user's language,
// so a widget can show it as it is.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// Bad input: a field missing, out of range, or breaking a domain rule.
class ValidationError : public Error
{
public:
    using Error::Error;
};

// The current user's role does not allow the action.
class PermissionError : public Error
{
public:
    using Error::Error;
};

// The row asked for does not exist (any more).
class NotFoundError : public Error
{
public:
    using Error::Error;
};

// The action collides with stored data: a duplicate key, history that refers to the row,
// an overlapping trip.
class ConflictError : public Error
{
public:
    using Error::Error;
};

// The database itself failed (I/O, corrupt file, SQL error). The message names what was
// being done.
class StorageError : public Error
{
public:
    using Error::Error;
};

} // namespace ga
