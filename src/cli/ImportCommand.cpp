#include "cli/ImportCommand.h"

#include "app/Services.h"
#include "core/Error.h"
#include "energy/ReadingImporter.h"
#include "org/UserService.h"
#include "storage/csv/CsvReader.h"
#include "storage/csv/Importer.h"
#include "housing/HousingImporters.h"
#include "vehicles/FuelImporter.h"
#include "vehicles/VehicleImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace ga::cli {

int runImport(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err)
{
    return ImportCommand::run(arguments, in, out, err);
}

int ImportCommand::run(const QStringList &arguments, QTextStream &in, QTextStream &out,
                       QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports vehicles, fuel transactions, energy readings, flats or tenancies from a CSV "
           "file."));
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 tr("What the file holds: vehicles, fuel, readings, flats or "
                                    "tenancies."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The GovAssets database."), tr("PATH"));
    const QCommandLineOption file(QStringLiteral("file"), tr("The CSV file to import."), tr("FILE"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("A JSON column mapping (else guessed from the headers)."),
                                     tr("FILE"));
    const QCommandLineOption rejects(QStringLiteral("rejects"),
                                     tr("Where to write the rejected rows as CSV."), tr("FILE"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("The file's encoding: utf-8 or gb18030 (else detected)."),
                                      tr("NAME"));
    const QCommandLineOption units(QStringLiteral("units"),
                                   tr("Fuel quantities in litres or gallons (default litres)."),
                                   tr("UNIT"));
    const QCommandLineOption dateFormat(QStringLiteral("date-format"),
                                        tr("The date format, e.g. yyyy-MM-dd HH:mm (else detected)."),
                                        tr("FORMAT"));
    const QCommandLineOption maxDiscount(
        QStringLiteral("max-discount"),
        tr("Fuel: how far (in %) below quantity × unit price an amount paid may be when the file "
           "has no discount column (default 0)."),
        tr("PERCENT"));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Import nothing if any row is rejected."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("Import as this user; the password is read from standard input."),
                                  tr("NAME"));
    parser.addOptions(
        {db, file, mapping, rejects, encoding, units, dateFormat, maxDiscount, strict, user});
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const auto usage = [&](const QString &message) { return usageError(parser, message, err); };
    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    const QStringList kinds {QStringLiteral("vehicles"), QStringLiteral("fuel"),
                             QStringLiteral("readings"), QStringLiteral("flats"),
                             QStringLiteral("tenancies")};
    if (positional.size() != 1 || !kinds.contains(kind))
        return usage(tr("Say what to import: vehicles, fuel, readings, flats or tenancies."));
    if (!parser.isSet(file))
        return usage(tr("Name the file to import with --file."));

    const auto fail = [&](const QString &message) {
        err << tr("Nothing was imported: ") << message << Qt::endl << Qt::flush;
        return 1;
    };
    const QString filePath = parser.value(file);
    if (!QFileInfo::exists(filePath))
        return fail(tr("the file %1 does not exist.").arg(QDir::toNativeSeparators(filePath)));

    try {
        ImportOptions options;
        if (parser.isSet(mapping))
            options.mapping = ColumnMapping::load(parser.value(mapping));
        if (parser.isSet(encoding))
            options.mapping.encoding = parser.value(encoding);
        if (parser.isSet(units))
            options.mapping.units = parser.value(units).toLower();
        if (parser.isSet(dateFormat))
            options.mapping.dateFormat = parser.value(dateFormat);
        if (parser.isSet(maxDiscount)) {
            bool ok = false;
            const int percent = parser.value(maxDiscount).toInt(&ok);
            if (!ok || percent < 0 || percent > 100)
                return usage(tr("--max-discount takes a whole number from 0 to 100."));
            options.mapping.maxDiscountPercent = percent;
        }
        options.strict = parser.isSet(strict);

        QString dbPath = parser.value(db);
        if (dbPath.isEmpty())
            dbPath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(QStringLiteral("govassets.sqlite"));
        Services services(dbPath);
        if (parser.isSet(user)) {
            const QString password = in.readLine();
            services.users().setFailedLoginDelay([](int) {});
            services.users().login(parser.value(user), password);
        } else {
            services.session().setUser(UserContext::system());
        }

        Importer &importer = kind == QLatin1String("fuel")
            ? static_cast<Importer &>(services.fuelImporter())
            : kind == QLatin1String("readings")
            ? static_cast<Importer &>(services.readingImporter())
            : kind == QLatin1String("flats")
            ? static_cast<Importer &>(services.flatImporter())
            : kind == QLatin1String("tenancies")
            ? static_cast<Importer &>(services.tenancyImporter())
            : static_cast<Importer &>(services.vehicleImporter());
        const CsvDocument doc = CsvDocument::load(filePath, options.mapping.encoding,
                                                  options.mapping.delimiterChar());
        if (!parser.isSet(mapping)) {
            const ColumnMapping guessed = ColumnMapping::guess(importer.fields(), doc.headers());
            const ColumnMapping given = options.mapping;
            options.mapping = guessed;
            options.mapping.encoding = given.encoding;
            options.mapping.units = given.units;
            options.mapping.dateFormat = given.dateFormat;
            options.mapping.maxDiscountPercent = given.maxDiscountPercent;
        }
        if (!doc.decodedCleanly())
            err << tr("Warning: the file is not valid %1; some characters may be wrong (try "
                      "--encoding).")
                       .arg(doc.encoding())
                << Qt::endl;

        const ImportResult result = importer.importDocument(doc, options);
        out << tr("File: %1 (%2)").arg(QDir::toNativeSeparators(filePath), doc.encoding()) << Qt::endl;
        out << tr("Imported: %1").arg(result.accepted) << Qt::endl;
        out << tr("Rejected: %1").arg(result.rejected.size()) << Qt::endl;
        out << tr("Duplicates: %1").arg(result.duplicates.size()) << Qt::endl;
        if (result.replaced > 0)
            out << tr("Replaced: %1 stored record(s) of the same meter and month").arg(result.replaced)
                << Qt::endl;
        if (!result.rejected.isEmpty()) {
            // One line per reason: how many, the first lines, the distinct unknown keys.
            for (const QString &line : result.rejectsReport(10).split(QLatin1Char('\n')))
                out << QStringLiteral("  ") << line << Qt::endl;
            if (parser.isSet(rejects)) {
                result.writeRejectsCsv(parser.value(rejects));
                out << tr("Rejected rows written to %1")
                           .arg(QDir::toNativeSeparators(parser.value(rejects)))
                    << Qt::endl;
            } else {
                out << tr("Use --rejects FILE to save every rejected row with its reason.")
                    << Qt::endl;
            }
        }
        out << Qt::flush;
        if (result.accepted > 0)
            return 0;
        if (result.rejected.isEmpty() && !result.duplicates.isEmpty()) {
            // A batch job run twice: nothing new, which is not a failure.
            out << tr("Nothing new: every row of the file is already stored.") << Qt::endl;
            return 0;
        }
        return fail(result.rowsRead() == 0 ? tr("the file has no data rows.")
                                           : tr("no row was valid."));
    } catch (const Error &e) {
        return fail(e.message());
    }
}

Command importCommand()
{
    return {QStringLiteral("import"),
            QCoreApplication::translate("ImportCommand",
                                        "Import vehicles, fuel transactions, energy readings, "
                                        "flats or tenancies from CSV"),
            [](const QStringList &arguments) {
                QTextStream in(stdin);
                QTextStream out(stdout);
                QTextStream err(stderr);
                return runImport(arguments, in, out, err);
            }};
}

} // namespace ga::cli
