#pragma once

#include "storage/csv/RowImporter.h"
#include "vehicles/VehicleRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QMultiHash>

namespace ga {
class Clock;
class Database;
class Session;
} // namespace ga

namespace ga::vehicles {

class VehicleService;

// Imports the vehicle ledger (台账) from CSV: plate, fleet number, brand, model, category,
// energy type, seats, licence class, purchase date and price, ownership, lessor, monthly lease,
// department (by code or name), odometer, fuel card, notes. Categories, energy types and
// ownership are choices: read as keys, as their Chinese or English names, or through the
// mapping's value map.
//
// Each row is held to the vehicle form's rules (VehicleService::checkedFields) and stored
// through VehicleService::importVehicles(): one transaction and one audit row per file. A plate
// already in the ledger, or repeated in the file, is a duplicate: reported, never overwritten.
// Needs Permission::EditVehicles.
class VehicleImporter : public RowImporter<Vehicle>
{
    Q_DECLARE_TR_FUNCTIONS(VehicleImporter)
public:
    VehicleImporter(Database &db, const Session &session, VehicleService &service,
                    const Clock &clock);

    QString kind() const override { return QStringLiteral("vehicles"); }
    QString title() const override;
    QList<ImportField> fields() const override;
    QString dateField() const override { return QStringLiteral("purchaseDate"); }

protected:
    void requirePermission() const override;
    void begin(const CsvDocument &doc, const ColumnMapping &mapping) override;
    RowProblem readRow(const RowCells &cells, Vehicle &v) override;
    void remember(const Vehicle &v, qint64 line) override;
    QStringList display(const Vehicle &v, const RowCells &cells) const override;
    QList<Refusal> storeAll(const QList<Vehicle> &vehicles, const ImportResult &result,
                            bool allOrNothing) override;

private:
    Database &m_db;
    const Session &m_session;
    VehicleService &m_service;
    const Clock &m_clock;
    QString m_fileName;
    QString m_encoding;
    QHash<QString, qint64> m_plates; // normalised plate → 0 stored, or the file line
    QHash<QString, QString> m_fleetNos; // upper-case fleet number → plate
    QHash<QString, QString> m_cards; // card number → plate
    QHash<QString, qint64> m_departmentCodes;
    QMultiHash<QString, qint64> m_departmentNames;
};

} // namespace ga::vehicles
