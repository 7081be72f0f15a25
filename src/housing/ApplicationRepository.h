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

// SQL for `housing_applications` and the offers made on them (`housing_offers`).
class ApplicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)
public:
    explicit ApplicationRepository(Database &db);

    std::optional<Application> find(qint64 id) const;
    // The staff member's waiting or offered application, if any.
    std::optional<Application> openOf(qint64 staffId) const;
    // Newest first.
    QList<ApplicationRow> pageAfter(const ApplicationFilter &filter, const KeysetCursor &after,
                                    int limit) const;
    int count(const ApplicationFilter &filter) const;
    // The waiting applications for `layout` in queue order (priority points, then queue date,
    // then id), each with its place in the whole region's queue; only those of applicants under
    // `scopeRoot` are returned.
    QList<ApplicationRow> queue(const QString &layout, qint64 scopeRoot) const;
    // The head of the region's queue for `layout`.
    std::optional<qint64> head(const QString &layout) const;
    // The department of the applicant.
    qint64 departmentOf(qint64 applicationId) const;

    qint64 insert(const Application &a);
    void update(const Application &a);
    void setStatus(qint64 id, ApplicationStatus status);
    void setQueueDate(qint64 id, const QDate &date);

    std::optional<Offer> findOffer(qint64 id) const;
    std::optional<Offer> openOfferOf(qint64 applicationId) const;
    // Open offers on flats under `scopeRoot`, oldest first.
    QList<OfferRow> openOffers(qint64 scopeRoot) const;
    qint64 insertOffer(const Offer &o, qint64 createdAt);
    void decideOffer(qint64 id, OfferStatus status, const QString &declineReason, bool keepsPlace,
                     const QDate &decidedOn);

private:
    static void bind(const Application &a, Query &q);
    Database &m_db;
};

} // namespace ga::housing
