#include "storage/StoreLocation.h"

#include "storage/Database.h"

#include <QUrl>
#include <QUrlQuery>

namespace ga {

std::optional<ServerAddress> ServerAddress::parse(const QString &location)
{
    if (!Database::isServerLocation(location))
        return std::nullopt;
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    ServerAddress a;
    a.host = url.host();
    const QString socketFolder = QUrlQuery(url).queryItemValue(QStringLiteral("host"),
                                                               QUrl::FullyDecoded);
    if (a.host.isEmpty() && !socketFolder.isEmpty())
        a.host = socketFolder;
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    a.user = url.userName();
    return a;
}

QString ServerAddress::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user.trimmed());
    const QString h = host.trimmed();
    if (!h.startsWith(QLatin1Char('/')))
        url.setHost(h);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database.trimmed());
    if (h.startsWith(QLatin1Char('/'))) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), h);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::problem() const
{
    if (host.trimmed().isEmpty())
        return tr("Enter the server's name or address.");
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('@')))
        return tr("The server's name cannot hold spaces or \"@\".");
    if (port < 1 || port > 65535)
        return tr("The port must be between 1 and 65535.");
    if (database.trimmed().isEmpty())
        return tr("Enter the name of the database.");
    if (database.contains(QLatin1Char('/')) || database.contains(QLatin1Char('?')))
        return tr("The database's name cannot hold \"/\" or \"?\".");
    if (user.trimmed().isEmpty())
        return tr("Enter the user name GovAssets connects as.");
    return {};
}

} // namespace ga
