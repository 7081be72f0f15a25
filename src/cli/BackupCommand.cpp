#include "cli/BackupCommand.h"

#include "core/Error.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace ga::cli {

int BackupCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consistent, checked copy of a database, also while it is in use."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database to back up."), tr("PATH"));
    const QCommandLineOption outOpt(QStringLiteral("out"), tr("The backup file to write."),
                                    tr("FILE"));
    parser.addOptions({db, outOpt});
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const auto usage = [&](const QString &message) { return usageError(parser, message, err); };
    if (!parser.positionalArguments().isEmpty())
        return usage(
            tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (parser.value(db).isEmpty())
        return usage(tr("Name the database to back up with --db PATH."));
    if (parser.value(outOpt).isEmpty())
        return usage(tr("Name the backup file with --out FILE."));
    if (!QFileInfo::exists(parser.value(db))) {
        err << tr("The database %1 does not exist.").arg(parser.value(db)) << Qt::endl;
        return 1;
    }

    try {
        Database store(parser.value(db));
        const BackupInfo info = Backup::write(store, parser.value(outOpt), [&](int percent) {
            err << '\r' << tr("Backing up… %1%").arg(percent, 3) << Qt::flush;
        });
        err << Qt::endl;
        const QLocale locale;
        out << tr("Backed up %1 to %2 (schema %3, %4), checked.")
                   .arg(QDir::toNativeSeparators(store.path()), QDir::toNativeSeparators(info.path))
                   .arg(info.schemaVersion)
                   .arg(locale.formattedDataSize(info.bytes, 1, QLocale::DataSizeTraditionalFormat))
            << Qt::endl;
        for (const auto &[table, rows] : info.rowCounts)
            out << QStringLiteral("  %1: %2").arg(table, locale.toString(rows)) << Qt::endl;
        out << Qt::flush;
        return 0;
    } catch (const Error &e) {
        err << Qt::endl << e.message() << Qt::endl << Qt::flush;
        return 1;
    }
}

Command backupCommand()
{
    return {QStringLiteral("backup"),
            QCoreApplication::translate("BackupCommand", "Write a checked copy of a database"),
            [](const QStringList &arguments) {
                QTextStream out(stdout);
                QTextStream err(stderr);
                return BackupCommand::run(arguments, out, err);
            }};
}

} // namespace ga::cli
