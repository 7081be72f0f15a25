#include "core/Permissions.h"

namespace ga {


QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Staff: return QStringLiteral("staff");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : allRoles())
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin: return QCoreApplication::translate("Permissions", "Administrator");
    case Role::Manager: return QCoreApplication::translate("Permissions", "Manager");
    case Role::Clerk: return QCoreApplication::translate("Permissions", "Clerk");
    case Role::Staff: return QCoreApplication::translate("Permissions", "Staff");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Admin, Role::Manager, Role::Clerk, Role::Staff};
}

QString moduleKey(Module module)
{
    switch (module) {
    case Module::Organisation: return QStringLiteral("org");
    case Module::Vehicles: return QStringLiteral("vehicles");
    case Module::Offices: return QStringLiteral("offices");
    case Module::Housing: return QStringLiteral("housing");
    case Module::Energy: return QStringLiteral("energy");
    }
    return {};
}

std::optional<Module> moduleFromKey(const QString &key)
{
    for (Module m : allModules())
        if (moduleKey(m) == key)
            return m;
    return std::nullopt;
}

QString moduleDisplayName(Module module)
{
    switch (module) {
    case Module::Organisation: return QCoreApplication::translate("Permissions", "Organisation");
    case Module::Vehicles: return QCoreApplication::translate("Permissions", "Vehicles");
    case Module::Offices: return QCoreApplication::translate("Permissions", "Offices");
    case Module::Housing: return QCoreApplication::translate("Permissions", "Housing");
    case Module::Energy: return QCoreApplication::translate("Permissions", "Energy");
    }
    return {};
}

QList<Module> allModules()
{
    return {Module::Organisation, Module::Vehicles, Module::Offices, Module::Housing,
            Module::Energy};
}

QString modulesToKeys(const QSet<Module> &modules)
{
    QStringList keys;
    for (Module m : allModules())
        if (modules.contains(m))
            keys << moduleKey(m);
    // Never a null string: the column is NOT NULL and a null QString binds as SQL NULL.
    return keys.isEmpty() ? QStringLiteral("") : keys.join(QLatin1Char(','));
}

QSet<Module> modulesFromKeys(const QString &keys)
{
    QSet<Module> result;
    for (const QString &k : keys.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto m = moduleFromKey(k.trimmed()))
            result.insert(*m);
    return result;
}

QString permissionDisplayName(Permission p)
{
    switch (p) {
    case Permission::ManageUsers: return QCoreApplication::translate("Permissions", "manage users");
    case Permission::ManageSettings: return QCoreApplication::translate("Permissions", "change settings");
    case Permission::ManageStandards: return QCoreApplication::translate("Permissions", "edit standards tables");
    case Permission::EditOrganisation: return QCoreApplication::translate("Permissions", "edit organisation records");
    case Permission::EditVehicles: return QCoreApplication::translate("Permissions", "edit vehicle records");
    case Permission::RequestVehicle: return QCoreApplication::translate("Permissions", "request vehicles");
    case Permission::Dispatch: return QCoreApplication::translate("Permissions", "dispatch vehicles");
    case Permission::ApproveDispatch: return QCoreApplication::translate("Permissions", "approve vehicle requests");
    case Permission::ViewReports: return QCoreApplication::translate("Permissions", "view reports");
    case Permission::ViewAudit: return QCoreApplication::translate("Permissions", "view the audit log");
    case Permission::EditOffices: return QCoreApplication::translate("Permissions", "edit the office-space register");
    case Permission::ApproveAllocation: return QCoreApplication::translate("Permissions", "approve office allocations over the limit");
    case Permission::EditEnergy: return QCoreApplication::translate("Permissions", "edit energy records");
    case Permission::EditHousing: return QCoreApplication::translate("Permissions", "edit housing records");
    case Permission::ApproveHousing: return QCoreApplication::translate("Permissions", "approve tenancy extensions beyond the maximum term");
    }
    return {};
}

QList<Permission> allPermissions()
{
    return {Permission::ManageUsers,      Permission::ManageSettings, Permission::ManageStandards,
            Permission::EditOrganisation, Permission::EditVehicles,   Permission::RequestVehicle,
            Permission::Dispatch,         Permission::ApproveDispatch, Permission::ViewReports,
            Permission::ViewAudit,        Permission::EditOffices,    Permission::ApproveAllocation,
            Permission::EditEnergy,       Permission::EditHousing,    Permission::ApproveHousing};
}

bool roleAllows(Role role, const QSet<Module> &modules, Permission p)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Manager:
        return p == Permission::ApproveDispatch || p == Permission::ViewReports
               || p == Permission::ViewAudit || p == Permission::RequestVehicle
               || p == Permission::ApproveAllocation || p == Permission::ApproveHousing;
    case Role::Clerk:
        switch (p) {
        case Permission::EditOrganisation: return modules.contains(Module::Organisation);
        case Permission::EditVehicles:
        case Permission::Dispatch: return modules.contains(Module::Vehicles);
        case Permission::EditOffices: return modules.contains(Module::Offices);
        case Permission::EditEnergy: return modules.contains(Module::Energy);
        case Permission::EditHousing: return modules.contains(Module::Housing);
        case Permission::RequestVehicle:
        case Permission::ViewReports: return true;
        default: return false;
        }
    case Role::Staff:
        return p == Permission::RequestVehicle || p == Permission::ViewReports;
    }
    return false;
}

} // namespace ga
