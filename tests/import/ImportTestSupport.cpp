#include "ImportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>

namespace ga::test {

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
    return path;
}

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

qint64 addDepartment(TempDatabase &t, const QString &code, const QString &name)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("INSERT INTO departments (code, name, kind, created_at) "
                             "VALUES (?, ?, 'agency', 0)"));
    q.addBindValue(code);
    q.addBindValue(name);
    q.exec();
    return q.lastInsertId().toLongLong();
}

qint64 addVehicle(TempDatabase &t, const QString &plate, const QString &fleetNo,
                  const QString &card, const QString &energy)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("INSERT INTO vehicles (plate, fleet_no, brand, category, energy_type, "
                             "seats, ownership, fuel_card_no, created_at) "
                             "VALUES (?, ?, 'Test', 'general', ?, 5, 'retained', ?, 0)"));
    q.addBindValue(plate);
    q.addBindValue(fleetNo.isEmpty() ? QVariant() : QVariant(fleetNo));
    q.addBindValue(energy);
    q.addBindValue(card.isEmpty() ? QVariant() : QVariant(card));
    q.exec();
    return q.lastInsertId().toLongLong();
}

} // namespace ga::test
