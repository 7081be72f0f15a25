#pragma once

#include "org/AgencyScope.h"

#include <QCoreApplication>
#include <QString>

namespace ga {

class AuditLog;
class Database;
class Session;

// The write side of the agency scope: a service asks it before changing a record that belongs
// to a department. Outside the user's scope the write is refused with a message naming both
// agencies, and the refusal is kept in the audit log (action "refused").
//
// Call it before the write's Transaction: the refusal's audit row is stored in a transaction of
// its own, which an enclosing transaction would roll back with the refused write.
class ScopeGuard
{
    Q_DECLARE_TR_FUNCTIONS(ScopeGuard)
public:
    ScopeGuard(Database &db, const Session &session, AuditLog &audit);

    AgencyScope scope() const;
    // Whether `departmentId` (0: none, i.e. the region's) lies in the user's scope.
    bool covers(qint64 departmentId) const;
    // Throws PermissionError (and records the refusal) when it does not. `action` and `entity`
    // name the write as the audit log would ("update", "vehicle"); `entityId` 0 for a new row.
    void require(qint64 departmentId, const QString &action, const QString &entity,
                 qint64 entityId) const;
    // Refuses, as require() does, for a reason the caller has established (e.g. a vehicle that
    // is neither the agency's nor the platform's).
    [[noreturn]] void refuse(qint64 departmentId, const QString &action, const QString &entity,
                             qint64 entityId) const;

private:
    QString departmentName(qint64 id) const;

    Database &m_db;
    const Session &m_session;
    AuditLog &m_audit;
};

} // namespace ga
