#include "cli/MigrateCommand.h"

#include "core/Error.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>

namespace ga::cli {

int MigrateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Brings a database's schema up to this program's version (a file is backed up "
           "first)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("The database: a file, or postgresql://user@host:port/name."),
                                tr("LOCATION"));
    parser.addOptions({db});
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const auto usage = [&](const QString &message) { return usageError(parser, message, err); };
    if (!parser.positionalArguments().isEmpty())
        return usage(
            tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (parser.value(db).isEmpty())
        return usage(tr("Name the database with --db LOCATION."));
    try {
        Database store(parser.value(db));
        const QString where = Database::isServerLocation(store.path())
                                  ? store.path()
                                  : QDir::toNativeSeparators(store.path());
        out << tr("%1 is at schema %2, this program's latest.")
                   .arg(where)
                   .arg(store.schemaVersion())
            << Qt::endl;
        return 0;
    } catch (const Error &e) {
        err << e.message() << Qt::endl << Qt::flush;
        return 1;
    }
}

Command migrateCommand()
{
    return {QStringLiteral("migrate"),
            QCoreApplication::translate("MigrateCommand",
                                        "Bring a database's schema up to this program's"),
            [](const QStringList &arguments) {
                QTextStream out(stdout);
                QTextStream err(stderr);
                return MigrateCommand::run(arguments, out, err);
            }};
}

} // namespace ga::cli
