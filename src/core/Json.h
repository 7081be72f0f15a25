#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace ga {

inline QString toCompactJson(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace ga
