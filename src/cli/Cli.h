#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace ga::cli {

// A headless sub-command: `govassets NAME ...`.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run; // arguments[0] is the program
};

// The sub-commands of the program, in the order `govassets --help` lists them.
QList<Command> commands();

// What every sub-command does with its arguments: adds --help, parses; nullopt to go on, else
// the exit code after printing the help (0) or the error and the help (2).
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  QTextStream &out, QTextStream &err);
// Prints `message` and the help to `err`; returns 2, the exit code of a usage error.
int usageError(const QCommandLineParser &parser, const QString &message, QTextStream &err);

bool isCommand(const QString &name);
void setupApplication(QCoreApplication &app);
// Runs `arguments[1]` with the rest; returns the exit code.
int run(const QStringList &arguments);

} // namespace ga::cli
