#pragma once

#include "vehicles/Trip.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace ga {
class Database;
}

namespace ga::vehicles {

// The registered dispatch liaisons (`dispatch_liaisons`, schema 6) and what a department asked
// for before (the purposes and destinations of its trips), for the request form.
class LiaisonRepository
{
    Q_DECLARE_TR_FUNCTIONS(LiaisonRepository)
public:
    explicit LiaisonRepository(Database &db);

    // Liaisons of one department (0: every department) within the agency scope rooted at
    // `scopeRoot` (0: the whole region), active ones first, by department name and name.
    QList<Liaison> list(qint64 departmentId, bool includeRetired, qint64 scopeRoot) const;
    std::optional<Liaison> find(qint64 id) const;
    // The id of the registered liaison of the department with that name and phone, or 0.
    qint64 findId(qint64 departmentId, const QString &name, const QString &phone) const;
    qint64 insert(const Liaison &liaison, qint64 createdAt);
    void update(const Liaison &liaison);

    // The department's distinct purposes / destinations of its latest `recent` trips, the most
    // frequent first (then the latest), at most `limit`; empty outside the scope.
    QStringList recentValues(qint64 departmentId, const QString &column, qint64 scopeRoot,
                             int recent = 400, int limit = 40) const;

private:
    Database &m_db;
};

} // namespace ga::vehicles
