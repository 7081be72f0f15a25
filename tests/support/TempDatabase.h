#pragma once

#include "app/Services.h"
#include "core/Clock.h"
#include "core/Session.h"

#include <QTemporaryDir>

#include <memory>

namespace ga::test {

// A fresh GovAssets store in its own temporary folder, with every service built over it and a
// fixed clock (2026-11-28 09:00 local). The session starts as the system user (an admin);
// use loginAs() to act as another role.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    Services &services() { return *m_services; }
    Database &db() { return m_services->database(); }
    Session &session() { return m_services->session(); }
    FixedClock &clock() { return *m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }

    // Acts as a user with `role` (and, for clerks, `modules`); id is a real users row.
    // `scopeDepartmentId`: the agency scope (0: the whole region).
    void loginAs(Role role, const QSet<Module> &modules = {}, qint64 departmentId = 0,
                 qint64 scopeDepartmentId = 0);

    // Runs a single-value SQL query (tests may look at the store directly).
    QVariant scalar(const QString &sql);
    int count(const QString &table);

private:
    QTemporaryDir m_dir;
    FixedClock *m_clock = nullptr;
    std::unique_ptr<Services> m_services;
};

} // namespace ga::test
