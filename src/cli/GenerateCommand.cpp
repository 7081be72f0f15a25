#include "cli/GenerateCommand.h"

#include "app/DemoData.h"
#include "app/Services.h"
#include "core/Error.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

namespace ga::cli {

int GenerateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fills a new, empty database with generated demo (small) or benchmark (region) data."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database to create or fill."),
                                tr("PATH"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   tr("How much: small (a city bureau, two years) or region (the "
                                      "whole region, ten years)."),
                                   tr("SCALE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("The random seed (default 20261128): the same seed and date "
                                     "give the same data."),
                                  tr("N"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("The data's \"today\" (default: today)."), tr("YYYY-MM-DD"));
    parser.addOptions({db, scale, seed, date});
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const auto usage = [&](const QString &message) { return usageError(parser, message, err); };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (parser.value(db).isEmpty())
        return usage(tr("Name the database to fill with --db PATH."));

    demo::GenerateOptions options;
    const QString scaleText = parser.isSet(scale) ? parser.value(scale) : QStringLiteral("small");
    const auto chosen = demo::scaleFromKey(scaleText);
    if (!chosen)
        return usage(tr("Unknown scale \"%1\": use small or region.").arg(scaleText));
    options.scale = *chosen;
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return usage(tr("The seed must be a whole number, not \"%1\".").arg(parser.value(seed)));
    }
    if (parser.isSet(date)) {
        options.referenceDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.referenceDate.isValid())
            return usage(tr("The date must be YYYY-MM-DD, not \"%1\".").arg(parser.value(date)));
    }

    const QString path = parser.value(db);
    try {
        Services services(path);
        services.session().setUser(UserContext::system());
        if (!options.referenceDate.isValid())
            options.referenceDate = services.clock().today();
        int width = 0;
        const auto progress = [&](const QString &stage, int percent) {
            const QString line = QStringLiteral("%1 %2%").arg(stage).arg(percent, 3);
            err << '\r' << line;
            for (qsizetype i = line.size(); i < width; ++i)
                err << ' ';
            width = std::max<int>(width, int(line.size()));
            err << Qt::flush;
            return true;
        };
        const demo::GenerateReport report = demo::generate(services, options, progress);
        err << Qt::endl;

        out << tr("Generated %1 data in %2 (seed %3, reference date %4)")
                   .arg(demo::scaleKey(options.scale), QDir::toNativeSeparators(path))
                   .arg(options.seed)
                   .arg(options.referenceDate.toString(Qt::ISODate))
            << Qt::endl;
        const QLocale locale;
        for (const auto &[label, count] : report.rows())
            out << QStringLiteral("  %1: %2").arg(label, locale.toString(count)) << Qt::endl;
        out << tr("Organisation: %1 s; total: %2 s")
                   .arg(report.orgSeconds, 0, 'f', 1)
                   .arg(report.totalSeconds, 0, 'f', 1)
            << Qt::endl;
        out << tr("Database size: %1")
                   .arg(locale.formattedDataSize(services.database().sizeBytes(), 1,
                                                 QLocale::DataSizeTraditionalFormat))
            << Qt::endl
            << Qt::flush;
        return 0;
    } catch (const Error &e) {
        err << Qt::endl << tr("Nothing was generated: %1").arg(e.message()) << Qt::endl << Qt::flush;
        return 1;
    }
}

Command generateCommand()
{
    return {QStringLiteral("generate"),
            QCoreApplication::translate("GenerateCommand",
                                        "Fill a new database with demo or benchmark data"),
            [](const QStringList &arguments) {
                QTextStream out(stdout);
                QTextStream err(stderr);
                return GenerateCommand::run(arguments, out, err);
            }};
}

} // namespace ga::cli
