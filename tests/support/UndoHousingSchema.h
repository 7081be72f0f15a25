#pragma once

#include <QSqlQuery>
#include <QString>

namespace ga::test {

// For tests that make a current store look older: drops schema 9's housing tables (children
// first) and its settings, so the migration applies again. False when a statement failed.
inline bool undoHousingSchema(QSqlQuery &q)
{
    for (const char *table :
         {"housing_checkout_items", "housing_checkouts", "housing_payments", "housing_rent_lines",
          "housing_extensions", "housing_tenancies", "housing_offers", "housing_applications",
          "housing_flat_items", "housing_flats", "housing_complexes"})
        if (!q.exec(QStringLiteral("DROP TABLE ") + QString::fromLatin1(table)))
            return false;
    return q.exec(QStringLiteral("DELETE FROM settings WHERE key IN "
                                 "('housing.decline_keeps_place', 'housing.arrears_months')"));
}

} // namespace ga::test
