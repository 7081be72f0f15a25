#pragma once

#include "support/TempDatabase.h"

#include <QByteArray>
#include <QString>

namespace ga::test {

// Writes `bytes` to `name` in `dir`; returns the path.
QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes);
// `text` encoded as GB18030 (what Chinese Excel writes as CSV).
QByteArray gbk(const QString &text);
QByteArray readAll(const QString &path);

qint64 addDepartment(TempDatabase &t, const QString &code, const QString &name);
qint64 addVehicle(TempDatabase &t, const QString &plate, const QString &fleetNo = {},
                  const QString &card = {}, const QString &energy = QStringLiteral("petrol"));

} // namespace ga::test
