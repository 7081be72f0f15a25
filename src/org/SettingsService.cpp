#include "org/SettingsService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace ga {

namespace {
// Settings that are yes (1) or no (0).
bool isFlagKey(const QString &key)
{
    return key == QLatin1String(SettingsService::HousingDeclineKeepsPlace);
}

bool isNumericKey(const QString &key)
{
    return key != QLatin1String(SettingsService::BureauName)
           && key != QLatin1String(SettingsService::OfficeWashroomRanks) && !isFlagKey(key);
}
} // namespace

SettingsService::SettingsService(Database &db, Session &session, AuditLog &audit)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
{}

QString SettingsService::value(const QString &key, const QString &fallback) const
{
    Query q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"),
            tr("reading a setting"));
    q.bind(QStringLiteral(":key"), key);
    return q.scalar(fallback).toString();
}

int SettingsService::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

QString SettingsService::validated(const QString &key, const QString &value) const
{
    const QString v = value.trimmed();
    if (isNumericKey(key)) {
        bool ok = false;
        const int n = v.toInt(&ok);
        const bool zeroAllowed = key == QLatin1String(OfficeWashroomAllowance);
        if (!ok || n < 0 || (n == 0 && !zeroAllowed))
            throw ValidationError(tr("The setting \"%1\" must be a whole number above zero.").arg(key));
    } else if (isFlagKey(key)) {
        if (v != QLatin1String("0") && v != QLatin1String("1"))
            throw ValidationError(tr("The setting \"%1\" must be 0 (no) or 1 (yes).").arg(key));
    } else if (key == QLatin1String(BureauName) && v.isEmpty()) {
        throw ValidationError(tr("The bureau's name may not be empty."));
    }
    return v;
}

void SettingsService::store(const QString &key, const QString &v)
{
    const QString before = this->value(key);
    setValueUnchecked(key, v);
    m_audit.record(QStringLiteral("update"), QStringLiteral("setting"), 0,
                   QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), before}},
                   QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), v}});
}

void SettingsService::setValue(const QString &key, const QString &value)
{
    setValues({{key, value}});
}

void SettingsService::setValues(const QList<QPair<QString, QString>> &changes)
{
    m_session.require(Permission::ManageSettings);
    QList<QPair<QString, QString>> clean;
    for (const auto &[key, value] : changes)
        clean.append({key, validated(key, value)});
    Transaction tx(m_db);
    for (const auto &[key, value] : clean)
        store(key, value);
    tx.commit();
}

void SettingsService::setValueUnchecked(const QString &key, const QString &value)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            tr("saving a setting"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
}

} // namespace ga
