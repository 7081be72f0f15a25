#pragma once

#include "storage/csv/ColumnMapping.h"
#include "storage/csv/CsvReader.h"
#include "storage/csv/DateFormat.h"
#include "storage/csv/ImportResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ga {

// Rows done and the (approximate) total; return false to cancel (nothing is then stored).
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ImportOptions
{
    ColumnMapping mapping;
    // Strict: the first rejected row stops the import and nothing is stored (ValidationError).
    bool strict = false;
    ImportProgress progress;
};

// One data row as the importer would read it, for a preview: a display value per field (in
// the order of fields()), and what is wrong with the row, if anything.
struct PreviewRow
{
    qint64 line = 0;
    QStringList values;
    QString problem;      // translated; empty when the row would be imported
    bool duplicate = false;
};

// A kind of CSV import (vehicles, fuel transactions, …), as the import dialog and the CLI see
// it. Implementations live in the modules and store rows through their own tables.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    virtual ~Importer() = default;

    // Stable key ("vehicles", "fuel"): remembered mappings, CLI argument.
    virtual QString kind() const = 0;
    // Translated name of what is imported ("Vehicles").
    virtual QString title() const = 0;
    virtual QList<ImportField> fields() const = 0;
    // The field whose date format is detected, or empty.
    virtual QString dateField() const = 0;

    // How the first `maxRows` data rows would be read; stores nothing.
    virtual QList<PreviewRow> preview(const CsvDocument &doc, const ColumnMapping &mapping,
                                      int maxRows) = 0;
    // Validates and stores every good row of `doc` in one transaction (see ImportOptions).
    virtual ImportResult importDocument(const CsvDocument &doc, const ImportOptions &options) = 0;

    // Reads `path` with the mapping's encoding and delimiter (detected when empty) and imports
    // it. Throws ga::ValidationError (translated) for an unreadable file.
    ImportResult importFile(const QString &path, const ImportOptions &options);

    // The mapping's date format when set, else the one detected from a sample of the date
    // column. Throws ga::ValidationError (translated) when it cannot be told.
    DateTimeFormat resolveDateFormat(const CsvDocument &doc, const ColumnMapping &mapping) const;
    DateFormatGuess guessDateFormat(const CsvDocument &doc, const ColumnMapping &mapping) const;
};

} // namespace ga
