#pragma once

#include "storage/csv/Importer.h"

#include <QCoreApplication>

namespace ga {
class AuditLog;
class Clock;
class Database;
class Session;
} // namespace ga

namespace ga::vehicles {

// Imports the vehicle ledger (台账) from CSV: plate, fleet number, brand, model, category,
// energy type, seats, licence class, purchase date and price, ownership, lessor, monthly lease,
// department (by code or name), odometer, fuel card, notes. Categories, energy types and
// ownership are read as keys or as their Chinese or English names.
//
// A plate already in the ledger, or repeated in the file, is a duplicate: reported, never
// overwritten. Needs Permission::EditVehicles; one transaction and one audit row per file.
class VehicleImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(VehicleImporter)
public:
    VehicleImporter(Database &db, const Session &session, AuditLog &audit, const Clock &clock);

    QString kind() const override { return QStringLiteral("vehicles"); }
    QString title() const override;
    QList<ImportField> fields() const override;
    QString dateField() const override { return QStringLiteral("purchaseDate"); }

    QList<PreviewRow> preview(const CsvDocument &doc, const ColumnMapping &mapping,
                              int maxRows) override;
    ImportResult importDocument(const CsvDocument &doc, const ImportOptions &options) override;

private:
    class Run;

    Database &m_db;
    const Session &m_session;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace ga::vehicles
