#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ga {

// The parts of a PostgreSQL store's address, postgresql://user@host:port/database, as the store
// dialog edits them. A host that is a folder (/var/run/postgresql: the server's Unix socket)
// goes into the address as ?host=…, as libpq reads it. Never holds a password.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    QString host;
    int port = 5432;
    QString database;
    QString user;

    // The parts of `location`; nullopt when it is not a postgresql:// address.
    static std::optional<ServerAddress> parse(const QString &location);
    // The address; the parts must be valid (problem() empty).
    QString location() const;
    // What is missing or wrong, translated; empty when the address can be used.
    QString problem() const;
};

} // namespace ga
