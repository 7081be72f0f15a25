#pragma once

#include "offices/OfficeTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace ga {
class Database;
}

namespace ga::offices {

// SQL for `office_cases`: over-standard cases and their rectification.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
public:
    explicit CaseRepository(Database &db);

    std::optional<OverStandardCase> find(qint64 id) const;
    // The open cases of everyone (`all`) or of the people in `staff`, by person.
    QHash<qint64, OverStandardCase> openCases(const QSet<qint64> &staff, bool all) const;
    // Open (or every) case, by deadline; `today` marks the overdue ones.
    QList<CaseRow> pageAfter(const CaseFilter &filter, const KeysetCursor &after, int limit,
                             const QDate &today) const;
    int count(const CaseFilter &filter, const QDate &today) const;
    int countOverdue(qint64 scopeRoot, const QDate &today) const;

    qint64 insert(const OverStandardCase &c);
    // Brings an open case's figures up to date.
    void updateFigures(const OverStandardCase &c);
    void close(qint64 id, const QDate &on);
    void setPlan(qint64 id, const QString &plan, const QDate &deadline);

private:
    Database &m_db;
};

} // namespace ga::offices
