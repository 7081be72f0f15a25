#pragma once

#include "org/OrgTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace ga {

class Database;
class Query;

// SQL for the `departments` table. No rules: OrgService checks them.
class DepartmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentRepository)
public:
    explicit DepartmentRepository(Database &db);

    std::optional<Department> find(qint64 id) const;
    // Every department (the tree is a few thousand rows at most), ordered by code.
    // scopeRoot: only that subtree (an agency scope), 0 for all.
    QList<Department> all(bool includeRetired, qint64 scopeRoot = 0) const;
    // Active staff per department (direct members only).
    QHash<qint64, int> activeStaffCounts() const;

    bool codeExists(const QString &code, qint64 exceptId = 0) const;
    // True when `candidateId` is `rootId` itself or lies below it.
    bool isInSubtree(qint64 rootId, qint64 candidateId) const;
    int activeChildCount(qint64 id) const;
    int activeStaffCount(qint64 id) const;
    // Tables with rows referring to the department (sub-departments included).
    QStringList referencedBy(qint64 id) const;

    qint64 insert(const Department &d);
    void update(const Department &d);
    void setStatus(qint64 id, OrgStatus status);
    void remove(qint64 id);

private:
    static void bind(const Department &d, Query &q);

    Database &m_db;
};

} // namespace ga
