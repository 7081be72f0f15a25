#pragma once

#include "housing/HousingTypes.h"
#include "storage/csv/RowImporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ga {
class Clock;
class Database;
class Session;
}

namespace ga::housing {

class HousingService;

// What both housing importers share: the flat found by its complex (code or name), building,
// unit and number.
class FlatLookup
{
public:
    void load(Database &db);
    // The complex id for a code or name; 0 unknown, -1 ambiguous name.
    qint64 complex(const QString &codeOrName) const;
    std::optional<qint64> flat(qint64 complexId, const QString &building, const QString &unit,
                               const QString &number) const;
    static QString key(qint64 complexId, const QString &building, const QString &unit,
                       const QString &number);

private:
    QHash<QString, qint64> m_codes;
    QHash<QString, qint64> m_names; // -1 when two complexes share the name
    QHash<QString, qint64> m_flats;
};

// Imports flats from CSV: complex (code or name), building, unit, floor, number, area (m²),
// layout, the three meter numbers and the inventory ("床×2；冰箱；衣柜"). Each row is held to the
// flat form's rules; a flat already in the register, or twice in the file, is a duplicate.
// Stored through HousingService::importFlats (one transaction, one audit row). Needs
// Permission::EditHousing.
class FlatImporter : public RowImporter<Flat>
{
    Q_DECLARE_TR_FUNCTIONS(FlatImporter)
public:
    FlatImporter(Database &db, const Session &session, HousingService &service);

    QString kind() const override { return QStringLiteral("flats"); }
    QString title() const override;
    QList<ImportField> fields() const override;
    QString dateField() const override { return {}; }

    // "床×2；冰箱" → the inventory lines; nullopt when a quantity cannot be read.
    static std::optional<QList<InventoryItem>> parseInventory(const QString &text);

protected:
    void requirePermission() const override;
    void begin(const CsvDocument &doc, const ColumnMapping &mapping) override;
    RowProblem readRow(const RowCells &cells, Flat &f) override;
    void remember(const Flat &f, qint64 line) override;
    QStringList display(const Flat &f, const RowCells &cells) const override;
    QList<Refusal> storeAll(const QList<Flat> &flats, const ImportResult &result,
                            bool allOrNothing) override;

private:
    Database &m_db;
    const Session &m_session;
    HousingService &m_service;
    QString m_fileName;
    FlatLookup m_lookup;
    QHash<QString, qint64> m_inFile; // flat key → line
};

// Imports existing tenancies: the flat (complex, building, unit, number), the tenant's staff
// number, start, agreed end (default term when empty), deposit, monthly rent (area × rate when
// empty) and, for a past tenancy, the date it ended. Stored through
// HousingService::importTenancies, which holds each to the term limit and to one active tenancy
// per flat and per person.
class TenancyImporter : public RowImporter<TenancyImport>
{
    Q_DECLARE_TR_FUNCTIONS(TenancyImporter)
public:
    TenancyImporter(Database &db, const Session &session, HousingService &service);

    QString kind() const override { return QStringLiteral("tenancies"); }
    QString title() const override;
    QList<ImportField> fields() const override;
    QString dateField() const override { return QStringLiteral("start"); }

protected:
    void requirePermission() const override;
    void begin(const CsvDocument &doc, const ColumnMapping &mapping) override;
    RowProblem readRow(const RowCells &cells, TenancyImport &t) override;
    void remember(const TenancyImport &t, qint64 line) override;
    QStringList display(const TenancyImport &t, const RowCells &cells) const override;
    QList<Refusal> storeAll(const QList<TenancyImport> &tenancies, const ImportResult &result,
                            bool allOrNothing) override;

private:
    Database &m_db;
    const Session &m_session;
    HousingService &m_service;
    QString m_fileName;
    FlatLookup m_lookup;
    QHash<QString, qint64> m_staff; // staff number → id
    QHash<qint64, QString> m_staffNames;
    QSet<qint64> m_activeFlats;     // active in the file so far
    QSet<qint64> m_activeStaff;
};

} // namespace ga::housing
