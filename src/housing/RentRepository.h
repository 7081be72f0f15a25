#pragma once

#include "housing/HousingTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace ga {
class Database;
}

namespace ga::housing {

// SQL for the rent roll (`housing_rent_lines`) and payments (`housing_payments`).
class RentRepository
{
    Q_DECLARE_TR_FUNCTIONS(RentRepository)
public:
    explicit RentRepository(Database &db);

    // What the roll of `month` needs of each active tenancy under `scopeRoot` that started by
    // the month's last day.
    struct Billable
    {
        qint64 tenancyId = 0;
        QDate start;
        Money monthlyRent;
        Money credit;
    };
    QList<Billable> billable(const QString &month, qint64 scopeRoot) const;
    // The tenancies under `scopeRoot` that already have a line for `month`.
    QSet<qint64> billed(const QString &month, qint64 scopeRoot) const;
    // Writes the lines (one prepared statement, run once per line).
    void insertLines(const QList<RentLine> &lines, qint64 createdAt);

    std::optional<RentLine> findLine(qint64 id) const;
    std::optional<RentLine> lineOf(qint64 tenancyId, const QString &month) const;
    QList<RentLine> linesOf(qint64 tenancyId) const;         // by month
    QList<RentLine> openLinesOf(qint64 tenancyId) const;     // not fully paid, by month
    void setLine(qint64 id, int days, Money amount, Money paid);
    void addPaid(qint64 id, Money amount);

    QList<RentLineRow> linesPageAfter(const RentRollFilter &filter, const KeysetCursor &after,
                                      int limit) const;
    RentRollTotals totals(const RentRollFilter &filter) const;

    qint64 insertPayment(const Payment &p, const QString &kind, qint64 createdAt);
    QList<Payment> paymentsOf(qint64 tenancyId) const;

    // Tenancies under the filter's scope with lines not fully paid, most owed first.
    QList<ArrearsRow> arrearsPageAfter(const ArrearsFilter &filter, const KeysetCursor &after,
                                       int limit) const;
    int arrearsCount(const ArrearsFilter &filter) const;
    QList<ComplexArrears> arrearsByComplex(qint64 scopeRoot) const;

private:
    Database &m_db;
};

} // namespace ga::housing
