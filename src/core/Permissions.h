#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ga {

// The four roles of DESIGN.md.
enum class Role { Admin, Manager, Clerk, Staff };

// The modules a clerk can be assigned to edit.
enum class Module { Organisation, Vehicles, Offices, Housing, Energy };

// One value per kind of write or privileged read. Services check these; widgets may hide
// what is refused, as a courtesy.
enum class Permission {
    ManageUsers,        // create/edit users, reset passwords
    ManageSettings,     // bureau name, thresholds
    ManageStandards,    // rank table and its area limits, coefficient tables
    EditOrganisation,   // departments, staff, buildings
    EditVehicles,       // vehicle ledger, drivers, vehicle files, fuel, imports
    RequestVehicle,     // file a vehicle request for one's department
    Dispatch,           // assign, depart, return, close trips
    ApproveDispatch,    // approve / reject requests, override soft rules
    ViewReports,        // dashboards, statistics, reports
    ViewAudit,          // the audit log
    EditEnergy,         // meters, readings, quotas, reading imports
    EditHousing,        // complexes, flats, applications, offers, tenancies, rent, check-out
    ApproveHousing,     // extend a tenancy beyond the maximum term (a manager's decision)
    EditOffices,        // rooms, allocations, cases, lendings, imports of the office register
    ApproveAllocation,  // allocate an office over the per-rank limit (with a reason)
};

QString roleKey(Role role);                        // "admin", stored in the database
std::optional<Role> roleFromKey(const QString &key);
QString roleDisplayName(Role role);                // translated
QList<Role> allRoles();

QString moduleKey(Module module);                  // "vehicles"
std::optional<Module> moduleFromKey(const QString &key);
QString moduleDisplayName(Module module);          // translated
QList<Module> allModules();
QString modulesToKeys(const QSet<Module> &modules);  // "org,vehicles"
QSet<Module> modulesFromKeys(const QString &keys);

QString permissionDisplayName(Permission p);       // translated, used in refusal messages
QList<Permission> allPermissions();

// The role matrix of DESIGN.md. `modules` matters for clerks only: a clerk edits the
// records of the modules assigned to them.
bool roleAllows(Role role, const QSet<Module> &modules, Permission p);

} // namespace ga
