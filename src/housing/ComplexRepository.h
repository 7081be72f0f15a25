#pragma once

#include "housing/HousingTypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ga {
class Database;
class Query;
}

namespace ga::housing {

// SQL for `housing_complexes`.
class ComplexRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComplexRepository)
public:
    explicit ComplexRepository(Database &db);

    std::optional<Complex> find(qint64 id) const;
    std::optional<Complex> findByCode(const QString &code) const;
    // Complexes under `scopeRoot` (0: all), by code, with their flat counts.
    QList<ComplexRow> pageAfter(qint64 scopeRoot, bool includeRetired, const KeysetCursor &after,
                                int limit) const;
    int count(qint64 scopeRoot, bool includeRetired) const;
    bool codeExists(const QString &code, qint64 exceptId) const;
    bool hasFlats(qint64 id) const;

    qint64 insert(const Complex &c);
    void update(const Complex &c);
    void setStatus(qint64 id, ComplexStatus status);
    void remove(qint64 id);

private:
    static void bind(const Complex &c, Query &q);
    Database &m_db;
};

} // namespace ga::housing
