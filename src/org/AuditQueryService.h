#pragma once

#include "storage/Keyset.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ga {

class Database;
class Query;
class Session;

// One row of the audit log as read back.
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;              // UTC seconds
    qint64 userId = 0;          // 0: none (the system, a failed login under an unknown name)
    QString username;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QString beforeJson;         // compact JSON, empty when there was none
    QString afterJson;
    KeysetCursor key; // (at, id): where the next page starts
};

// What to show; empty fields and invalid dates do not filter. Dates are local calendar days,
// both ends included.
struct AuditFilter
{
    QString username;
    QString entity;
    QString action;
    QDate from;
    QDate to;
};

// Reads the append-only audit log for the Audit page, newest first, a page at a time.
// Every read needs Permission::ViewAudit.
class AuditQueryService
{
    Q_DECLARE_TR_FUNCTIONS(AuditQueryService)
public:
    AuditQueryService(Database &db, Session &session);

    // A page by offset (LIMIT/OFFSET: the cost grows with the offset).
    QList<AuditEntry> list(const AuditFilter &filter, int offset, int limit) const;
    // The page after the row whose key is `after` (AuditEntry::key; empty: the first page), by
    // key: as fast a million rows down as at the top.
    QList<AuditEntry> pageAfter(const AuditFilter &filter, const KeysetCursor &after,
                                int limit) const;
    int count(const AuditFilter &filter) const;

    // Distinct values for the filter combos, sorted.
    QStringList usernames() const;
    QStringList entities() const;
    QStringList actions() const;

    // [from 00:00 local, to+1 00:00 local) as UTC seconds; exposed for tests.
    static qint64 startOfLocalDay(const QDate &day);

private:
    SqlWhere whereOf(const AuditFilter &filter) const;  // the filter and the agency scope
    QList<AuditEntry> rows(const SqlWhere &where, const QString &orderBy, int limit,
                           int offset) const;
    QStringList distinct(const QString &column, const QString &context) const;

    Database &m_db;
    Session &m_session;
};

} // namespace ga
