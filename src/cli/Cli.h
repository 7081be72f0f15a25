#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

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

bool isCommand(const QString &name);
void setupApplication(QCoreApplication &app);
// Runs `arguments[1]` with the rest; returns the exit code.
int run(const QStringList &arguments);

} // namespace ga::cli
