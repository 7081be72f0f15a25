#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ga::vehicles {

// The times a clerk types into the request form while on the phone:
//   "14:30" (also "1430", "14.30", "14点30", "14点"): that time on `day`;
//   "+2h", "+90m", "+1h30m", "+1.5h" (also 小时/分钟): `base` plus that much;
//   "12-03 9:00", "2026-12-03 09:00": that day and time.
// Returns nothing for anything else; error() says what is accepted.
class TripTime
{
    Q_DECLARE_TR_FUNCTIONS(TripTime)
public:
    static std::optional<QDateTime> parse(const QString &text, const QDate &day,
                                          const QDateTime &base);
    static QString format(const QDateTime &at);
    static QString error(const QString &text);
};

} // namespace ga::vehicles
