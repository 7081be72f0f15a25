#pragma once

#include "org/OrgTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace ga {

class Database;
class Query;

// SQL for the `buildings` table: lists filter, sort and page in SQL.
class BuildingRepository
{
    Q_DECLARE_TR_FUNCTIONS(BuildingRepository)
public:
    explicit BuildingRepository(Database &db);

    std::optional<Building> find(qint64 id) const;
    QList<BuildingRow> list(const BuildingFilter &filter, int offset, int limit) const;
    int count(const BuildingFilter &filter) const;

    bool codeExists(const QString &code, qint64 exceptId = 0) const;
    QStringList referencedBy(qint64 id) const;

    qint64 insert(const Building &b);
    void update(const Building &b);
    void setStatus(qint64 id, OrgStatus status);
    void remove(qint64 id);

private:
    static void bind(const Building &b, Query &q);

    Database &m_db;
};

} // namespace ga
